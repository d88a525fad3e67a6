import { checkEvaluateRate } from "@/lib/api/evaluate-rate-limit";
import { evaluateRequest } from "@/lib/api/evaluate-service";
import { validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { parseEvaluateQuery } from "@/lib/validation/evaluate-query";
import { parseEvaluateRequest } from "@/lib/validation/evaluate-request";

const evaluate = withApiErrors(async (request: Request) => {
  await checkEvaluateRate(request.headers);
  const options = validOrThrow(parseEvaluateQuery(request.url));
  const body = validOrThrow(parseEvaluateRequest(await readJsonBody(request)));
  return Response.json(evaluateRequest(body, options));
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: evaluate }, { cors: true });
