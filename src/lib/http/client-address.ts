/**
 * Who is asking, for per-client rate limits. Behind no proxy that is the socket's address, which
 * the production server (scripts/serve.mjs) puts in SOCKET_ADDRESS_HEADER, replacing whatever a
 * client sent. Behind TRUSTED_PROXIES proxies, each appends the address it was reached from to
 * X-Forwarded-For, so the client is the entry that many from the right: anything further left was
 * written by the client and can be anything.
 */
export const SOCKET_ADDRESS_HEADER = "x-socket-address";

type Env = Readonly<Record<string, string | undefined>>;

/** Addresses are short; a forged entry must not make a long key in the shared counters. */
const MAX_ADDRESS_LENGTH = 64;

export const trustedProxies = (env: Env = process.env): number => {
  const configured = env.TRUSTED_PROXIES;
  if (configured === undefined || configured === "") return 0;
  const n = Number(configured);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10 (the proxies in front of the app), not ${JSON.stringify(configured)}`);
  return n;
};

const configured = trustedProxies();

const forwardedHops = (headers: Headers): string[] =>
  (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export const clientAddress = (headers: Headers, proxies: number = configured): string => {
  const socket = headers.get(SOCKET_ADDRESS_HEADER);
  // Without scripts/serve.mjs (next dev, a handler called directly) there is no socket header;
  // Next.js then fills X-Forwarded-For from the socket when the client sent none.
  const address = proxies > 0 ? (forwardedHops(headers).at(-proxies) ?? socket) : (socket ?? forwardedHops(headers).at(-1));
  return (address ?? "unknown").slice(0, MAX_ADDRESS_LENGTH);
};
