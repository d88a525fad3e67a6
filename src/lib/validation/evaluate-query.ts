/** The query string of POST /api/v1/evaluate and /compare: `?trace=0` leaves the trace out. */
import { z } from "zod";

/** Also the documented parameter (src/lib/api/openapi.ts). */
export const traceParamSchema = z
  .enum(["0", "1", "false", "true"], { error: "trace 只能是 0 或 1" })
  .meta({ description: "0 或 false：不返回逐步说明 trace（默认 1）" });

const querySchema = z.object({ trace: traceParamSchema.optional() }).transform(({ trace }) => ({ trace: trace !== "0" && trace !== "false" }));

const parseQuery = (url: string) => querySchema.safeParse({ trace: new URL(url).searchParams.get("trace") ?? undefined });

/** The answer for an address without a query string, which is most calls: computed once, never changed. */
const NO_QUERY = Object.freeze(parseQuery("http://localhost/"));

/**
 * Other query parameters are ignored, as HTTP caches and proxies may add their own. `url` is the
 * request's: without a `?` there is nothing to parse, and no URL is built for it.
 */
export const parseEvaluateQuery = (url: string) => (url.includes("?") ? parseQuery(url) : NO_QUERY);
