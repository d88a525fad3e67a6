import { apiError } from "@/lib/http/errors";
import type { Method } from "@/lib/http/methods";

/**
 * Any /api address no route serves. Without this Next.js answers with its HTML 404 page, and the API
 * promises callers JSON errors that name the problem.
 */
const notFound = (request: Request) => {
  const path = new URL(request.url).pathname;
  return apiError(404, "not_found", "没有这个接口，请核对地址", [
    { path: "", message: `未知的接口地址：${path.slice(0, 200)}` },
  ]);
};

// Nothing is here, whatever the method: OPTIONS and methods the server re-dispatches (src/lib/http/methods.ts) included.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = Object.fromEntries(
  ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"].map((m) => [m, notFound]),
) as Record<Method, typeof notFound>;
