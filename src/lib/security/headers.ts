/**
 * Security headers. Pages get a per-request nonce CSP from src/proxy.ts (no 'unsafe-inline'
 * scripts); everything else gets the static set from next.config.ts. One definition for both.
 */

/** Styles may be inline (React style props, chart libraries); scripts never are. */
export const pageCsp = (nonce: string, dev: boolean): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/** API responses are JSON: they may load nothing and be framed by nobody. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/**
 * A Web Worker runs under the CSP of its own script's response, and Turbopack's worker bootstrap
 * loads the worker's chunks with importScripts: build chunks may load same-origin scripts, nothing else.
 */
export const chunkCsp = "default-src 'none'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Sent on every response. Referrer-Policy is no-referrer because self-contained result links
 * carry the applicant's answers in the URL; they must not leak to other sites.
 */
export const baselineHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** TLS is terminated in front of the app; the proxy says so with X-Forwarded-Proto. */
export const servedOverTls = (url: URL, forwardedProto: string | null): boolean =>
  url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
