import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";

/** The OpenAPI 3.1 document, generated from the schemas the routes validate with. */
const document = withApiErrors(() => Response.json(openApiDocument()));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: document }, { cors: true });
