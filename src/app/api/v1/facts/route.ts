import { factsCatalog } from "@/lib/api/facts-catalog";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

export const GET = withApiErrors(() => Response.json(factsCatalog()));

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
