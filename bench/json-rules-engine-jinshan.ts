/**
 * The yardstick for the engine benchmark: Jinshan written the way json-rules-engine is normally
 * used. One JSON rule per item — conditions on the stated fact, the applicant and the dates, an
 * event carrying the amount — and one rule for the exclusions; one engine run per stated fact;
 * then plain code that applies the revision share, 就高不就低 (the highest level of the year, every
 * award of that level), the per-year counts (five standards projects; 第二十二条 once a year) and
 * the 100 万元 yearly cap to the events and sums them.
 *
 * It computes the total only (no trace, reasons or per-line explanations), so it does less than
 * evaluate() does.
 * The rules are generated from policies/jinshan.ts so both sides pay exactly the same items.
 */
import { Engine, type NestedCondition, type RuleProperties } from "json-rules-engine";
import { jinshan } from "../policies/jinshan";
import type { Applicant, Fact, Item, Range, Scalar } from "../src/engine/types";
import type { Profile } from "./cohort";

const dayNumber = (iso: string) => Number(iso.replaceAll("-", ""));
const { from, to } = jinshan.effective;

/** Applicant facts are prefixed: fact inputs may use the same names (a trademark's `kind`). */
const applicantFacts = (a: Applicant) => ({
  applicant_kind: a.kind,
  applicant_orgType: a.orgType ?? "enterprise",
  applicant_fundedBy: a.fundedBy ?? "self",
  applicant_creditGood: a.creditGood ?? true,
  applicant_seriousViolation: a.seriousViolation ?? false,
});

/** A missing boolean counts as false, so "must be false" is written "is not true". */
const equals = (fact: string, values: Scalar[]): NestedCondition =>
  values.length === 1 && values[0] === false
    ? { fact, operator: "notEqual", value: true }
    : { fact, operator: "in", value: values };

const OPERATORS = { gte: "greaterThanInclusive", lt: "lessThan" } as const;

const itemRule = (item: Item): RuleProperties => {
  const a = item.amount;
  const pays = a.kind === "fixed" || a.kind === "upTo";
  return {
    name: item.id,
    conditions: {
      all: [
        {
          any: item.facts.map((m) => ({
            all: [
              { fact: "type", operator: "equal", value: m.type },
              ...Object.entries(m.where ?? {}).map(([k, v]) => equals(k, Array.isArray(v) ? v : [v])),
            ],
          })),
        },
        { fact: "applicant_kind", operator: "in", value: item.who.kinds },
        ...(item.who.orgTypes ? [{ fact: "applicant_orgType", operator: "in", value: item.who.orgTypes }] : []),
        ...(item.conditions ?? []).map((c) =>
          c.op === "eq" ? equals(c.input, [c.value]) : { fact: c.input, operator: OPERATORS[c.op], value: c.value },
        ),
        { fact: "day", operator: "greaterThanInclusive", value: dayNumber(from) },
        { fact: "day", operator: "lessThanInclusive", value: { fact: "asOfDay" } },
        { fact: "asOfDay", operator: "greaterThanInclusive", value: dayNumber(from) },
        { fact: "asOfDay", operator: "lessThanInclusive", value: dayNumber(to!) },
      ],
    },
    event: pays
      ? { type: "pay", params: { item: item.id, min: a.kind === "fixed" ? a.yuan : 0, max: a.yuan, perUnit: !item.once } }
      : { type: "unquantified", params: { item: item.id } },
  };
};

const exclusionRule: RuleProperties = {
  name: "excluded",
  conditions: {
    any: jinshan.exclusions.map((e) => ({
      all: Object.entries(e.when).map(([attr, values]) => ({ fact: `applicant_${attr}`, operator: "in", value: values })),
    })),
  },
  event: { type: "excluded" },
};

export const jinshanRules: RuleProperties[] = [...jinshan.items.map(itemRule), exclusionRule];

interface Paid {
  item: string;
  year: number;
  units: number;
  perUnit: Range;
  revise: boolean;
}

