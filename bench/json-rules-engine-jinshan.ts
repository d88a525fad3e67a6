/**
 * The yardstick for the engine benchmark: 金山区 written the way json-rules-engine's users write it.
 *
 * - The integrator turns a profile's stated facts into plain runtime facts, as a form would post
 *   them: for each kind of achievement the policy distinguishes (a fact type with the options its
 *   rules read, e.g. `standard-project|role=lead|scope=national`), how many the applicant claims
 *   (dated in the window, not after the calculation date); and the applicant's attributes, with
 *   what an applicant who said nothing is taken to be.
 * - One Engine, every rule added once: a JSON rule per item — the applicant's kind and
 *   organisation type, the calculation date inside the window, "at least one of these kinds of
 *   achievement" — with the standard operators on plain facts, and an event carrying the amount;
 *   and one rule for the exclusions.
 * - One `engine.run(facts)` per profile.
 * - Plain code afterwards, per organisation and year, written from the text rather than from
 *   src/engine: 第十四条's revision share, 第二十三条（二）就高不就低 (the highest level of the year,
 *   every award of that level), 第二十二条 once a year, at most five standards projects (the best),
 *   at most 100 万元.
 *
 * The kinds of achievement and the rules are generated from policies/jinshan.ts so both engines
 * pay for exactly the same items. It computes the total per profile only (no lines, reasons or
 * explanations).
 */
import { Engine, type NestedCondition, type RuleProperties } from "json-rules-engine";
import { jinshan } from "../policies/jinshan";
import type { Applicant, Fact, Item, Range, Scalar } from "../src/engine/types";
import type { Profile } from "./cohort";

const dayNumber = (iso: string) => Number(iso.replaceAll("-", ""));
const { from, to } = jinshan.effective;

/** Applicant attributes, prefixed (achievement keys never start so), with the questionnaire's defaults. */
const applicantFacts = (a: Applicant) => ({
  applicant_kind: a.kind,
  applicant_orgType: a.orgType ?? "enterprise",
  applicant_fundedBy: a.fundedBy ?? "self",
  applicant_creditGood: a.creditGood ?? true,
  applicant_seriousViolation: a.seriousViolation ?? false,
});

// ------------------------------------------------------------- kinds of achievement

/**
 * What an item reads of a fact of one type: its `where` inputs and its conditions' inputs (all of
 * 金山区's conditions are equalities), in name order — the fact's "shape" for that item. A form
 * posts each stated fact once per shape of its type, as one kind of achievement per combination
 * of values (`standard-project|role=lead|scope=national`); a boolean left unticked is false.
 */
const shapeOf = (item: Item, where: Record<string, unknown> | undefined) =>
  [...new Set([...Object.keys(where ?? {}), ...(item.conditions ?? []).map((c) => c.input)])].sort();

const shapesByType = new Map<string, string[][]>();
for (const item of jinshan.items) {
  for (const m of item.facts) {
    const shapes = shapesByType.get(m.type) ?? [];
    const shape = shapeOf(item, m.where);
    if (!shapes.some((s) => s.join() === shape.join())) shapes.push(shape);
    shapesByType.set(m.type, shapes);
  }
}
const booleanInputs = new Set(
  jinshan.items.flatMap((i) => [
    ...i.facts.flatMap((m) => Object.entries(m.where ?? {}).filter(([, v]) => typeof [v].flat()[0] === "boolean").map(([k]) => k)),
    ...(i.conditions ?? []).filter((c) => typeof c.value === "boolean").map((c) => c.input),
  ]),
);

const keyOf = (type: string, shape: string[], value: (input: string) => Scalar | undefined) =>
  [type, ...shape.map((input) => `${input}=${String(value(input))}`)].join("|");

/** The kinds of achievement a stated fact is, one per shape of its type. */
const factKeys = (fact: Fact): string[] =>
  shapesByType.get(fact.type)!.map((shape) => keyOf(fact.type, shape, (input) => fact[input] ?? (booleanInputs.has(input) ? false : undefined)));

/** The kinds of achievement an item pays for: each value its matches list, with its conditions' values. */
const itemKeys = (item: Item): string[] =>
  item.facts.flatMap((m) => {
    const shape = shapeOf(item, m.where);
    let combos: Record<string, Scalar>[] = [{}];
    for (const input of shape) {
      const condition = item.conditions?.find((c) => c.input === input);
      const values = condition ? [condition.value] : [m.where![input]!].flat();
      combos = combos.flatMap((c) => values.map((v) => ({ ...c, [input]: v })));
    }
    return combos.map((c) => keyOf(m.type, shape, (input) => c[input]));
  });

/** An item's amount as its rule's event carries it. */
interface Pay {
  item: string;
  min: number;
  max: number;
  perUnit: boolean;
}

const payOf = (item: Item): Pay | null => {
  const a = item.amount;
  return a.kind === "fixed" || a.kind === "upTo" ? { item: item.id, min: a.kind === "fixed" ? a.yuan : 0, max: a.yuan, perUnit: !item.once } : null;
};

