import { apiError } from "@/lib/http/errors";

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

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
