/**
 * Token buckets in memory: each key may burst up to `capacity` requests, then one more every
 * `refillMs`. Good enough for one server process; several instances would each allow the rate.
 */
export interface RateLimitOptions {
  capacity: number;
  refillMs: number;
  /** Idle buckets are forgotten beyond this many keys, so spoofed keys cannot exhaust memory. */
  maxKeys?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions) {}

  take(key: string, now: number = Date.now()): RateDecision {
    const { capacity, refillMs, maxKeys = 10_000 } = this.options;
    const previous = this.buckets.get(key);
    const tokens = previous ? Math.min(capacity, previous.tokens + (now - previous.at) / refillMs) : capacity;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * refillMs) / 1000)) };
    }
    // Re-inserting moves the key to the end of the Map's order, which makes the oldest key first.
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { ok: true };
  }
}

/**
 * The client as the nearest proxy saw it: the last x-forwarded-for entry (Next.js fills the header
 * from the socket when no proxy did). Behind no proxy a client can forge it, which is why callers
 * pair the per-client limit with a global one.
 */
export const clientKey = (headers: Headers): string => {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return hops.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
};