/** Whom the item pays (第五条: 组织 or 个人; 第十四条（五）: 社团组织 only); an unstated organisation type is an enterprise. */
const admits = (item: Item, a: Applicant) =>
  item.who.kinds.includes(a.kind) && (!item.who.orgTypes || a.kind !== "organization" || item.who.orgTypes.includes(a.orgType ?? "enterprise"));

// ------------------------------------------------------------- rules

const keysByItem = new Map(jinshan.items.map((i) => [i.id, itemKeys(i)]));

/**
 * One rule per item, with no condition the item does not add: the kind of applicant only where the
 * item is not for every kind the policy serves, the organisation type only where it names some.
 */
const itemRule = (item: Item): RuleProperties => {
  const stated: NestedCondition[] = keysByItem.get(item.id)!.map((key) => ({ fact: key, operator: "greaterThan", value: 0 }));
  const forEveryKind = jinshan.applicants.kinds.every((k) => item.who.kinds.includes(k));
  const conditions: NestedCondition[] = [
    stated.length === 1 ? stated[0]! : { any: stated },
    ...(forEveryKind ? [] : [{ fact: "applicant_kind", operator: "in", value: item.who.kinds }]),
    ...(item.who.orgTypes ? [{ fact: "applicant_orgType", operator: "in", value: item.who.orgTypes }] : []),
  ];
  const pay = payOf(item);
  return { name: item.id, conditions: { all: conditions }, event: pay ? { type: "pay", params: { ...pay } } : { type: "unquantified", params: { item: item.id } } };
};

