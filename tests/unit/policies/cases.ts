/**
 * A table format for policy tests that reads like the policy: one row per case, the clause in its
 * name, the applicant, what they state, and the yuan expected. `runCases` turns rows into tests;
 * `coverageGaps` checks, from the rows alone, that every limit, `where` value, condition and
 * applicant requirement of a policy has rows that would fail if it were deleted.
 *
 * Every figure in a row is computed by hand from the policy text, never taken from the engine.
 */
import { expect, it } from "vitest";
import { factTypeIndex } from "@policies/vocabulary";
import { applicantDefaults, evaluate } from "@/engine";
import type { Applicant, AttributeCondition, Condition, Evaluation, Fact, FactMatch, Item, Policy, Scalar } from "@/engine/types";

export const ORG: Applicant = { kind: "organization" };
export const PERSON: Applicant = { kind: "individual" };

/** [确定, 最高] in yuan, or [clause, 确定, 最高] when the line cites another clause than the row's. */
export type LineExpectation = [number, number] | [string, number, number];

/** The clause a limit cites, or [clause, 确定 cut, 最高 cut] with the cuts as negative yuan. */
export type AdjustmentExpectation = string | [string, number, number];

export interface Case {
  /** Start with the clause: "第五条（一）中国质量奖（组织）：最高 100 万元". */
  name: string;
  applicant?: Applicant;
  facts: Fact[];
  asOf?: string;
  /** [确定, 最高] in yuan */
  total: [number, number];
  /** The clause every line in `lines` and item in `unquantified` cites, as the policy labels it (unless it names its own). */
  clause?: string;
  /** EVERY line the profile yields: item id → [min, max] (summed if the item has several lines). */
  lines?: Record<string, LineExpectation>;
  /** EVERY limit that cuts something: limit id → its clause. `{}` when none may. */
  adjustments?: Record<string, AdjustmentExpectation>;
  /** The limit this row reaches without exceeding (exactly 5 projects, exactly the cap): it must not cut. */
  justUnder?: string;
  /** Item id → words one of its lines' notes must contain (quotas, readings), e.g. "（二）：…每年最多资助 10 家". */
  lineNotes?: Record<string, string>;
  /** EVERY item listed as unquantified (an amount the text does not state), or item id → the clause it cites. */
  unquantified?: string[] | Record<string, string>;
  /** Reason codes that must be present. */
  reasons?: string[];
  eligible?: boolean;
  inForce?: boolean;
}

export const evaluateCase = (policy: Policy, c: Case, asOf: string): Evaluation =>
  evaluate({ policy, applicant: c.applicant ?? ORG, facts: c.facts, asOf: c.asOf ?? asOf });

const sameSet = (what: string, got: string[], want: string[]): string[] => [
  ...want.filter((x) => !got.includes(x)).map((x) => `no ${what} ${x}`),
  ...got.filter((x) => !want.includes(x)).map((x) => `unexpected ${what} ${x}`),
];

/** Everything in the evaluation that differs from the row; empty when the row holds. */
export const caseFailures = (r: Evaluation, c: Case): string[] => {
  const out: string[] = [];
  if (r.total.min !== c.total[0] || r.total.max !== c.total[1]) out.push(`total ${r.total.min}–${r.total.max}, expected ${c.total.join("–")}`);
  if (c.lines) {
    out.push(...sameSet("line for", [...new Set(r.lines.map((l) => l.item))], Object.keys(c.lines)));
    for (const [item, want] of Object.entries(c.lines)) {
      const [clause, min, max] = want.length === 3 ? want : [c.clause, ...want];
      const ls = r.lines.filter((l) => l.item === item);
      if (!ls.length) continue;
      const got = [ls.reduce((s, l) => s + l.min, 0), ls.reduce((s, l) => s + l.max, 0)];
      if (got[0] !== min || got[1] !== max) out.push(`${item}: ${got.join("–")}, expected ${min}–${max}`);
      if (clause === undefined) out.push(`${item}: the row must say which clause the line cites`);
      for (const l of ls) if (clause !== undefined && l.clause !== clause) out.push(`${item} cites ${l.clause}, expected ${clause}`);
    }
  }
  if (c.adjustments) {
    out.push(...sameSet("adjustment by", [...new Set(r.adjustments.map((a) => a.limit))], Object.keys(c.adjustments)));
    for (const [limit, want] of Object.entries(c.adjustments)) {
      const as = r.adjustments.filter((a) => a.limit === limit);
      const [clause, min, max] = typeof want === "string" ? [want] : want;
      for (const a of as) if (a.clause !== clause) out.push(`${limit} cites ${a.clause}, expected ${clause}`);
      const cut = [as.reduce((s, a) => s + a.effect.min, 0), as.reduce((s, a) => s + a.effect.max, 0)];
      if (as.length && min !== undefined && (cut[0] !== min || cut[1] !== max)) out.push(`${limit} cuts ${cut.join(" / ")}, expected ${min} / ${max}`);
    }
  }
  if (c.justUnder && r.adjustments.some((a) => a.limit === c.justUnder)) out.push(`${c.justUnder} cuts, though the row is just under it`);
  for (const [item, words] of Object.entries(c.lineNotes ?? {})) {
    if (!r.lines.some((l) => l.item === item && l.notes.some((n) => n.includes(words)))) out.push(`no note “${words}” on ${item}`);
  }
  if (c.unquantified) {
    const want: Record<string, string | undefined> = Array.isArray(c.unquantified)
      ? Object.fromEntries(c.unquantified.map((id) => [id, c.clause]))
      : c.unquantified;
    out.push(...sameSet("unquantified", [...new Set(r.unquantified.map((u) => u.item))], Object.keys(want)));
    for (const u of r.unquantified) {
      if (!(u.item in want)) continue;
      if (want[u.item] === undefined) out.push(`${u.item}: the row must say which clause the unquantified item cites`);
      else if (u.clause !== want[u.item]) out.push(`${u.item} cites ${u.clause}, expected ${want[u.item]}`);
    }
  }
  for (const code of c.reasons ?? []) if (!r.reasons.some((x) => x.code === code)) out.push(`no reason ${code}`);
  if (c.eligible !== undefined && r.eligible !== c.eligible) out.push(`eligible ${r.eligible}`);
  if (c.inForce !== undefined && r.inForce !== c.inForce) out.push(`in force ${r.inForce}`);
  return out;
};

