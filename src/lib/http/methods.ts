/**
 * Which methods each address accepts, and the answer to every other: 405 with `Allow` listing what
 * it does accept, and OPTIONS answered with that list. One module for API routes (`apiRoute`) and
 * pages (`pageMethodAnswer`, from src/proxy.ts).
 *
 * Methods Next.js cannot dispatch (TRACE, PROPFIND, FOO…) arrive as OPTIONS carrying the refused
 * method in REFUSED_METHOD_HEADER, set by the production server (scripts/serve.mjs), which removes
 * any such header a client sent: so they are refused here too, with the route's own `Allow`.
 */
import { corsPreflightHeaders, withCors } from "./cors";
import { apiError } from "./errors";

export const REFUSED_METHOD_HEADER = "x-refused-method";

/** The methods Next.js dispatches to route handlers. */
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

export type Method = (typeof METHODS)[number];
type Served = Exclude<Method, "HEAD" | "OPTIONS">;

/** Any route handler: `() => …`, `(request) => …`, `(request, { params }) => …`. */
type Handler = (...args: never[]) => Response | Promise<Response>;
type ContextOf<H> = H extends (request: never, context: infer C) => unknown ? C : unknown;
/** Each export as Next.js calls it: the request, and the route's context (its params) where it has one. */
type Export<H> = (request: Request, context?: ContextOf<H>) => Response | Promise<Response>;

/** What was asked for: the refused method when the server re-dispatched one, else the request's own. */
const askedMethod = (request: Request): string => request.headers.get(REFUSED_METHOD_HEADER) ?? request.method;

/** GET brings HEAD with it (Next.js answers HEAD from GET), and every address answers OPTIONS. */
const allowOf = (served: readonly string[]): string =>
  [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");

const refuseApi = (allow: string) => (request: Request) =>
  apiError(405, "method_not_allowed", `此接口不支持 ${askedMethod(request).slice(0, 32)} 方法，请使用 ${allow.replaceAll(", ", "、")}`, [], { Allow: allow });

const optionsOr = (allow: string, refuse: (request: Request) => Response, extra: Record<string, string> = {}) => (request: Request) =>
  request.headers.has(REFUSED_METHOD_HEADER)
    ? refuse(request)
    : new Response(null, { status: 204, headers: { Allow: allow, "Cache-Control": "no-store", ...extra } });

/**
 * Every method's export for an API route file:
 * `export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: … })`.
 * Without it Next.js answers an unexported method with an empty 405 and no `Allow`, and OPTIONS
 * with every exported method, refusals included. `cors`: any origin may call the served methods
 * (src/lib/http/cors.ts says which routes, and why).
 */
export const apiRoute = <H extends Handler>(handlers: Partial<Record<Served, H>>, options: { cors?: boolean } = {}): Record<Method, Export<H>> => {
  const served = Object.keys(handlers) as Served[];
  const allow = allowOf(served);
  const refuse = refuseApi(allow);
  const serve = (handler: H) => (options.cors ? withCors(handler) : handler) as unknown as Export<H>;
  const exports = Object.fromEntries(
    METHODS.map((m) => {
      const handler = handlers[m as Served];
      return [m, handler ? serve(handler) : refuse];
    }),
  ) as Record<Method, Export<H>>;
  if (handlers.GET) exports.HEAD = exports.GET;
  exports.OPTIONS = optionsOr(allow, refuse, options.cors ? corsPreflightHeaders(served) : {});
  return exports;
};

const PAGE_ALLOW = allowOf(["GET"]);

/**
 * For a page: nothing (go on) for GET and HEAD; 204 with `Allow` for OPTIONS; 405 with `Allow` for
 * anything else. A line of text: the refusal is not a page and loads nothing.
 */
export const pageMethodAnswer = (request: Request): Response | undefined => {
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  const refuse = () =>
    new Response(`此页面不支持 ${askedMethod(request).slice(0, 32)} 方法，请使用 GET`, {
      status: 405,
      headers: { Allow: PAGE_ALLOW, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return request.method === "OPTIONS" ? optionsOr(PAGE_ALLOW, refuse)(request) : refuse();
};
