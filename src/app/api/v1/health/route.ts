import { apiRoute } from "@/lib/http/methods";

/**
 * Liveness: the process answers HTTP. It touches no database and no engine on purpose, so a load
 * balancer keeps routing evaluations here while the database is down, and the load benchmark has a
 * baseline for what the framework alone costs per request.
 */
const alive = () => Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: alive });
