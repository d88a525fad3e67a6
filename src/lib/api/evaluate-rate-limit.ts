/**
 * Fair share of the CPU for evaluation (POST /api/v1/evaluate and /compare): one client sending as
 * fast as it can used to slow everyone else's answers (health's p99 from 7 ms to 433 ms). By
 * default a client may evaluate 50 times a second — the calculator pages evaluate in the browser,
 * and an integration asking for one applicant at a time stays far below — then gets 429 with
 * Retry-After until the second is over. EVALUATE_REQUESTS_PER_SECOND sets the figure. There is no
 * budget for all clients together: one client must not be able to stop evaluation for everyone.
 *
 * On PostgreSQL, several processes count together (src/lib/rate-limit.ts), but a database write per
 * evaluation would cost more than the evaluation: each process lets a client's first fifth of the
 * budget in a second through on its own count, and only a client asking for more is counted in the
 * shared table. With N processes a client gets at most the budget plus a fifth of it from each of
 * the N - 1 others (50 + 10 with two).
 */
import { requestBudget, type RequestBudget } from "@/lib/http/request-budget";

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_EVALUATE_REQUESTS_PER_SECOND = 50;

/** The share of the budget a process counts alone before the shared counter is asked. */
const LOCAL_SHARE = 1 / 5;

export const evaluateBudget = (env: Env = process.env): RequestBudget => {
  const configured = env.EVALUATE_REQUESTS_PER_SECOND;
  const requests = configured === undefined || configured === "" ? DEFAULT_EVALUATE_REQUESTS_PER_SECOND : Number(configured);
  if (!Number.isInteger(requests) || requests < 1) throw new Error(`EVALUATE_REQUESTS_PER_SECOND must be a whole number of at least 1, not ${JSON.stringify(configured)}`);
  return { name: "evaluate", perClient: { points: requests, seconds: 1, localAllowance: Math.ceil(requests * LOCAL_SHARE) }, refusal: "测算请求过于频繁" };
};

export const checkEvaluateRate = requestBudget(evaluateBudget());
