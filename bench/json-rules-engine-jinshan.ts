/**
 * The yardstick for the engine benchmark: 金山区 written the way json-rules-engine's users write it.
 *
 * - One Engine, every rule added once: a JSON rule per item (the applicant's kind and organisation
 *   type, the calculation date inside the policy's window, and "some stated fact is one this item
 *   pays for"), an event carrying the amount; and a rule for the exclusions.
 * - One `engine.run(facts)` per applicant profile, the runtime facts being the applicant's
 *   attributes, the calculation date and the list of stated facts.
 * - json-rules-engine has no condition on "one element of a list meets all of these", so the list
 *   is read through a dynamic fact with params (`stated`, params `{ item }`), the pattern its
 *   README and maintainers give for arrays of objects (json-rules-engine issues #86, #251): it
 *   returns the stated facts that item pays for, which come back on the rule result as the
 *   condition's `factResult`. It is given a higher priority so a rule whose list is empty stops
 *   there, and no cache (every params object is different, so hashing it only costs).
 * - Plain code then applies 第十四条's revision share and 第二十三条 to what the rules paid.
 *
 * Rules and element tests are generated from policies/jinshan.ts so both engines pay for exactly
 * the same items; the plain-code limits are written from the text, not from src/engine. It
 * computes the total per profile only (no lines, reasons or explanations).
 */
import { Engine, type RuleProperties, type RuleResult, type TopLevelCondition } from "json-rules-engine";
import { jinshan } from "../policies/jinshan";
import type { Applicant, Condition, Fact, Item, Range, Scalar } from "../src/engine/types";
import type { Profile } from "./cohort";

const dayNumber = (iso: string) => Number(iso.replaceAll("-", ""));
const { from, to, retroactiveFrom } = jinshan.effective;

/** Applicant attributes, with what an applicant who said nothing is taken to be. */
const applicantFacts = (a: Applicant) => ({
  applicant_kind: a.kind,
  applicant_orgType: a.orgType ?? "enterprise",
  applicant_fundedBy: a.fundedBy ?? "self",
  applicant_creditGood: a.creditGood ?? true,
  applicant_seriousViolation: a.seriousViolation ?? false,
});

// ------------------------------------------------------------- which stated facts an item pays for

/** What an item asks of one stated fact: its type and inputs (one of its matches), its conditions. */
interface Wanted {
  matches: { type: string; where: [string, Scalar[]][] }[];
  conditions: Pick<Condition, "input" | "op" | "value">[];
}

/** A boolean the applicant did not tick is false. */
const valueOf = (fact: Fact, input: string, expected: Scalar) => fact[input] ?? (typeof expected === "boolean" ? false : undefined);

const holds = (fact: Fact, c: Wanted["conditions"][number]) => {
  const v = valueOf(fact, c.input, c.value);
  return c.op === "eq" ? v === c.value : typeof v === "number" && (c.op === "gte" ? v >= (c.value as number) : v < (c.value as number));
};

/** In the window (an undated fact happens on the calculation date), not after asOf, and of the item. */
const isWanted = (fact: Fact, asOf: string, w: Wanted): boolean => {
  const date = fact.date ?? asOf;
  return (
    date >= (retroactiveFrom ?? from) &&
    date <= to! &&
    date <= asOf &&
    w.matches.some((m) => m.type === fact.type && m.where.every(([k, vs]) => vs.includes(valueOf(fact, k, vs[0]!) as Scalar))) &&
    w.conditions.every((c) => holds(fact, c))
  );
};

const wantedBy = new Map<string, Wanted>(
  jinshan.items.map((item) => [
    item.id,
    {
      matches: item.facts.map((m) => ({ type: m.type, where: Object.entries(m.where ?? {}).map(([k, v]) => [k, [v].flat()]) })),
      conditions: (item.conditions ?? []).map(({ input, op, value }) => ({ input, op, value })),
    },
  ]),
);

// ------------------------------------------------------------- rules

