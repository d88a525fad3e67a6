/**
 * "A little more would reach the next tier or threshold": for each tier the engine flags and each
 * unmet numeric requirement (成熟度 ≥ 40%), re-evaluate with the target value and report what the
 * total would actually gain — after caps and highest-only rules, not the tier's face value.
 */
import { evaluate } from "@/engine";
import type { Applicant, Evaluation, Fact, Policy, Range } from "@/engine/types";
import { factTypeIndex } from "@policies/vocabulary";

export interface NearMissHint {
  fact: number;
  clause: string;
  label: string;
  /** What would have to change, in words: 高价值发明专利 19 → 20 件 */
  change: string;
  /** How the total would move. */
  gain: Range;
}

interface Candidate {
  fact: number;
  input: string;
  target: number;
  clause: string;
  label: string;
  change: string;
}

const candidates = (policy: Policy, facts: Fact[], evaluation: Evaluation): Candidate[] => {
  const items = new Map(policy.items.map((i) => [i.id, i]));
  const out: Candidate[] = [];
  for (const line of evaluation.lines) {
    const fact = facts[line.fact];
    if (!fact) continue;
    const ft = factTypeIndex.get(fact.type);
    if (line.nearMiss) {
      const { current, target, measure } = line.nearMiss;
      out.push({
        fact: line.fact,
        input: "count",
        target,
        clause: line.clause,
        label: line.label,
        change: `${ft?.count?.label ?? "数量"} ${current} → ${target} ${measure}`,
      });
    }
    if (line.status !== "ineligible") continue;
    for (const c of items.get(line.item)?.conditions ?? []) {
      const current = fact[c.input];
      if (c.op !== "gte" || typeof c.value !== "number" || typeof current !== "number" || current >= c.value) continue;
      const input = ft?.inputs.find((i) => i.name === c.input);
      const unit = input?.unit ?? "";
      out.push({
        fact: line.fact,
        input: c.input,
        target: c.value,
        clause: c.clause,
        label: line.label,
        change: `${input?.label ?? c.input} ${current}${unit} → ${c.value}${unit}（${c.requirement}）`,
      });
    }
  }
  return out;
};

export const findNearMisses = (
  policy: Policy,
  input: { applicant: Applicant; facts: Fact[] },
  evaluation: Evaluation,
): NearMissHint[] => {
  const seen = new Set<string>();
  const hints: NearMissHint[] = [];
  for (const c of candidates(policy, input.facts, evaluation)) {
    const key = `${c.fact}|${c.input}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const facts = input.facts.map((f, i) => (i === c.fact ? { ...f, [c.input]: c.target } : f));
    const after = evaluate({ policy, applicant: input.applicant, facts, asOf: evaluation.asOf }, { explain: false }).total;
    const max = after.max - evaluation.total.max;
    const gain = { min: Math.min(max, Math.max(0, after.min - evaluation.total.min)), max };
    if (max > 0) hints.push({ fact: c.fact, clause: c.clause, label: c.label, change: c.change, gain });
  }
  return hints;
};
