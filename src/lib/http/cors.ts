/**
 * Cross-origin use of the API from a browser. Another site's page may read the policies and the
 * vocabulary and evaluate or compare a profile: these store nothing and cost little, so any origin
 * may call them (`Access-Control-Allow-Origin: *`, no credentials — the API has no cookies). Routes
 * that store something or cost much (shares, links, drafts, batch) send no CORS headers, so a
 * browser refuses another site's page their answer and their preflight.
 */

/** The routes any origin may call, as the OpenAPI document writes their paths. */
export const CORS_ROUTES: ReadonlySet<string> = new Set([
  "/api/v1/policies",
  "/api/v1/policies/{id}",
  "/api/v1/facts",
  "/api/v1/evaluate",
  "/api/v1/compare",
  "/api/v1/openapi.json",
]);

/** How long a browser may reuse a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = 86_400;

type Handler<A extends unknown[]> = (...args: A) => Response | Promise<Response>;

/** The handler's answer — errors included, so a caller's script can read what was wrong — readable by any origin. */
export const withCors =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (...args: A) => {
    const response = await handler(...args);
    response.headers.set("Access-Control-Allow-Origin", "*");
    return response;
  };

/** A preflight's answer for the methods the route serves, with the one request header a JSON call needs. */
export const corsPreflightHeaders = (methods: readonly string[]): Record<string, string> => ({
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": methods.join(", "),
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE),
});
