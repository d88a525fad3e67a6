/**
 * Counters of requests per key in fixed windows (rate-limiter-flexible): `points` requests per
 * `seconds`. On a PostgreSQL server (DATABASE_URL) the counters are kept in its `rate_limits` table
 * (created by a migration), so that every process on that server counts together; on the embedded
 * database, in memory. When the server cannot answer, counting goes on in this process's memory for
 * a few seconds before the server is asked again: a limit must not turn a database fault into
 * refused or hanging evaluations.
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { coordinationPool } from "@/lib/db/coordination";

export interface RateLimitOptions {
  /** Unique per limiter: the prefix of its keys in the shared table. */
  name: string;
  points: number;
  seconds: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
}

/** After the shared store failed, how long this process counts alone before trying it again. */
const STORE_RETRY_MS = 5_000;

const decide = async (limiter: RateLimiterMemory | RateLimiterPostgres, key: string): Promise<RateDecision> => {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
};

export const rateLimiter = ({ name, points, seconds }: RateLimitOptions): RateLimiter => {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
  let shared: RateLimiterPostgres | undefined;
  let storeDownUntil = 0;
  return {
    take: async (key) => {
      const pool = coordinationPool();
      if (pool && Date.now() >= storeDownUntil) {
        shared ??= new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, keyPrefix: name, points, duration: seconds });
        try {
          return await decide(shared, key);
        } catch (error) {
          storeDownUntil = Date.now() + STORE_RETRY_MS;
          console.error(`[rate-limit] ${name}: shared counters unavailable, counting in this process for ${STORE_RETRY_MS / 1000} s:`, (error as Error).message);
        }
      }
      return decide(memory, key);
    },
  };
};
