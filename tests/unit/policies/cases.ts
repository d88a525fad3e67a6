/**
 * A table format for policy tests that reads like the policy: one row per case, the clause in its
 * name, the applicant, what they state, and the yuan expected. `runCases` turns rows into tests.
 */
import { expect, it } from "vitest";
import { evaluate } from "@/engine";
import type { Applicant, Evaluation, Fact, Policy } from "@/engine/types";

export const ORG: Applicant = { kind: "organization" };
export const PERSON: Applicant = { kind: "individual" };

export interface Case {
  /** Start with the clause: "第五条（一）中国质量奖（组织）：最高 100 万元". */
  name: string;
  applicant?: Applicant;
  facts: Fact[];
  asOf?: string;
  /** [确定, 最高] in yuan */
  total: [number, number];
  /** Item id → [min, max] of its line (sum if the item has several lines). */
  lines?: Record<string, [number, number]>;
  /** Limit ids that must appear among the adjustments. */
  adjustments?: string[];
  /** Item ids that must be listed as unquantified. */
  unquantified?: string[];
  /** Reason codes that must be present. */
  reasons?: string[];
  eligible?: boolean;
  inForce?: boolean;
}

export const evaluateCase = (policy: Policy, c: Case, asOf: string): Evaluation =>
  evaluate({ policy, applicant: c.applicant ?? ORG, facts: c.facts, asOf: c.asOf ?? asOf });

export const runCases = (policy: Policy, asOf: string, cases: Case[]) => {
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluateCase(policy, c, asOf);
      expect([r.total.min, r.total.max], r.trace?.join("\n")).toEqual(c.total);
      for (const [item, [min, max]] of Object.entries(c.lines ?? {})) {
        const ls = r.lines.filter((l) => l.item === item);
        expect(ls.length, `no line for ${item}\n${r.trace?.join("\n")}`).toBeGreaterThan(0);
        expect([ls.reduce((s, l) => s + l.min, 0), ls.reduce((s, l) => s + l.max, 0)], item).toEqual([min, max]);
      }
      for (const limit of c.adjustments ?? []) expect(r.adjustments.map((a) => a.limit)).toContain(limit);
      for (const item of c.unquantified ?? []) expect(r.unquantified.map((u) => u.item)).toContain(item);
      for (const code of c.reasons ?? []) expect(r.reasons.map((x) => x.code)).toContain(code);
      if (c.eligible !== undefined) expect(r.eligible).toBe(c.eligible);
      if (c.inForce !== undefined) expect(r.inForce).toBe(c.inForce);
    });
  }
};
