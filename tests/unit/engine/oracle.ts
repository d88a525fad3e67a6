/**
 * The most a profile can be paid under a policy's limits, found by trying every choice the limits
 * leave open — written from the limit kinds' definitions, independently of src/engine/limits.ts.
 *
 * Only the price of each line before any limit comes from the engine (evaluated with the limits
 * removed; the policy tables check those prices by hand). Then every way of keeping one honour per
 * 就高 group (one line, or one item's lines) and every way of spending a count limit's N units is tried; the revision share, group
 * caps (nested or disjoint) and the yearly policy cap are applied to each; the best total — most at
 * most, then most for certain — is the answer the engine must reach.
 */
import { evaluate } from "@/engine";
import type { Fact, Item, Limit, Policy, Range } from "@/engine/types";
import type { Profile } from "./arbitraries";

interface Priced {
  item: Item;
  fact: Fact;
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

const unlimited = new WeakMap<Policy, Policy>();
/** The policy without its limits, made once: the engine indexes (and hashes) each policy object once. */
const withoutLimits = (policy: Policy): Policy => {
  let p = unlimited.get(policy);
  if (!p) unlimited.set(policy, (p = { ...policy, limits: [] }));
  return p;
};

export const optimum = (policy: Policy, profile: Profile): Range => {
  const open = evaluate({ policy: withoutLimits(policy), ...profile }, { explain: false });
  const items = new Map(policy.items.map((i) => [i.id, i]));
  const lines: Priced[] = open.lines
    .filter((l) => l.status === "payable")
    .map((l) => ({
      item: items.get(l.item)!,
      fact: profile.facts[l.fact]!,
      year: l.year,
      units: l.units,
      perUnit: { min: l.gross.min / l.units, max: l.gross.max / l.units },
    }));
  const scope = (per: "year" | "policy") => (l: Priced) => (per === "year" ? l.year : 0);
  const binds = (l: Limit) => l.kind !== "highestOnly" || !l.kinds || l.kinds.includes(profile.applicant.kind);

  // Each open choice lists the alternatives: how many units each of its lines keeps.
  const choices: { lines: Priced[]; options: number[][] }[] = [];
  for (const lim of policy.limits.filter(binds)) {
    if (lim.kind !== "highestOnly" && lim.kind !== "maxCount") continue;
    for (const group of groupsOf(
      lines.filter((l) => lim.items.includes(l.item.id)),
      scope(lim.per),
    )) {
      const units = group.map((l) => l.units);
      // 就高: one honour stays — one line, or with `among: "items"` every line of one item.
      const rival = (l: Priced) => (lim.kind === "highestOnly" && lim.among === "items" ? l.item.id : l);
      const rivals = [...new Set(group.map(rival))];
      const options =
        lim.kind === "highestOnly"
          ? rivals.map((keep) => group.map((l) => (rival(l) === keep ? l.units : 0)))
          : spreads(units, Math.min(lim.max, units.reduce((s, u) => s + u, 0)));
      choices.push({ lines: group, options });
    }
  }

  const root = capTree(policy, profile.applicant.kind);
  const fixedUp = lines.map((l) => ({ l, unit: revised(policy.limits, l), node: nodeOf(root, l.item.id) }));
  const index = new Map(lines.map((l, i) => [l, i]));
  let best: Range = { min: 0, max: 0 };
  // An odometer over the choices: digit c says which option choice c takes.
  const digits = choices.map(() => 0);
  for (;;) {
    const kept = lines.map((l) => l.units);
    digits.forEach((d, c) => choices[c]!.lines.forEach((l, i) => (kept[index.get(l)!] = choices[c]!.options[d]![i]!)));
    const years = new Map<number, Map<CapNode, Range>>();
    fixedUp.forEach(({ l, unit, node }, i) => {
      const own = years.get(l.year) ?? years.set(l.year, new Map()).get(l.year)!;
      const was = own.get(node) ?? { min: 0, max: 0 };
      own.set(node, { min: was.min + unit.min * kept[i]!, max: was.max + unit.max * kept[i]! });
    });
    const total = sum([...years.values()].map((own) => through(root, own)));
    if (better(total, best)) best = total;
    let c = 0;
    while (c < digits.length && ++digits[c]! === choices[c]!.options.length) digits[c++] = 0;
    if (c === digits.length) break;
  }
  return best;
};
