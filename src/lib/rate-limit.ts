/**
 * Counters of requests per key in fixed windows (rate-limiter-flexible): `points` requests per
 * `seconds`. On a PostgreSQL server (DATABASE_URL) the counters are kept in its `rate_limits` table
 * (created by a migration), so that every process on that server counts together; on the embedded
 * database, in memory. When the server cannot answer, counting goes on in this process's memory for
 * a few seconds before the server is asked again: a limit must not turn a database fault into
 * refused or hanging evaluations.
 *
 * A limit checked on every cheap request (evaluation) would cost a database write per request, more
 * than the request itself. Such a limiter counts each key in this process's memory first: while a key
 * stays within `localAllowance` requests in a window, nothing is written; the request past it writes
 * all of them to the shared counter at once, and each later one is counted there. A client busy
 * enough to matter is therefore counted across processes, and the most a client gets past the
 * limit is `localAllowance` from each other process where it stayed that quiet. Once the shared
 * counter is used up, the key is refused from memory until the window ends.
 */
import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { coordinationPool } from "@/lib/db/coordination";

export interface RateLimitOptions {
  /** Unique per limiter: the prefix of its keys in the shared table. */
  name: string;
  points: number;
  seconds: number;
  /** Requests per key and window this process lets through before it asks the shared counter (default 0: always). */
  localAllowance?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
}

/** After the shared store failed, how long this process counts alone before trying it again. */
const STORE_RETRY_MS = 5_000;

const OK: RateDecision = { ok: true };

/** How many requests this process has seen from the key in the current window, the one asking included. */
const countSeen = async (local: RateLimiterMemory, key: string): Promise<number> => {
  try {
    return (await local.consume(key)).consumedPoints;
  } catch (beyond) {
    if (!(beyond instanceof RateLimiterRes)) throw beyond;
    return beyond.consumedPoints;
  }
};

const decide = async (limiter: RateLimiterMemory | RateLimiterPostgres, key: string, points = 1): Promise<RateDecision> => {
  try {
    await limiter.consume(key, points);
    return OK;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
};

/** `store` is where shared counters live: the coordination pool of the PostgreSQL server, or null (embedded database). */
export const rateLimiter = ({ name, points, seconds, localAllowance = 0 }: RateLimitOptions, store: () => pg.Pool | null = coordinationPool): RateLimiter => {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
  const local = localAllowance > 0 ? new RateLimiterMemory({ keyPrefix: `${name}-local`, points: localAllowance, duration: seconds }) : undefined;
  let shared: RateLimiterPostgres | undefined;
  let storeDownUntil = 0;
  return {
    take: async (key) => {
      const pool = store();
      if (!pool) return decide(memory, key);
      // Points to write: 1, or on the request past the allowance, all of this window's so far.
      let unshared = 1;
      if (local) {
        const seen = await countSeen(local, key);
        if (seen <= localAllowance) return OK;
        if (seen === localAllowance + 1) unshared = seen;
      }
      if (Date.now() >= storeDownUntil) {
        shared ??= new RateLimiterPostgres({
          storeClient: pool,
          storeType: "pool",
          tableName: "rate_limits",
          tableCreated: true,
          keyPrefix: name,
          points,
          duration: seconds,
          // Used up: refused from memory until the window ends, without asking the server each time.
          inMemoryBlockOnConsumed: points,
        });
        try {
          return await decide(shared, key, unshared);
        } catch (error) {
          storeDownUntil = Date.now() + STORE_RETRY_MS;
          console.error(`[rate-limit] ${name}: shared counters unavailable, counting in this process for ${STORE_RETRY_MS / 1000} s:`, (error as Error).message);
        }
      }
      return decide(memory, key, unshared);
    },
  };
};
