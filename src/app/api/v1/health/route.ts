import { methodNotAllowed } from "@/lib/http/route-handler";

/**
 * Liveness: the process answers HTTP. It touches no database and no engine on purpose, so a load
 * balancer keeps routing evaluations here while the database is down, and the load benchmark has a
 * baseline for what the framework alone costs per request.
 */
export const GET = () => Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
