/**
 * How often a route may be called: a token bucket per client and one shared by all clients (a
 * client can forge its key when no proxy is in front; the shared bucket bounds what that gains).
 * Beyond either, the request is refused with 429 and Retry-After before any of its body is read.
 */
import { clientKey, RateLimiter, type RateLimitOptions } from "@/lib/rate-limit";
import { ApiError } from "./errors";

export interface RequestBudget {
  perClient: RateLimitOptions;
  overall: RateLimitOptions;
  /** What the caller is doing too often, as the start of the refusal: 创建链接过于频繁. */
  refusal: string;
}

/** A check to call first thing in the handler: throws the 429 for `withApiErrors` to send. */
export const requestBudget = ({ perClient, overall, refusal }: RequestBudget) => {
  const mine = new RateLimiter(perClient);
  const all = new RateLimiter(overall);
  return (headers: Headers, now: number = Date.now()): void => {
    // The client's own bucket first, so a client already refused spends nothing of the shared one.
    const decision = mine.take(clientKey(headers), now);
    const refused = decision.ok ? all.take("*", now) : decision;
    if (refused.ok) return;
    const message = `${refusal}，请 ${refused.retryAfterSeconds} 秒后再试`;
    throw new ApiError(429, "rate_limited", message, [{ path: "", message }], { "Retry-After": String(refused.retryAfterSeconds) });
  };
};
