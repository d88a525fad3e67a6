/**
 * The address of a link the API hands back (a short link's `url`, a saved draft's). Never built
 * from the Host or X-Forwarded-Host the client sent: a forged header would make the answer — and
 * whoever it is passed on to — point at another site. PUBLIC_ORIGIN names the site
 * (https://calc.example.gov.cn). Without it, the request's own origin is trusted only for a
 * loopback name (the app on a developer's machine); anywhere else the link is a path (/s/{id}),
 * which a browser resolves against the page it is on.
 */
type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/** PUBLIC_ORIGIN as an origin, or undefined when unset; anything but a bare http(s) origin is refused. */
export const configuredOrigin = (env: Env = process.env): string | undefined => {
  const value = env.PUBLIC_ORIGIN?.trim();
  if (!value) return undefined;
  const url = parse(value);
  if (!url || !["https:", "http:"].includes(url.protocol) || url.username || url.password || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`PUBLIC_ORIGIN must be the site's origin only, such as https://calc.example.gov.cn, not ${JSON.stringify(value)}`);
  }
  return url.origin;
};

const loopbackOrigin = (request: Request): string | undefined => {
  const own = new URL(request.url);
  const claimed = parse(`${own.protocol}//${request.headers.get("host") ?? own.host}`);
  return claimed && LOOPBACK.has(claimed.hostname) ? claimed.origin : undefined;
};

/** `path` (starting with /) as the link to give the client. */
export const publicLink = (request: Request, path: string, env: Env = process.env): string => {
  const origin = configuredOrigin(env) ?? loopbackOrigin(request);
  return origin ? new URL(path, origin).toString() : path;
};
