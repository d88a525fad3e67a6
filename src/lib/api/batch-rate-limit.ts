/**
 * How often POST /api/v1/batch may be called. One batch can be 50 MB and 200,000 applicants,
 * seconds of the server's CPU, so the budget is counted per minute: by default a client may send 4
 * at once and then one every 15 s, and all clients together 20 at once and then one every 3 s.
 * BATCH_REQUESTS_PER_MINUTE sets the per-client figure; all clients together get five times it.
 */
import { requestBudget, type RequestBudget } from "@/lib/http/request-budget";

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_BATCH_REQUESTS_PER_MINUTE = 4;

/** Clients that may use their whole allowance at the same moment before the shared bucket runs dry. */
const CLIENTS_AT_ONCE = 5;

const perMinute = (requests: number) => ({ capacity: requests, refillMs: 60_000 / requests });

export const batchBudget = (env: Env = process.env): RequestBudget => {
  const configured = env.BATCH_REQUESTS_PER_MINUTE;
  const requests = configured === undefined || configured === "" ? DEFAULT_BATCH_REQUESTS_PER_MINUTE : Number(configured);
  if (!Number.isInteger(requests) || requests < 1) throw new Error(`BATCH_REQUESTS_PER_MINUTE must be a whole number of at least 1, not ${JSON.stringify(configured)}`);
  return { perClient: perMinute(requests), overall: perMinute(requests * CLIENTS_AT_ONCE), refusal: "批量测算请求过于频繁" };
};

export const checkBatchRate = requestBudget(batchBudget());
