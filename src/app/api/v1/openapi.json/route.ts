import { openApiDocument } from "@/lib/api/openapi";
import { corsPreflight, withCors } from "@/lib/http/cors";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

/** The OpenAPI 3.1 document, generated from the schemas the routes validate with. */
export const GET = withCors(withApiErrors(() => Response.json(openApiDocument())));

export const OPTIONS = corsPreflight("GET");
export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
