/**
 * Whether an error means "the database cannot be reached right now" — a server stopped, frozen,
 * restarting or out of connections, or a call that ran past its bound — rather than a bad request or a bug. Such requests get a 503 with
 * Retry-After (src/lib/http/route-handler.ts); everything that needs no database keeps working.
 * The error may come from pg directly (opening, migrating) or wrapped by Prisma's driver adapter.
 */

/** Prisma: can't reach server, timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) that are about the connection. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
/**
 * Sockets; PostgreSQL's connection-exception (08xxx) and operator-intervention (57P0x) classes, and
 * the bounds of driver.ts: statement_timeout (57014), idle_in_transaction_session_timeout (25P03),
 * the embedded database's own bound (bounded.ts).
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "57014",
  "25P03",
  "DATABASE_TIMEOUT",
]);
/** pg reports a server that went away, never answered the connect or a query, by message only. */
const CLOSED_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|terminating connection|Query read timeout/i;

interface ErrorLike {
  code?: unknown;
  /** A PostgreSQL error's code as the driver adapter passes it on. */
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as ErrorLike;
  for (const code of [e.code, e.originalCode]) {
    if (typeof code === "string" && (PRISMA_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith("08"))) return true;
  }
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && CLOSED_MESSAGE.test(e.message)) return true;
  const inner = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => isDatabaseUnavailable(x, depth + 1));
};
