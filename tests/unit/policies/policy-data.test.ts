/**
 * Tests every policy module against its source text: the data must say only what the text says.
 */
import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policies } from "@policies/index";
import { policySchema } from "@policies/schema";
import type { AmountRule, Policy } from "@/engine/types";

/** Extraction put line and page breaks anywhere, even inside numbers; quotes are compared without any white space. */
const squash = (s: string) => s.replace(/\s+/g, "");
const sourceOf = (p: Policy) => squash(readFileSync(new URL(`../../../policies/sources/${p.sourceFile}`, import.meta.url), "utf8"));

/** The ways a text writes an amount: 30 万 / 1.5 万 / 3000 元 / 1 万元/人. */
const spellings = (yuan: number): string[] => {
  const out = [`${yuan}元`];
  if (yuan % 100 === 0 && yuan >= 1000) out.push(`${yuan / 10_000}万`);
  return out;
};

const amountsOf = (a: AmountRule): number[] => {
  switch (a.kind) {
    case "fixed":
    case "upTo":
      return [a.yuan];
    case "share":
      return a.cap === undefined ? [] : [a.cap];
    case "tiers":
      return a.tiers.map((t) => t.amount.yuan);
    default:
      return [];
  }
};

describe.each(policies.map((p) => [p.id, p] as const))("policy %s", (_id, policy) => {
  const text = sourceOf(policy);

  it("passes the policy schema", () => {
    expect(() => policySchema.parse(policy)).not.toThrow();
  });

  it("quotes every item, limit, exclusion, note and window verbatim from the source", () => {
    const quotes = [
      policy.effective.quote,
      policy.effective.earlier!.quote,
      policy.applicants.quote,
      ...policy.exclusions.map((e) => e.quote),
      ...policy.items.flatMap((i) => [i.quote, ...(i.conditions ?? []).map((c) => c.quote), ...(i.who.quote ? [i.who.quote] : [])]),
      ...policy.limits.map((l) => l.quote),
      ...policy.notes.map((n) => n.quote),
    ];
    const missing = quotes.filter((q) => !text.includes(squash(q)));
    expect(missing).toEqual([]);
  });

  it("writes every amount, cap and tier figure of an item as its own quote writes it", () => {
    const wrong = policy.items.flatMap((i) =>
      amountsOf(i.amount)
        .filter((y) => !spellings(y).some((s) => squash(i.quote).includes(s)))
        .map((y) => `${i.id}: ${y} 元 not in “${i.quote}”`),
    );
    expect(wrong).toEqual([]);
  });

  it("writes every share percentage as its quote writes it", () => {
    const wrong = policy.items.flatMap((i) => {
      if (i.amount.kind !== "share") return [];
      const p = i.amount.percent;
      if (p.min === 0 && p.max === 100) return squash(i.quote).match(/一定比例|实际支出|实际|成本/) ? [] : [`${i.id}: 0–100% needs 一定比例 or 实际支出`];
      return [p.max, ...(p.min > 0 ? [p.min] : [])]
        .filter((x) => !squash(i.quote).includes(`${x}%`) && !i.reading?.includes(`${x}%`))
        .map((x) => `${i.id}: ${x}%`);
    });
    expect(wrong).toEqual([]);
  });

  it("writes every money cap of a limit as its quote writes it", () => {
    const wrong = policy.limits.flatMap((l) =>
      "cap" in l && !spellings(l.cap).some((s) => squash(l.quote).includes(s)) ? [`${l.id}: ${l.cap}`] : [],
    );
    expect(wrong).toEqual([]);
  });

  it("has unique item and limit ids with the policy's prefix", () => {
    const ids = [...policy.items.map((i) => i.id), ...policy.limits.map((l) => l.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("policy sources", () => {
  it("ships the same texts as shared/policies", () => {
    const shared = new URL("../../../../shared/policies/", import.meta.url);
    for (const p of policies) {
      const theirs = new URL(p.sourceFile, shared);
      if (!existsSync(theirs)) continue;
      expect(readFileSync(new URL(`../../../policies/sources/${p.sourceFile}`, import.meta.url), "utf8")).toBe(
        readFileSync(theirs, "utf8"),
      );
    }
  });
});
