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

/** 64-bit FNV-1a over UTF-16 code units; a change detector, not a security hash. */
const fnv1a64 = (s: string): string => {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
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
