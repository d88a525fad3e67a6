import { factsCatalog } from "@/lib/api/facts-catalog";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";

const catalog = withApiErrors(() => Response.json(factsCatalog()));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: catalog }, { cors: true });
