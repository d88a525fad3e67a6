/**
 * The most a profile can be paid under a policy, found by trying every choice the limits leave
 * open — written from the definitions of dates, applicant requirements and limit kinds,
 * independently of src/engine/dates.ts, evaluate.ts and limits.ts.
 *
 * Only the price of each line before any limit comes from the engine, evaluated on a bare copy of
 * the policy: no limits, no applicant requirements (`who.attributes`), no claim dating and a window
 * open on both sides (the policy tables check those prices by hand). Then this file decides on its
 * own whether the policy is in force on the calculation date, whether each fact's claim falls in
 * the window and is open by then (a stock or a last-year event is claimed in the next year), and
 * whether the applicant is what the item requires (a requirement left unanswered is “no”). Then
 * every way of keeping one line per 就高 group and every way of spending a count limit's units (at
 * most N in all, and at most `maxPerYear` in any year; a unit is a project, and the lines of one fact
 * that one same-matter rule covers are one project, kept or dropped together) is tried; lines below the highest level of a
 * group ranked by level are dropped; the revision share, the same-matter rule (only the best line
 * of one fact stays certain), group caps (nested or disjoint) and the yearly policy cap are applied
 * to each; the best total — most at most, then most for certain — is the answer the engine must
 * reach.
 */
import { evaluate } from "@/engine";
import type { Applicant, Fact, FactMatch, Item, Limit, Policy, Range, Scalar } from "@/engine/types";
import type { Profile } from "./arbitraries";

interface Priced {
  item: Item;
  fact: Fact;
  factIndex: number;
  /** The claim year, as this file works it out. */
  year: number;
  units: number;
  perUnit: Range;
}

const sum = (rs: Range[]): Range => ({ min: rs.reduce((s, r) => s + r.min, 0), max: rs.reduce((s, r) => s + r.max, 0) });
const better = (a: Range, b: Range) => a.max > b.max || (a.max === b.max && a.min > b.min);
const capAt = (r: Range, cap: number): Range => ({ min: Math.min(r.min, cap), max: Math.min(r.max, cap) });

const groupsOf = <T>(xs: T[], key: (x: T) => number): T[][] => {
  const m = new Map<number, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return [...m.values()];
};

/** Every way of keeping `n` units among lines holding `units[i]` each, as unit counts per line. */
const spreads = (units: number[], n: number): number[][] => {
  if (units.length === 0) return n === 0 ? [[]] : [];
  const [first, ...rest] = units as [number, ...number[]];
  const restMax = rest.reduce((s, u) => s + u, 0);
  const out: number[][] = [];
  for (let k = Math.max(0, n - restMax); k <= Math.min(first, n); k++) for (const tail of spreads(rest, n - k)) out.push([k, ...tail]);
  return out;
};

/** 修订 … 不高于制定上限的 N%: the unit price of a revision. */
const revised = (limits: Limit[], l: Priced): Range => {
  let r = l.perUnit;
  for (const lim of limits) {
    if (lim.kind !== "revisionShare" || !lim.items.includes(l.item.id) || l.fact[lim.when.input] !== lim.when.value) continue;
    const a = l.item.amount;
    const formulationCeiling = a.kind === "fixed" || a.kind === "upTo" ? a.yuan : r.max;
    r = capAt(r, Math.floor((formulationCeiling * lim.percent) / 100));
  }
  return r;
};

interface CapNode {
  cap: number;
  items: ReadonlySet<string> | null;
  children: CapNode[];
}

/** Group caps as a tree (they are nested or disjoint), under the policy cap or no cap at the root. */
const capTree = (policy: Policy, kind: Profile["applicant"]["kind"]): CapNode => {
  const caps = policy.limits
    .filter((l): l is Extract<Limit, { kind: "groupCap" }> => l.kind === "groupCap")
    .sort((a, b) => b.items.length - a.items.length);
  const policyCap = policy.limits.find((l): l is Extract<Limit, { kind: "policyCap" }> => l.kind === "policyCap" && l.kinds.includes(kind));
  const root: CapNode = { cap: policyCap?.cap ?? Infinity, items: null, children: [] };
  for (const c of caps) {
    let parent = root;
    for (let inside = true; inside; ) {
      const next = parent.children.find((n) => c.items.every((i) => n.items!.has(i)));
      inside = next !== undefined;
      if (next) parent = next;
    }
    parent.children.push({ cap: c.cap, items: new Set(c.items), children: [] });
  }
  return root;
};

