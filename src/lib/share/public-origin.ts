/**
 * The origin the client used, for links handed back to it. `request.url` carries the server's own
 * bind address (http://localhost:3000) rather than the public name, so the Host header — or, behind
 * a proxy, X-Forwarded-Host / X-Forwarded-Proto — decides. A forged Host only mislabels the link in
 * the forger's own (uncached) response.
 */
const first = (v: string | null): string | undefined => v?.split(",")[0]?.trim() || undefined;

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export const publicOrigin = (request: Request): string => {
  const own = new URL(request.url);
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host"));
  const proto = first(request.headers.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : own.protocol.slice(0, -1);
  return host && HOST.test(host) ? `${scheme}://${host}` : own.origin;
};
