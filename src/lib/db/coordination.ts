/**
 * What several app processes on one PostgreSQL server must agree on (rate-limit counters, whose
 * turn it is to read a large upload) is kept in that server, through this small pool of its own.
 * Its bounds are short: these are checks in front of a request, and when the server cannot answer
 * within half a second each process counts on its own meanwhile (rate-limit.ts, upload-queue.ts).
 * On the embedded database there is one process, and memory is enough: null.
 */
import pg from "pg";
import { configFromEnv } from "./database";

const BOUND_MS = 500;

// On globalThis, like the database itself, so that hot reloads in `next dev` do not open pool after pool.
const holder = globalThis as { __coordination?: pg.Pool | null };

export const coordinationPool = (): pg.Pool | null => {
  if (holder.__coordination === undefined) {
    const config = configFromEnv();
    holder.__coordination =
      "url" in config
        ? new pg.Pool({
            connectionString: config.url,
            max: 4,
            connectionTimeoutMillis: BOUND_MS,
            statement_timeout: BOUND_MS,
            query_timeout: BOUND_MS + 200,
            idle_in_transaction_session_timeout: 5 * BOUND_MS,
          })
        : null;
    holder.__coordination?.on("error", (error) => console.error("[db] idle PostgreSQL client error (coordination)", error.message));
  }
  return holder.__coordination;
};