/** The policy is in force on the calculation date (第二十七条), or nothing is paid. */
const notInForceRule: RuleProperties = {
  name: "not-in-force",
  conditions: {
    any: [
      { fact: "asOfDay", operator: "lessThan", value: dayNumber(from) },
      { fact: "asOfDay", operator: "greaterThan", value: dayNumber(to!) },
    ],
  },
  event: { type: "excluded" },
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

/** One rule per item (66 rules with the two below). */
export const jinshanItemRules: RuleProperties[] = [...jinshan.items.map(itemRule), notInForceRule, exclusionRule];

/**
 * One rule per kind of fact the policy reads (“a 标准领跑者 is stated”), 17 rules with the two
 * below. json-rules-engine's cost is per rule — every run deep-clones each rule's conditions into a
 * result and settles them through promises, whether or not it can match — so its users keep rules
 * few; which of the type's items pays, for whom, is then read off the event in plain code.
 */
const itemsByType = new Map<string, Item[]>();
for (const item of jinshan.items) {
  for (const type of new Set(item.facts.map((m) => m.type))) itemsByType.set(type, [...(itemsByType.get(type) ?? []), item]);
}
const typeRule = (type: string): RuleProperties => ({
  name: type,
  conditions: { all: [{ fact: type, operator: "greaterThan", value: 0 }] },
  event: { type: "stated", params: { type } },
});
export const jinshanTypeRules: RuleProperties[] = [...[...itemsByType.keys()].map(typeRule), notInForceRule, exclusionRule];

// ------------------------------------------------------------- what the integrator posts

/** One kind of achievement in one year: stated facts, their units, and those of revised standards. */
interface Stated {
  key: string;
  year: number;
  facts: number;
  units: number;
  revisedFacts: number;
  revisedUnits: number;
}

const { items: revisedItems, percent: revisedPercent, when: revisedWhen } = jinshan.limits.find((l) => l.kind === "revisionShare")!;

/**
 * The runtime facts of one profile: how many facts of each type (for a rule per type) or of each
 * kind of achievement (for a rule per item) are claimable — dated in the window and not after the
 * calculation date; undated means on it — and, per year and kind, for the plain code after the run.
 */
const posted = (applicant: Applicant, facts: Fact[], asOf: string, rules: "item" | "type") => {
  const counts: Record<string, number> = {};
  const byYear: Stated[] = [];
  for (const fact of facts) {
    const date = fact.date ?? asOf;
    // A fact of a type no rule reads, or outside the window, is not posted.
    if (!shapesByType.has(fact.type) || date < from || date > asOf) continue;
    const year = Number(date.slice(0, 4));
    const units = fact.count ?? 1;
    const revised = fact[revisedWhen.input] === revisedWhen.value;
    if (rules === "type") counts[fact.type] = (counts[fact.type] ?? 0) + 1;
    for (const key of factKeys(fact)) {
      if (rules === "item") counts[key] = (counts[key] ?? 0) + 1;
      let s = byYear.find((x) => x.key === key && x.year === year);
      if (!s) byYear.push((s = { key, year, facts: 0, units: 0, revisedFacts: 0, revisedUnits: 0 }));
      s.facts++;
      s.units += units;
      if (revised) {
        s.revisedFacts++;
        s.revisedUnits += units;
      }
    }
  }
  return { runtime: { ...applicantFacts(applicant), asOfDay: dayNumber(asOf), ...counts }, byYear };
};

// ------------------------------------------------------------- 第二十三条 in plain code

/** What one item pays in one year: units at one per-unit amount (a revised standard is a separate entry). */
interface Paid {
  item: string;
  year: number;
  units: number;
  perUnit: Range;
}

const limitsOf = <K extends string>(kind: K) =>
  jinshan.limits.filter((l) => l.kind === kind) as Extract<(typeof jinshan.limits)[number], { kind: K }>[];
const countLimits = limitsOf("maxCount");
const [yearlyCap] = limitsOf("policyCap");
const levelGroups = limitsOf("highestOnly");
const LEVELS = ["national", "provincial", "city", "district"];
const levelByItem = new Map(jinshan.items.map((i) => [i.id, i.level ? LEVELS.indexOf(i.level) : LEVELS.length]));
/** "Pays more": the larger maximum, then the larger certain part. */
const byMax = (a: Range, b: Range) => b.max - a.max || b.min - a.min;

/** One year of one applicant, after the rules: 就高不就低 by level, the counts, then the 100 万 cap. */
const yearTotal = (paid: Paid[], kind: Applicant["kind"]): Range => {
  let kept = paid;
  for (const group of levelGroups) {
    if (group.kinds && !group.kinds.includes(kind)) continue;
    let top = Infinity;
    for (const p of kept) if (group.items.includes(p.item)) top = Math.min(top, levelByItem.get(p.item)!);
    kept = kept.filter((p) => !group.items.includes(p.item) || levelByItem.get(p.item) === top);
  }
  const sum = { min: 0, max: 0 };
  const counted = countLimits.map((): Range[] => []);
  for (const p of kept) {
    const c = countLimits.findIndex((l) => l.items.includes(p.item));
    if (c >= 0) for (let u = 0; u < p.units; u++) counted[c]!.push(p.perUnit);
    else {
      sum.min += p.perUnit.min * p.units;
      sum.max += p.perUnit.max * p.units;
    }
  }
  counted.forEach((units, c) => {
    for (const u of units.sort(byMax).slice(0, countLimits[c]!.max)) {
      sum.min += u.min;
      sum.max += u.max;
    }
  });
  if (!yearlyCap!.kinds.includes(kind)) return sum;
  return { min: Math.min(sum.min, yearlyCap!.cap), max: Math.min(sum.max, yearlyCap!.cap) };
};

const total = (paid: Paid[], kind: Applicant["kind"]): Range => {
  const years = new Map<number, Paid[]>();
  for (const p of paid) {
    const year = years.get(p.year);
    if (year) year.push(p);
    else years.set(p.year, [p]);
  }
  const sum = { min: 0, max: 0 };
  for (const year of years.values()) {
    const r = yearTotal(year, kind);
    sum.min += r.min;
    sum.max += r.max;
  }
  return sum;
};

/** Per unit, a revised standard is supported up to half of what making it would be (第十四条). */
const revisedRange = (min: number, max: number): Range => {
  const ceiling = Math.floor((max * revisedPercent) / 100);
  return { min: Math.min(min, ceiling), max: ceiling };
};

// ------------------------------------------------------------- one run per profile

/** What one item pays per year for the kinds of achievement it reads (a revised standard at its 第十四条 ceiling). */
const payItem = (p: Pay, byYear: Stated[], paid: Paid[]) => {
  const keys = keysByItem.get(p.item)!;
  const revisable = revisedItems.includes(p.item);
  for (const s of byYear) {
    if (!keys.includes(s.key)) continue;
    const [units, revisedUnits] = p.perUnit ? [s.units, s.revisedUnits] : [s.facts, s.revisedFacts];
    const plain = revisable ? units - revisedUnits : units;
    if (plain > 0) paid.push({ item: p.item, year: s.year, units: plain, perUnit: { min: p.min, max: p.max } });
    if (revisable && revisedUnits > 0) paid.push({ item: p.item, year: s.year, units: revisedUnits, perUnit: revisedRange(p.min, p.max) });
  }
};

/**
 * One engine with the rules (`item`: a rule per item; `type`: a rule per kind of fact), reused for
 * every run as the library intends; one `engine.run` per profile, then 第二十三条 in plain code.
 */
export const jinshanRulesEngine = (rules: "item" | "type") => {
  const engine = new Engine(rules === "item" ? jinshanItemRules : jinshanTypeRules, { allowUndefinedFacts: true });
  return async ({ applicant, facts, asOf }: Profile): Promise<Range> => {
    const { runtime, byYear } = posted(applicant, facts, asOf, rules);
    const { events } = await engine.run(runtime);
    if (events.some((e) => e.type === "excluded")) return { min: 0, max: 0 };
    const paid: Paid[] = [];
    for (const e of events) {
      if (e.type === "pay") payItem(e.params as Pay, byYear, paid);
      if (e.type !== "stated") continue;
      for (const item of itemsByType.get((e.params as { type: string }).type)!) {
        const p = payOf(item);
        if (p && admits(item, applicant)) payItem(p, byYear, paid);
      }
    }
    return total(paid, applicant.kind);
  };
};