const itemRule = (item: Item): RuleProperties => {
  const a = item.amount;
  const pays = a.kind === "fixed" || a.kind === "upTo";
  return {
    name: item.id,
    conditions: {
      all: [
        { fact: "applicant_kind", operator: "in", value: item.who.kinds },
        ...(item.who.orgTypes ? [{ fact: "applicant_orgType", operator: "in", value: item.who.orgTypes }] : []),
        { fact: "asOfDay", operator: "greaterThanInclusive", value: dayNumber(from) },
        { fact: "asOfDay", operator: "lessThanInclusive", value: dayNumber(to!) },
        { fact: "stated", params: { item: item.id }, operator: "isNotEmpty", value: true },
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

// ------------------------------------------------------------- 第二十三条 in plain code

interface Paid {
  item: string;
  year: number;
  units: number;
  perUnit: Range;
  revise: boolean;
}

const limitsOf = <K extends string>(kind: K) =>
  jinshan.limits.filter((l) => l.kind === kind) as Extract<(typeof jinshan.limits)[number], { kind: K }>[];
const [revision] = limitsOf("revisionShare");
const [fivePerYear] = limitsOf("maxCount");
const [yearlyCap] = limitsOf("policyCap");
const highestOnly = limitsOf("highestOnly");

/** "Pays more": the larger maximum, then the larger certain part. */
const byMax = (a: Range, b: Range) => b.max - a.max || b.min - a.min;

/**
 * One year of one organisation (or one individual): at most five standards projects, the best
 * ones; then at most 100 万元 for an organisation.
 */
const yearTotal = (paid: Paid[], capped: boolean): Range => {
  const sum = { min: 0, max: 0 };
  const projects: Range[] = [];
  for (const p of paid) {
    if (fivePerYear!.items.includes(p.item)) for (let u = 0; u < p.units; u++) projects.push(p.perUnit);
    else {
      sum.min += p.perUnit.min * p.units;
      sum.max += p.perUnit.max * p.units;
    }
  }
  for (const u of projects.sort(byMax).slice(0, fivePerYear!.max)) {
    sum.min += u.min;
    sum.max += u.max;
  }
  return capped ? { min: Math.min(sum.min, yearlyCap!.cap), max: Math.min(sum.max, yearlyCap!.cap) } : sum;
};

/**
 * 就高不就低: of one year's awards in a group only one is paid. The organisation claims the one that
 * leaves it most after the yearly cap (a certain 30 万 can beat an uncertain 最高 80 万 when the
 * cap takes the difference anyway), so every way of keeping one per group is tried.
 */
const bestYear = (paid: Paid[], kind: Applicant["kind"]): Range => {
  const groups = highestOnly
    .filter((l) => !l.kinds || l.kinds.includes(kind))
    .map((l) => paid.filter((p) => l.items.includes(p.item)))
    .filter((g) => g.length > 1);
  const capped = yearlyCap!.kinds.includes(kind);
  let best: Range | null = null;
  const choose = (g: number, dropped: Set<Paid>) => {
    if (g === groups.length) {
      const total = yearTotal(
        paid.filter((p) => !dropped.has(p)),
        capped,
      );
      if (!best || byMax(total, best) < 0) best = total;
      return;
    }
    for (const keep of groups[g]!) choose(g + 1, new Set([...dropped, ...groups[g]!.filter((p) => p !== keep)]));
  };
  choose(0, new Set());
  return best!;
};

const total = (paid: Paid[], kind: Applicant["kind"]): Range => {
  for (const p of paid) {
    if (!p.revise || !revision!.items.includes(p.item)) continue;
    const ceiling = Math.floor((p.perUnit.max * revision!.percent) / 100);
    p.perUnit = { min: Math.min(p.perUnit.min, ceiling), max: ceiling };
  }
  const years = new Map<number, Paid[]>();
  for (const p of paid) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  const sum = { min: 0, max: 0 };
  for (const year of years.values()) {
    const r = bestYear(year, kind);
    sum.min += r.min;
    sum.max += r.max;
  }
  return sum;
};

// ------------------------------------------------------------- one run per profile

/** The stated facts a paying rule was satisfied by: the value its `stated` condition saw. */
const matched = (r: RuleResult): Fact[] => {
  const stated = (r.conditions as TopLevelCondition & { all: { fact?: string; factResult?: unknown }[] }).all.find(
    (c) => c.fact === "stated",
  );
  return (stated?.factResult as Fact[] | undefined) ?? [];
};

/** One engine with the rules, reused for every run as the library intends. */
export const jinshanRulesEngine = () => {
  const engine = new Engine(jinshanRules, { allowUndefinedFacts: true });
  engine.addOperator("isNotEmpty", (v: unknown[]) => v.length > 0);
  engine.addFact(
    "stated",
    async (params, almanac) => {
      const [facts, asOf] = await Promise.all([almanac.factValue<Fact[]>("facts"), almanac.factValue<string>("asOf")]);
      const wanted = wantedBy.get((params as { item: string }).item)!;
      return facts.filter((f) => isWanted(f, asOf, wanted));
    },
    { cache: false, priority: 2 },
  );
  return async ({ applicant, facts, asOf }: Profile): Promise<Range> => {
    const { results } = await engine.run({ ...applicantFacts(applicant), asOfDay: dayNumber(asOf), asOf, facts });
    if (results.some((r) => r.event?.type === "excluded")) return { min: 0, max: 0 };
    const paid: Paid[] = [];
    for (const r of results) {
      if (r.event?.type !== "pay") continue;
      const p = r.event.params as { item: string; min: number; max: number; perUnit: boolean };
      for (const fact of matched(r)) {
        paid.push({
          item: p.item,
          year: Number((fact.date ?? asOf).slice(0, 4)),
          units: p.perUnit ? (fact.count ?? 1) : 1,
          perUnit: { min: p.min, max: p.max },
          revise: fact.action === "revise",
        });
      }
    }
    return total(paid, applicant.kind);
  };
};