/** The deepest cap a line's item falls under. */
const nodeOf = (root: CapNode, item: string): CapNode => {
  const child = root.children.find((n) => n.items!.has(item));
  return child ? nodeOf(child, item) : root;
};

/** Each cap holds the sum beneath it: its own lines plus what the caps inside it let through. */
const through = (node: CapNode, own: Map<CapNode, Range>): Range =>
  capAt(sum([own.get(node) ?? { min: 0, max: 0 }, ...node.children.map((n) => through(n, own))]), node.cap);

const bare = new WeakMap<Policy, Policy>();
/** The policy with nothing but prices, made once: the engine indexes (and hashes) each policy object once. */
const pricesOnly = (policy: Policy): Policy => {
  let p = bare.get(policy);
  if (!p) {
    const { retroactiveFrom: _r, ...effective } = policy.effective;
    p = {
      ...policy,
      limits: [],
      effective: { ...effective, from: "0001-01-01", to: null },
      items: policy.items.map(({ who: { attributes: _a, ...who }, facts, ...item }) => ({
        ...item,
        who,
        facts: facts.map(({ dating: _d, ...m }) => m),
      })),
    };
    bare.set(policy, p);
  }
  return p;
};

const listed = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** The match an item reads a fact by: the first whose type and `where` fit (an unticked box is false). */
const matchOf = (item: Item, fact: Fact): FactMatch | undefined =>
  item.facts.find(
    (m) =>
      m.type === fact.type &&
      Object.entries(m.where ?? {}).every(([k, v]) => listed(v).includes(fact[k] ?? (typeof listed(v)[0] === "boolean" ? false : "")!)),
  );

const year = (iso: string) => Number(iso.slice(0, 4));

/**
 * The calendar year a fact is claimed in, or null when the claim cannot be made on `asOf`: dated
 * after it, outside the window, or claimed in a year that has not begun (a loan repaid in 2024 is
 * claimed from 2025-01-01, or from the window's first day if that is later in 2025).
 */
const claimYearOf = (policy: Policy, fact: Fact, next: boolean, asOf: string): number | null => {
  const { from, to, retroactiveFrom } = policy.effective;
  const start = retroactiveFrom ?? from;
  const date = fact.date ?? (next ? `${String(year(asOf) - 1).padStart(4, "0")}-12-31` : asOf);
  if (date > asOf) return null;
  const claimed = year(date) + (next ? 1 : 0);
  if (claimed < year(start) || (to !== null && claimed > year(to))) return null;
  const opens = !next ? date : claimed === year(start) ? start : `${claimed}-01-01`;
  if (opens < start || (to !== null && opens > to) || opens > asOf) return null;
  return claimed;
};

/** What the clause requires of the applicant; an attribute left unanswered is “no”, as on the questionnaire. */
const applicantFits = (item: Item, applicant: Applicant): boolean =>
  (item.who.attributes ?? []).every((a) => (applicant[a.attribute] ?? (typeof a.value === "boolean" ? false : undefined)) === a.value);

const LEVEL_ORDER = ["national", "provincial", "city", "district"];

