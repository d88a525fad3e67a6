/**
 * Next.js answers a dynamic route whose segment is not valid percent-encoded UTF-8 (`/s/%ff`,
 * `/api/v1/policies/%`) with a bare 500 and none of the security headers (vercel/next.js#92557).
 * The proxy refuses such addresses first, with a 400 that says what is wrong.
 */
import { apiError } from "@/lib/http/errors";
import { apiCsp } from "./headers";

export const isDecodablePath = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
};

const MESSAGE = "地址中有无法解码的字符（百分号编码无效），请核对链接";

/** JSON on the API, a line of text elsewhere; neither is a page, so neither may load anything. */
export const undecodablePathResponse = (pathname: string): Response => {
  const response = pathname.startsWith("/api/")
    ? apiError(400, "invalid_url", MESSAGE, [{ path: "", message: `无效的地址：${pathname.slice(0, 200)}` }])
    : new Response(MESSAGE, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  response.headers.set("Content-Security-Policy", apiCsp);
  return response;
};
