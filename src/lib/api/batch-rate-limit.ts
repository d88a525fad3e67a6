/**
 * How often POST /api/v1/batch may be called. One batch can be 50 MB and 200,000 applicants,
 * seconds of the server's CPU, so the budget is counted per minute: by default 4 per client and 20
 * for all clients together. BATCH_REQUESTS_PER_MINUTE sets the per-client figure; all clients
 * together get five times it.
 */
import { requestBudget, type RequestBudget } from "@/lib/http/request-budget";

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_BATCH_REQUESTS_PER_MINUTE = 4;

/** Clients that may use their whole allowance in the same minute before the shared budget runs dry. */
const CLIENTS_AT_ONCE = 5;

export const batchBudget = (env: Env = process.env): RequestBudget => {
  const configured = env.BATCH_REQUESTS_PER_MINUTE;
  const requests = configured === undefined || configured === "" ? DEFAULT_BATCH_REQUESTS_PER_MINUTE : Number(configured);
  if (!Number.isInteger(requests) || requests < 1) throw new Error(`BATCH_REQUESTS_PER_MINUTE must be a whole number of at least 1, not ${JSON.stringify(configured)}`);
  return {
    name: "batch",
    perClient: { points: requests, seconds: 60 },
    overall: { points: requests * CLIENTS_AT_ONCE, seconds: 60 },
    refusal: "批量测算请求过于频繁",
  };
};

export const checkBatchRate = requestBudget(batchBudget());