export const runCases = (policy: Policy, asOf: string, cases: Case[]) => {
  for (const c of cases) {
    it(c.name, () => {
      const r = evaluateCase(policy, c, asOf);
      expect(caseFailures(r, c), r.trace?.join("\n")).toEqual([]);
    });
  }
};

// ------------------------------------------------------------------ coverage, from the rows alone

const listed = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** A boolean input left out is false, as on the questionnaire. */
const valueOf = (f: Fact, input: string, like: Scalar): Scalar | undefined => f[input] ?? (typeof like === "boolean" ? false : undefined);

const fires = (f: Fact, m: FactMatch, except?: string): boolean =>
  f.type === m.type && Object.entries(m.where ?? {}).every(([k, v]) => k === except || listed(v).includes(valueOf(f, k, listed(v)[0]!)!));

const holds = (f: Fact, c: Condition): boolean => {
  const v = valueOf(f, c.input, c.value);
  if (c.op === "eq") return v === c.value;
  return typeof v === "number" && (c.op === "gte" ? v >= (c.value as number) : v < (c.value as number));
};

/** Items without a figure: a profile that may claim them lists them as unquantified, not as a line. */
const UNSTATED = new Set(["unstated", "none"]);

const kindFits = (c: Case, item: Item) => item.who.kinds.includes((c.applicant ?? ORG).kind);
/** The applicant is of an organisation type the item names (an organisation that names none is an enterprise). */
const orgTypeFits = (c: Case, item: Item) => {
  const a = c.applicant ?? ORG;
  return !item.who.orgTypes || a.kind !== "organization" || item.who.orgTypes.includes(String(a.orgType ?? applicantDefaults.orgType));
};
const unquantifiedIds = (c: Case): string[] => (Array.isArray(c.unquantified) ? c.unquantified : Object.keys(c.unquantified ?? {}));
const listsItem = (c: Case, item: Item) => (c.lines && item.id in c.lines) || unquantifiedIds(c).includes(item.id);
const amountOf = (c: Case, id: string): [number, number] | undefined => {
  const e = c.lines?.[id];
  return e && (e.length === 3 ? [e[1], e[2]] : e);
};

/**
 * What a mutation would get away with: each returned string names a limit, a `where` value or
 * input, or a condition whose deletion no row would notice, and what row is missing.
 */
