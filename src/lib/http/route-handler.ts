/**
 * Wrappers every API route handler goes through, so no input can produce a stack trace or an
 * HTML error page: expected failures carry their own 4xx, anything else is a generic JSON 500.
 */
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ApiError, apiError } from "./errors";

/** How long a client should wait before retrying while the database is unreachable. */
const DATABASE_RETRY_SECONDS = 10;

type Handler<A extends unknown[]> = (...args: A) => Response | Promise<Response>;

export const withApiErrors =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      if (isDatabaseUnavailable(error)) {
        console.error("[api] database unavailable:", error instanceof Error ? error.message.trim().split("\n").at(-1) : error);
        const message = "数据库暂时无法连接，请稍后重试；测算不受影响";
        return apiError(503, "database_unavailable", message, [{ path: "", message }], { "Retry-After": String(DATABASE_RETRY_SECONDS) });
      }
      // The details go to the server log only; the caller learns nothing about the internals.
      console.error("[api] unexpected error", error);
      return apiError(500, "internal_error", "服务器内部错误，请稍后重试");
    }
  };
