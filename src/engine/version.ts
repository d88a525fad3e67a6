import type { Policy } from "./types";

/** Canonical JSON: keys sorted, so the hash depends on content only, never on key order. */
const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
};

/**
 * 64-bit FNV-1a over UTF-16 code units; a change detector, not a security hash. Computed in two
 * 32-bit halves (the prime is 2^40 + 0x1b3), which gives the same digits as 64-bit arithmetic
 * without BigInt, fast enough to version a what-if draft on every keystroke.
 */
const fnv1a64 = (s: string): string => {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo ^= s.charCodeAt(i);
    const low = (lo >>> 0) * 0x1b3;
    // h × 2^40 moves lo into hi, shifted by 8; h × 0x1b3 carries out of lo into hi.
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x1_0000_0000) + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
};

const cache = new WeakMap<Policy, string>();

/** Content hash of a policy's data: a stored result names the version it was computed with. */
export const policyVersion = (policy: Policy): string => {
  let v = cache.get(policy);
  if (v === undefined) {
    v = `${policy.id}@${fnv1a64(canonical(policy))}`;
    cache.set(policy, v);
  }
  return v;
};