export const optimum = (policy: Policy, profile: Profile): Range => {
  const { from, to } = policy.effective;
  if (profile.asOf < from || (to !== null && profile.asOf > to)) return { min: 0, max: 0 };
  const open = evaluate({ policy: pricesOnly(policy), ...profile }, { explain: false });
  const items = new Map(policy.items.map((i) => [i.id, i]));
  const lines: Priced[] = open.lines.flatMap((l) => {
    const item = items.get(l.item)!;
    const fact = profile.facts[l.fact]!;
    const claimed = claimYearOf(policy, fact, matchOf(item, fact)?.dating !== undefined, profile.asOf);
    if (l.status !== "payable" || claimed === null || !applicantFits(item, profile.applicant)) return [];
    return [{ item, fact, factIndex: l.fact, year: claimed, units: l.units, perUnit: { min: l.gross.min / l.units, max: l.gross.max / l.units } }];
  });
  const scope = (per: "year" | "policy") => (l: Priced) => (per === "year" ? l.year : 0);
  const binds = (l: Limit) => l.kind !== "highestOnly" || !l.kinds || l.kinds.includes(profile.applicant.kind);

  // 就高 by level: lines below the highest level of their group's year are never paid — no choice.
  const levelOf = (l: Priced) => LEVEL_ORDER.indexOf(l.item.level!);
  const belowTop = new Set<Priced>();
  for (const lim of policy.limits.filter(binds)) {
    if (lim.kind !== "highestOnly" || lim.by !== "level") continue;
    for (const group of groupsOf(lines.filter((l) => lim.items.includes(l.item.id)), scope(lim.per))) {
      const top = Math.min(...group.map(levelOf));
      for (const l of group) if (levelOf(l) > top) belowTop.add(l);
    }
  }

  const sameMatters = policy.limits.filter((l): l is Extract<Limit, { kind: "sameMatter" }> => l.kind === "sameMatter");
  // Each open choice lists the alternatives: how many units each of its lines keeps.
  const choices: { lines: Priced[]; options: number[][] }[] = [];
  for (const lim of policy.limits.filter(binds)) {
    if (!(lim.kind === "highestOnly" && lim.by !== "level") && lim.kind !== "maxCount") continue;
    for (const group of groupsOf(
      lines.filter((l) => lim.items.includes(l.item.id)),
      scope(lim.per),
    )) {
      if (lim.kind === "highestOnly") {
        // 就高: one line stays, whole.
        choices.push({ lines: group, options: group.map((keep) => group.map((l) => (l === keep ? l.units : 0))) });
        continue;
      }
      // A count counts projects: one fact's lines under one same-matter rule are one project per unit, kept whole.
      const projects: Priced[][] = [];
      for (const l of group) {
        const mine = projects.find((p) => p[0]!.factIndex === l.factIndex && sameMatters.some((sm) => p.every((o) => sm.items.includes(o.item.id)) && sm.items.includes(l.item.id)));
        if (mine) mine.push(l);
        else projects.push([l]);
      }
      const projectUnits = projects.map((p) => Math.max(...p.map((l) => l.units)));
      // At most N in all, and at most maxPerYear in any one year.
      const perYear = lim.maxPerYear ?? Infinity;
      const inYears = groupsOf(
        projects.map((p, i) => ({ year: p[0]!.year, units: projectUnits[i]! })),
        (p) => p.year,
      ).map((ps) => Math.min(perYear, ps.reduce((s, p) => s + p.units, 0)));
      const n = Math.min(lim.max, inYears.reduce((s, u) => s + u, 0));
      const fits = (spread: number[]) =>
        groupsOf(projects.map((p, i) => ({ year: p[0]!.year, k: spread[i]! })), (p) => p.year).every((ys) => ys.reduce((s, { k }) => s + k, 0) <= perYear);
      const asLines = (spread: number[]) => group.map((l) => Math.min(l.units, spread[projects.findIndex((p) => p.includes(l))]!));
      choices.push({ lines: group, options: spreads(projectUnits, n).filter(fits).map(asLines) });
    }
  }
  const root = capTree(policy, profile.applicant.kind);
  const fixedUp = lines.map((l) => ({ l, unit: revised(policy.limits, l), node: nodeOf(root, l.item.id) }));
  const index = new Map(lines.map((l, i) => [l, i]));
  let best: Range = { min: 0, max: 0 };
  // An odometer over the choices: digit c says which option choice c takes.
  const digits = choices.map(() => 0);
  for (;;) {
    const kept = lines.map((l) => (belowTop.has(l) ? 0 : l.units));
    digits.forEach((d, c) => choices[c]!.lines.forEach((l, i) => (kept[index.get(l)!] = choices[c]!.options[d]![i]!)));
    const paid = fixedUp.map(({ unit }, i) => ({ min: unit.min * kept[i]!, max: unit.max * kept[i]! }));
    // 同一事项: of one fact's lines under the rule, only the largest certain part stays certain.
    for (const sm of sameMatters) {
      const ofFact = groupsOf(
        lines.map((l, i) => ({ l, i })).filter(({ l, i }) => kept[i]! > 0 && sm.items.includes(l.item.id)),
        ({ l }) => l.factIndex,
      );
      for (const g of ofFact) {
        const sure = g.reduce((a, b) => (paid[b.i]!.min > paid[a.i]!.min ? b : a));
        for (const { i } of g) if (i !== sure.i) paid[i] = { min: 0, max: paid[i]!.max };
      }
    }
    const years = new Map<number, Map<CapNode, Range>>();
    fixedUp.forEach(({ l, node }, i) => {
      const own = years.get(l.year) ?? years.set(l.year, new Map()).get(l.year)!;
      const was = own.get(node) ?? { min: 0, max: 0 };
      own.set(node, { min: was.min + paid[i]!.min, max: was.max + paid[i]!.max });
    });
    const total = sum([...years.values()].map((own) => through(root, own)));
    if (better(total, best)) best = total;
    let c = 0;
    while (c < digits.length && ++digits[c]! === choices[c]!.options.length) digits[c++] = 0;
    if (c === digits.length) break;
  }
  return best;
};
