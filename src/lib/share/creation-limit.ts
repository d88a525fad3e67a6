/**
 * How fast links may be created. Per client, a burst of 20 then one every 3 s; across all clients,
 * a burst of 200 then ten a second, which bounds database growth even when the client key is forged.
 */
import { ApiError } from "@/lib/http/errors";
import { clientKey, RateLimiter, type RateDecision } from "@/lib/rate-limit";

/** A request body beyond this is refused with 413 before it is parsed. */
export const MAX_SHARE_BODY_BYTES = 64 * 1024;

const perClient = new RateLimiter({ capacity: 20, refillMs: 3_000 });
const overall = new RateLimiter({ capacity: 200, refillMs: 100 });

const refuse = (d: Extract<RateDecision, { ok: false }>): never => {
  const message = `创建链接过于频繁，请 ${d.retryAfterSeconds} 秒后再试`;
  throw new ApiError(429, "rate_limited", message, [{ path: "", message }], { "Retry-After": String(d.retryAfterSeconds) });
};

export const checkShareCreationRate = (headers: Headers, now: number = Date.now()): void => {
  const mine = perClient.take(clientKey(headers), now);
  if (!mine.ok) refuse(mine);
  const all = overall.take("*", now);
  if (!all.ok) refuse(all);
};
