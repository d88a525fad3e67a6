/**
 * Which next-step guidance to show with a result. A handbook's per-section guidance (临沂: 政策依据
 * and 咨询电话 for each measure) appears for the sections this result touches; guidance for the
 * whole policy (金山 第二十四条 申报材料) always.
 */
import type { Evaluation, Policy } from "@/engine/types";

export type Guidance = NonNullable<Policy["guidance"]>[number];

/** Guidance entries grouped under the policy's own headings (申报材料, 咨询电话, 政策依据), in the policy's order. */
export const byLabel = (guidance: Guidance[]): [string, Guidance[]][] => {
  const groups = new Map<string, Guidance[]>();
  for (const g of guidance) groups.set(g.label, [...(groups.get(g.label) ?? []), g]);
  return [...groups];
};

/** "知识产权奖补资助（七）" lies within section "知识产权奖补资助"; clause "19" does not lie within "1". */
const within = (clause: string, section: string) =>
  clause === section || (clause.startsWith(section) && !/^[0-9]/.test(clause.slice(section.length)));

export const relevantGuidance = (policy: Policy, evaluation: Evaluation): Guidance[] => {
  const touched = [...evaluation.lines, ...evaluation.unquantified].map((l) => l.clause);
  return (policy.guidance ?? []).filter(
    (g) => !policy.items.some((i) => within(i.clause, g.clause)) || touched.some((c) => within(c, g.clause)),
  );
};

