/**
 * How often a route may be called: a budget per client and, where the route stores or costs a lot,
 * one shared by all clients (bounding what a client gains by appearing under many addresses).
 * Beyond either, the request is refused with 429 and Retry-After before any of its body is read.
 */
import { rateLimiter, type RateLimitOptions } from "@/lib/rate-limit";
import { clientAddress } from "./client-address";
import { ApiError } from "./errors";

type Rate = Omit<RateLimitOptions, "name">;

export interface RequestBudget {
  /** Names the counters (their keys' prefix in the shared table). */
  name: string;
  perClient: Rate;
  overall?: Rate;
  /** What the caller is doing too often, as the start of the refusal: 创建链接过于频繁. */
  refusal: string;
}

/** A check to await first thing in the handler: throws the 429 for `withApiErrors` to send. */
export const requestBudget = ({ name, perClient, overall, refusal }: RequestBudget) => {
  const mine = rateLimiter({ name, ...perClient });
  const all = overall && rateLimiter({ name: `${name}-all`, ...overall });
  return async (headers: Headers): Promise<void> => {
    // The client's own budget first, so a client already refused spends nothing of the shared one.
    const decision = await mine.take(clientAddress(headers));
    const refused = decision.ok && all ? await all.take("*") : decision;
    if (refused.ok) return;
    const message = `${refusal}，请 ${refused.retryAfterSeconds} 秒后再试`;
    throw new ApiError(429, "rate_limited", message, [{ path: "", message }], { "Retry-After": String(refused.retryAfterSeconds) });
  };
};