export const coverageGaps = (policy: Policy, cases: Case[], options: { skipLimits?: string[] } = {}): string[] => {
  const gaps: string[] = [];
  for (const item of policy.items) {
    if (!cases.some((c) => kindFits(c, item) && listsItem(c, item) && ((amountOf(c, item.id)?.[1] ?? 0) > 0 || unquantifiedIds(c).includes(item.id)))) {
      gaps.push(`${item.id}: no row where it pays (or is listed as unquantified)`);
    }
    item.facts.forEach((m, k) => {
      for (const [input, v] of Object.entries(m.where ?? {})) {
        for (const value of listed(v)) {
          const hit = cases.some(
            (c) => kindFits(c, item) && listsItem(c, item) && c.facts.some((f) => fires(f, m) && valueOf(f, input, value) === value),
          );
          if (!hit) gaps.push(`${item.id} facts[${k}].where.${input} = ${JSON.stringify(value)}: no row with such a fact lists the item`);
        }
        const outside = cases.some(
          (c) =>
            kindFits(c, item) &&
            c.lines &&
            !(item.id in c.lines) &&
            (!UNSTATED.has(item.amount.kind) || (c.unquantified && !unquantifiedIds(c).includes(item.id))) &&
            c.facts.some((f) => fires(f, m, input) && !listed(v).includes(valueOf(f, input, listed(v)[0]!)!)),
        );
        if (!outside && hasOtherValue(m.type, input, listed(v))) {
          gaps.push(`${item.id} facts[${k}].where.${input}: no row with another ${input} shows that the item does not fire`);
        }
      }
    });
    // A requirement on the applicant (长宁区 16: 中小企业) fails alone: the fact would pay, the applicant is not what the clause names.
    for (const [n, req] of (item.who.attributes ?? []).entries()) {
      const others = (item.who.attributes ?? []).filter((_, i) => i !== n);
      const stated = (c: Case, a: AttributeCondition) => ((c.applicant ?? ORG)[a.attribute] ?? applicantDefaults[a.attribute]) === a.value;
      const failing = cases.some(
        (c) =>
          kindFits(c, item) &&
          amountOf(c, item.id)?.[1] === 0 &&
          !stated(c, req) &&
          others.every((o) => stated(c, o)) &&
          orgTypeFits(c, item) &&
          c.facts.some((f) => item.facts.some((m) => fires(f, m)) && (item.conditions ?? []).every((o) => holds(f, o))),
      );
      if (!failing) gaps.push(`${item.id} who.attributes ${req.attribute} = ${String(req.value)}: no row where only the applicant fails it and the line is 0`);
    }
    for (const [n, cond] of (item.conditions ?? []).entries()) {
      const others = (item.conditions ?? []).filter((_, i) => i !== n);
      const failing = cases.some(
        (c) =>
          kindFits(c, item) &&
          amountOf(c, item.id)?.[1] === 0 &&
          c.facts.some((f) => item.facts.some((m) => fires(f, m)) && !holds(f, cond) && others.every((o) => holds(f, o))),
      );
      if (!failing) gaps.push(`${item.id} condition ${cond.input} ${cond.op} ${String(cond.value)}: no row where only it fails and the line is 0`);
    }
  }
  for (const l of policy.limits) {
    if (options.skipLimits?.includes(l.id)) continue;
    if (l.kind === "quota") {
      // The note names the clause, then the quota in the policy's words: "（二）：…每年最多资助 10 家".
      const notes = (words: string | undefined) => words?.startsWith(`${l.clause}：`) && l.label.includes(words.slice(l.clause.length + 1));
      if (!cases.some((c) => l.items.some((i) => notes(c.lineNotes?.[i])))) gaps.push(`${l.id}: no row checks the quota note and its clause`);
      continue;
    }
    const binding = cases.filter((c) => c.adjustments && l.id in c.adjustments);
    if (!binding.length) gaps.push(`${l.id}: no row where it binds`);
    if (!cases.some((c) => c.justUnder === l.id && c.adjustments !== undefined)) gaps.push(`${l.id}: no row just under it`);
    if (l.kind === "highestOnly" && l.by === "level") {
      // Each item's level decides against another level: a row where the rule binds with the item in it.
      for (const id of l.items) if (!binding.some((c) => c.lines && id in c.lines)) gaps.push(`${l.id}: ${id} is in no row where the level rule binds`);
    }
    if (l.kind === "maxCount" && l.maxPerYear !== undefined) {
      const items = policy.items.filter((i) => l.items.includes(i.id));
      const yearly = (c: Case) => unitsByYear(c, items, c.asOf);
      const perYearAlone = (c: Case) => {
        const years = yearly(c);
        return years.some((u) => u > l.maxPerYear!) && years.reduce((s, u) => s + Math.min(u, l.maxPerYear!), 0) <= l.max;
      };
      if (!binding.some(perYearAlone)) gaps.push(`${l.id}: no row where only the yearly maximum ${l.maxPerYear} binds`);
      if (!cases.some((c) => c.justUnder === l.id && yearly(c).includes(l.maxPerYear!))) gaps.push(`${l.id}: no row just under the yearly maximum`);
    }
  }
  for (const e of policy.exclusions) {
    const matches = (a: Applicant) => Object.entries(e.when).every(([k, vs]) => vs.includes((a[k] ?? applicantDefaults[k])!));
    if (!cases.some((c) => c.eligible === false && matches(c.applicant ?? ORG))) gaps.push(`${e.id}: no row of an excluded applicant`);
  }
  return gaps;
};

/** Units a row states for these items, per claim year (a fact dated the year before a next-year claim counts in the next). */
const unitsByYear = (c: Case, items: Item[], asOf: string | undefined): number[] => {
  const years = new Map<number, number>();
  for (const f of c.facts) {
    const m = items.flatMap((i) => i.facts).find((x) => fires(f, x));
    if (!m) continue;
    const year = Number((f.date ?? asOf ?? "").slice(0, 4)) + (m.dating ? 1 : 0);
    years.set(year, (years.get(year) ?? 0) + (f.count ?? 1));
  }
  return [...years.values()];
};

/** Can a fact of this type hold a value of the input the list leaves out? */
const hasOtherValue = (type: string, input: string, values: Scalar[]): boolean => {
  const spec = factTypeIndex.get(type)?.inputs.find((i) => i.name === input);
  if (!spec) return true;
  if (spec.kind === "boolean") return values.length < 2;
  if (spec.kind === "enum") return spec.options!.some((o) => !values.includes(o.value));
  return true;
};
