import { checkEvaluateRate } from "@/lib/api/evaluate-rate-limit";
import { compareRequest } from "@/lib/api/evaluate-service";
import { validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { parseEvaluateQuery } from "@/lib/validation/evaluate-query";
import { parseCompareRequest } from "@/lib/validation/evaluate-request";

const compare = withApiErrors(async (request: Request) => {
  await checkEvaluateRate(request.headers);
  const options = validOrThrow(parseEvaluateQuery(request.url));
  const body = validOrThrow(parseCompareRequest(await readJsonBody(request)));
  return Response.json(compareRequest(body, options));
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: compare }, { cors: true });
