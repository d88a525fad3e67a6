import { evaluateRequest } from "@/lib/api/evaluate-service";
import { corsPreflight, withCors } from "@/lib/http/cors";
import { validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";
import { parseEvaluateQuery } from "@/lib/validation/evaluate-query";
import { parseEvaluateRequest } from "@/lib/validation/evaluate-request";

export const POST = withCors(
  withApiErrors(async (request: Request) => {
    const options = validOrThrow(parseEvaluateQuery(new URL(request.url)));
    const body = validOrThrow(parseEvaluateRequest(await readJsonBody(request)));
    return Response.json(evaluateRequest(body, options));
  }),
);

export const OPTIONS = corsPreflight("POST");
export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
