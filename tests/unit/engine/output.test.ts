/**
 * What the engine hands back besides the money: the trace that explains it and the policy version
 * a stored result names.
 */
import { describe, expect, it } from "vitest";
import { policyVersion } from "@/engine";
import type { Fact, Policy } from "@/engine/types";
import { item, limit, policy, run, WAN } from "./synthetic";

const p = policy([item("a", { kind: "upTo", yuan: 80 * WAN }), item("b", { kind: "fixed", yuan: 30 * WAN }), item("c", { kind: "unstated", why: "按规定执行" })], {
  limits: [limit({ id: "hi", kind: "highestOnly", items: ["a", "b"], per: "year" })],
});
const facts: Fact[] = [{ type: "a" }, { type: "b" }, { type: "c" }];

describe("trace", () => {
  it("explains every line, limit and the total by default", () => {
    const trace = run(p, facts).trace!;
    expect(trace[0]).toContain(`版本 ${policyVersion(p)}`);
    expect(trace).toContain("第a条「条目 a」事项 a：最高 80 万元");
    expect(trace).toContain("第b条「条目 b」事项 b：0 元（因限额规则未计）");
    expect(trace.some((t) => t.startsWith("限额：限额hi：限额 hi。2026 年保留事项 a"))).toBe(true);
    expect(trace).toContain("未量化：第c条「条目 c」事项 c：按规定执行");
    expect(trace.at(-1)).toBe("合计：确定 0 元，最高 80 万元");
  });

  it("is left out with options.trace = false, and nothing else changes", () => {
    const { trace, ...withTrace } = run(p, facts);
    const without = run(p, facts, { trace: false });
    expect(trace).toBeDefined();
    expect(without).not.toHaveProperty("trace");
    expect(without).toEqual(withTrace);
  });
});

describe("policyVersion", () => {
  it("names the policy and a 64-bit content hash", () => {
    expect(policyVersion(p)).toMatch(/^demo@[0-9a-f]{16}$/);
  });

  it("keeps its digits: FNV-1a 64 as first computed with BigInt, so stored results still name their version", () => {
    expect(policyVersion(p)).toBe("demo@2419eb5bcbc14df0");
  });

  it("depends on content only: a copy, or the same data with keys in another order, has the same version", () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(p)).reverse()) as unknown as Policy;
    expect(policyVersion(structuredClone(p))).toBe(policyVersion(p));
    expect(policyVersion(reordered)).toBe(policyVersion(p));
  });

  it.each([
    ["an amount", (q: Policy) => (q.items[1]!.amount = { kind: "fixed", yuan: 30 * WAN + 1 })],
    ["a quote", (q: Policy) => (q.items[0]!.quote += "。")],
    ["a limit", (q: Policy) => (q.limits[0] = { ...q.limits[0]!, per: "policy" } as Policy["limits"][number])],
    ["the window", (q: Policy) => (q.effective.to = "2027-12-30")],
  ])("changes when %s changes", (_what, edit) => {
    const q = structuredClone(p);
    edit(q);
    expect(policyVersion(q)).not.toBe(policyVersion(p));
  });

  it("is what every evaluation reports", () => {
    expect(run(p, facts).policyVersion).toBe(policyVersion(p));
  });
});
