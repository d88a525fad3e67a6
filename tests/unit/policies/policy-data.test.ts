/**
 * Tests every policy module against its source text: the data must say only what the text says.
 */
import { createHash } from "node:crypto";
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

/**
 * SHA-256 of the five texts as the customer sent them (shared/policies/, `sha256sum *.txt`). The
 * copies shipped in policies/sources/ must be byte for byte those texts; this needs no copy of
 * shared/ next to the checkout, so it runs (and fails) everywhere.
 */
const RECEIVED: Record<string, string> = {
  "000_98a9d29d8fc9aeb4.txt": "bb50b8c58baebcf105d938774c1ea4f6b90df55f02715af660bc7a981edd2e1a",
  "001_943d938d1c01a91b.txt": "d28b57fc36e330b2ccd1034b37f9d7846d94b3f7402edb35c726f3ff9b2244b8",
  "002_1ae3d8cab03b9f19.txt": "f0af3fbc5533aa2c35a10759aa2405324536a013782add346cc0004345a9f996",
  "003_971b0a2b12078196.txt": "8381e826fe787b2929f40fd098fca16457473e9217bb259c8909608b014cbf15",
  "004_9d52080da151f6f0.txt": "0ffe33a5df24b09e55d398e818a251ea893f0d750e7821ba98dcfcd990a9ee23",
};

describe("policy sources", () => {
  it("ships every policy's text exactly as received", () => {
    const shipped = (file: string) => new URL(`../../../policies/sources/${file}`, import.meta.url);
    const wrong = policies.flatMap((p) => {
      if (!(p.sourceFile in RECEIVED)) return [`${p.id}: ${p.sourceFile} is not one of the texts received`];
      if (!existsSync(shipped(p.sourceFile))) return [`${p.id}: policies/sources/${p.sourceFile} is missing`];
      const digest = createHash("sha256").update(readFileSync(shipped(p.sourceFile))).digest("hex");
      return digest === RECEIVED[p.sourceFile] ? [] : [`${p.id}: policies/sources/${p.sourceFile} differs from the text received`];
    });
    expect(wrong).toEqual([]);
    expect(new Set(policies.map((p) => p.sourceFile))).toEqual(new Set(Object.keys(RECEIVED)));
  });
});

describe("the schema refuses limits the engine cannot apply as written", () => {
  const jinshan = policies.find((p) => p.id === "jinshan")!;
  const guangming = policies.find((p) => p.id === "guangming")!;
  const messages = (p: unknown) => {
    const r = policySchema.safeParse(p);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("就高 by level needs every item of the group to state its level", () => {
    const items = jinshan.items.map((i) => (i.id === "js-5-2-mayor-org" ? { ...i, level: undefined } : i));
    expect(messages({ ...jinshan, items })).toContain("限额 js-23-highest-quality-award 按级别就高，条目 js-5-2-mayor-org 须写明级别（level）");
  });

  it("a yearly count inside a cumulative one is below it, on a policy-period count only", () => {
    const withLimit = (patch: object) => ({
      ...guangming,
      limits: guangming.limits.map((l) => (l.id === "gm-19-three-times" ? { ...l, ...patch } : l)),
    });
    expect(messages(withLimit({ maxPerYear: 3 }))).toContain("每年上限只用于政策期计数，且应小于累计上限");
    expect(messages(withLimit({ per: "year" }))).toContain("每年上限只用于政策期计数，且应小于累计上限");
    expect(messages(withLimit({}))).toEqual([]);
  });

  it("an item belongs to one same-matter rule at most (a count counts its lines of one fact as one project)", () => {
    const changning = policies.find((p) => p.id === "changning")!;
    const same = changning.limits.find((l) => l.id === "cn-30-same-matter")!;
    expect(messages({ ...changning, limits: [...changning.limits, { ...same, id: "cn-30-again" }] })).toContain(
      "条目 cn-9-advanced-standard 同时属于同一事项规则 cn-30-same-matter 和 cn-30-again",
    );
    expect(messages(changning)).toEqual([]);
  });
});