const limitsOf = <K extends string>(kind: K) => jinshan.limits.filter((l) => l.kind === kind) as Extract<(typeof jinshan.limits)[number], { kind: K }>[];
const [revision] = limitsOf("revisionShare");
const perYearCounts = limitsOf("maxCount");
const [yearlyCap] = limitsOf("policyCap");
const highestOnly = limitsOf("highestOnly");
const byMax = (a: Range, b: Range) => b.max - a.max || b.min - a.min;
const LEVELS = ["national", "provincial", "city", "district"];
const levelOf = (p: Paid) => LEVELS.indexOf(jinshan.items.find((i) => i.id === p.item)!.level!);

/** The limits in plain code, over what the rules paid. */
const total = (paid: Paid[], kind: Applicant["kind"]): Range => {
  for (const p of paid) {
    if (!p.revise || !revision!.items.includes(p.item)) continue;
    const ceiling = Math.floor((p.perUnit.max * revision!.percent) / 100);
    p.perUnit = { min: Math.min(p.perUnit.min, ceiling), max: ceiling };
  }
  let kept = paid;
  for (const limit of highestOnly) {
    if (limit.kinds && !limit.kinds.includes(kind)) continue;
    // 第二十三条（二）: every group ranks by level — each year keeps all of its highest level's awards.
    const top = new Map<number, number>();
    for (const p of kept) if (limit.items.includes(p.item)) top.set(p.year, Math.min(top.get(p.year) ?? Infinity, levelOf(p)));
    kept = kept.filter((p) => !limit.items.includes(p.item) || levelOf(p) === top.get(p.year));
  }
  const years = new Map<number, Range>();
  const add = (year: number, r: Range) => {
    const y = years.get(year) ?? { min: 0, max: 0 };
    years.set(year, { min: y.min + r.min, max: y.max + r.max });
  };
  const counted = new Map<string, Range[]>();
  for (const p of kept) {
    const count = perYearCounts.find((l) => l.items.includes(p.item));
    if (count) counted.set(`${count.id}|${p.year}`, [...(counted.get(`${count.id}|${p.year}`) ?? []), ...Array(p.units).fill(p.perUnit)]);
    else add(p.year, { min: p.perUnit.min * p.units, max: p.perUnit.max * p.units });
  }
  for (const [key, units] of counted) {
    const [id, year] = key.split("|") as [string, string];
    const max = perYearCounts.find((l) => l.id === id)!.max;
    for (const u of units.sort(byMax).slice(0, max)) add(Number(year), u);
  }
  const capped = yearlyCap!.kinds.includes(kind);
  let sum: Range = { min: 0, max: 0 };
  for (const r of years.values()) {
    const c = capped ? yearlyCap!.cap : Infinity;
    sum = { min: sum.min + Math.min(r.min, c), max: sum.max + Math.min(r.max, c) };
  }
  return sum;
};

/** One engine with the rules, reused for every run as the library intends. */
export const jinshanRulesEngine = () => {
  const engine = new Engine(jinshanRules, { allowUndefinedFacts: true });
  return async ({ applicant, facts, asOf }: Profile): Promise<Range> => {
    const who = applicantFacts(applicant);
    const asOfDay = dayNumber(asOf);
    const paid: Paid[] = [];
    let excluded = false;
    for (const fact of facts as Fact[]) {
      const date = fact.date ?? asOf;
      const { events } = await engine.run({ ...fact, ...who, day: dayNumber(date), asOfDay });
      for (const e of events) {
        if (e.type === "excluded") excluded = true;
        if (e.type !== "pay") continue;
        const p = e.params as { item: string; min: number; max: number; perUnit: boolean };
        paid.push({
          item: p.item,
          year: Number(date.slice(0, 4)),
          units: p.perUnit ? (fact.count ?? 1) : 1,
          perUnit: { min: p.min, max: p.max },
          revise: fact.action === "revise",
        });
      }
    }
    return excluded ? { min: 0, max: 0 } : total(paid, applicant.kind);
  };
};
