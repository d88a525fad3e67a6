import { factsCatalog } from "@/lib/api/facts-catalog";
import { corsPreflight, withCors } from "@/lib/http/cors";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

export const GET = withCors(withApiErrors(() => Response.json(factsCatalog())));

export const OPTIONS = corsPreflight("GET");
export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
