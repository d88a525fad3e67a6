import { NextResponse, type NextRequest } from "next/server";
import { pageMethodAnswer } from "@/lib/http/methods";
import { apiCsp, HSTS, pageCsp, servedOverTls } from "@/lib/security/headers";
import { isDecodablePath, undecodablePathResponse } from "@/lib/security/undecodable-path";

/** A fresh nonce per page request; Next.js puts it on its own scripts when it finds it in the CSP. */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) return undecodablePathResponse(pathname);
  // API addresses come here only to be checked above; their headers are in next.config.ts.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  // Pages are read with GET and HEAD only: anything else is refused here, before any rendering.
  const answer = pageMethodAnswer(request);
  if (answer) {
    answer.headers.set("Content-Security-Policy", apiCsp);
    return answer;
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverTls(request.nextUrl, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

/**
 * Every document gets the CSP, prefetched ones too: a request with `Purpose: prefetch` or
 * `next-router-prefetch` still receives a full HTML page, and a page used from a prefetch must not
 * arrive without its policy. API routes (their own CSP in next.config.ts) pass through only when
 * their address has a percent escape to check; build assets never do.
 */
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image).*)", "/api/(.*%.*)"],
};
