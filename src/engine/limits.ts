import { compareRange, formatRange, formatWan, percentOf, range, scaleRange, ZERO } from "./money";
import { clauseRef } from "./trace";
import type { Adjustment, Applicant, Fact, GovernmentLevel, Item, Limit, LimitKind, LimitScope, Line, Range } from "./types";

/** A payable line while limits are applied: per-unit amount and how many units survive. */
export interface Working {
  line: Line;
  index: number;
  perUnit: Range;
  kept: number;
  /** Set once a cap has allocated this line's share of the total. */
  capped?: Range;
}

export interface LimitContext {
  working: Working[];
  facts: Fact[];
  applicant: Applicant;
  items: ReadonlyMap<string, Item>;
  /** Write notes and calculation steps into the lines (off while trying alternative choices). */
  explain: boolean;
  /** Which candidate each highest-only group keeps, by rank (default 0: the best on its own). */
  choice: ReadonlyMap<string, number>;
  /** Filled in by highest-only groups: how many candidates each choice point has. */
  points: Map<string, number>;
}

type Mechanism<K extends LimitKind> = (limit: Extract<Limit, { kind: K }>, ctx: LimitContext) => Adjustment[];

export const net = (w: Working): Range => w.capped ?? scaleRange(w.perUnit, w.kept);

/**
 * Best unit first; between equal units, the line with more of them. Fact order only breaks ties
 * between lines that look the same, so the order facts were entered never changes the amounts.
 */
const better = (a: Working, b: Working): number =>
  compareRange(a.perUnit, b.perUnit) || b.kept - a.kept || a.line.fact - b.line.fact;

/** Largest line (what it pays now) first. */
const larger = (a: Working, b: Working): number => compareRange(net(a), net(b)) || a.line.fact - b.line.fact;

const groupBy = <T>(xs: T[], key: (x: T) => string | number): Map<string | number, T[]> => {
  const m = new Map<string | number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
};

const itemSets = new WeakMap<{ items: string[] }, ReadonlySet<string>>();

/** A limit's items as a set, made once per limit: every applicant of a cohort asks. */
const itemSet = (limit: { items: string[] }): ReadonlySet<string> => {
  let set = itemSets.get(limit);
  if (!set) {
    set = new Set(limit.items);
    itemSets.set(limit, set);
  }
  return set;
};

const inItems = (limit: { items: string[] }, ctx: LimitContext): Working[] => {
  const items = itemSet(limit);
  return ctx.working.filter((w) => w.kept > 0 && items.has(w.line.item));
};

const scopeKey = (per: "year" | "policy") => (w: Working) => (per === "year" ? w.line.year : 0);

const yearText = (per: "year" | "policy", year: number | string) => (per === "year" ? `${year} 年` : "政策期内");

const describe = (w: Working) => `${w.line.label}（${formatRange(scaleRange(w.perUnit, w.kept))}）`;

/** `0 - 0` is `-0`, which JSON writes as 0 but Object.is and a test's toEqual tell apart. */
const negate = (n: number) => (n === 0 ? 0 : -n);

/** Words are built only when explaining: trying alternative choices and cohort totals need the figures alone. */
const adjustment = (
  ctx: LimitContext,
  limit: Limit,
  effect: Range,
  explanation: () => string,
  touched: Working[],
  year?: number,
): Adjustment => {
  const a = {
    limit: limit.id,
    clause: limit.clause,
    kind: limit.kind,
    effect: range(negate(effect.min), negate(effect.max)),
    explanation: ctx.explain ? explanation() : "",
    lines: touched.map((w) => w.index),
  } as Adjustment;
  if (year !== undefined) a.year = year;
  a.quote = limit.quote;
  return a;
};

const note = (ctx: LimitContext, w: Working, limit: Limit, text: () => string, before: Range) => {
  if (!ctx.explain) return;
  const words = text();
  w.line.notes.push(words);
  w.line.calc.push({ kind: "limit", limit: limit.id, clause: limit.clause, before, after: net(w), text: words });
};

const revisionShare: Mechanism<"revisionShare"> = (limit, ctx) => {
  const out: Adjustment[] = [];
  for (const w of inItems(limit, ctx)) {
    if (ctx.facts[w.line.fact]![limit.when.input] !== limit.when.value) continue;
    const item = ctx.items.get(w.line.item)!;
    const ceilingSource = item.amount.kind === "fixed" || item.amount.kind === "upTo" ? item.amount.yuan : w.perUnit.max;
    const ceiling = percentOf(ceilingSource, limit.percent);
    if (w.perUnit.max <= ceiling) continue;
    const before = scaleRange(w.perUnit, w.kept);
    w.perUnit = range(Math.min(w.perUnit.min, ceiling), ceiling);
    if (ctx.explain) {
      w.line.label += "（修订）";
      w.line.calc.push({ kind: "revision", percent: limit.percent, ceiling, after: w.perUnit, clause: limit.clause });
    }
    const after = scaleRange(w.perUnit, w.kept);
    out.push(
      adjustment(
        ctx,
        limit,
        range(before.min - after.min, before.max - after.max),
        () => `${clauseRef(limit.clause)}：${w.line.label}为修订项目，支持额度不高于制定上限 ${formatWan(ceilingSource)} 的 ${limit.percent}%，即每项最高 ${formatWan(ceiling)}`,
        [w],
      ),
    );
  }
  return out;
};

/** 就高 by level (`by: "level"`): national before provincial before city before district. */
const LEVEL_RANK: Readonly<Record<GovernmentLevel, number>> = { national: 0, provincial: 1, city: 2, district: 3 };

const levelOf = (ctx: LimitContext, w: Working): number => LEVEL_RANK[ctx.items.get(w.line.item)!.level!];

/** Which lines of one highest-only group (one year, or the policy period) stay, which go, and why they go. */
interface Kept {
  kept: Working[];
  dropped: Working[];
  why: string;
}

/**
 * 就高 by amount (按照最高奖励额，不重复享受): one line stays, the largest unless the search picks
 * another (each group of two or more lines is a choice point). Lines compare whole: the rule keeps
 * one award, not one unit of it; the same honour stated twice is paid once.
 */
const keepOneLine = (limit: Limit, ctx: LimitContext, key: string | number, group: Working[]): Kept | null => {
  if (group.length < 2) return null;
  const ranked = [...group].sort(larger);
  const point = `${limit.id}|${key}`;
  ctx.points.set(point, ranked.length);
  const [kept] = ranked.splice(ctx.choice.get(point) ?? 0, 1) as [Working];
  return { kept: [kept], dropped: ranked, why: `已按“${kept.line.label}”计，本项不再重复计算` };
};

/**
 * 就高 by level (就高不就低，给予更高级别的奖励后，不再对低级别的进行奖励): every line of the highest
 * level present stays — several honours of one level are not “不同级别” and each pays — and every
 * line of a lower level goes, even one that would pay more. Nothing is left to choose.
 */
const keepHighestLevel = (ctx: LimitContext, group: Working[]): Kept | null => {
  const highest = Math.min(...group.map((w) => levelOf(ctx, w)));
  const dropped = group.filter((w) => levelOf(ctx, w) > highest);
  if (dropped.length === 0) return null;
  const kept = group.filter((w) => levelOf(ctx, w) === highest);
  return { kept, dropped, why: `已按更高级别的${kept.map((w) => `“${w.line.label}”`).join("、")}奖励，不再对低级别的本项奖励` };
};

const highestOnly: Mechanism<"highestOnly"> = (limit, ctx) => {
  if (limit.kinds && !limit.kinds.includes(ctx.applicant.kind)) return [];
  const out: Adjustment[] = [];
  for (const [key, group] of groupBy(inItems(limit, ctx), scopeKey(limit.per))) {
    const split = limit.by === "level" ? keepHighestLevel(ctx, group) : keepOneLine(limit, ctx, key, group);
    if (!split) continue;
    const { kept, dropped, why } = split;
    let cut = ZERO;
    for (const w of dropped) {
      const before = net(w);
      cut = range(cut.min + before.min, cut.max + before.max);
      w.kept = 0;
      note(ctx, w, limit, () => `${clauseRef(limit.clause)}：${limit.label}，${why}`, before);
    }
    out.push(
      adjustment(
        ctx,
        limit,
        cut,
        () => `${clauseRef(limit.clause)}：${limit.label}。${yearText(limit.per, key)}保留${kept.map(describe).join("、")}，未计${dropped.map((w) => `${w.line.label}（${formatRange(w.line.gross)}）`).join("、")}`,
        dropped,
        limit.per === "year" ? Number(key) : undefined,
      ),
    );
  }
  return out;
};

/** Keep the best `max` units of the group in each year (or over the policy period). */
const keepBest = (limit: Extract<Limit, { kind: "maxCount" }>, ctx: LimitContext, per: LimitScope, max: number): Adjustment[] => {
  const out: Adjustment[] = [];
  for (const [key, group] of groupBy(inItems(limit, ctx), scopeKey(per))) {
    const units = group.reduce((n, w) => n + w.kept, 0);
    if (units <= max) continue;
    // Keeping the N best units is optimal: units of one count group are interchangeable slots.
    let left = max;
    const touched: Working[] = [];
    let cut = ZERO;
    for (const w of [...group].sort(better)) {
      const keep = Math.min(w.kept, left);
      left -= keep;
      if (keep === w.kept) continue;
      const before = net(w);
      w.kept = keep;
      const after = net(w);
      cut = range(cut.min + before.min - after.min, cut.max + before.max - after.max);
      touched.push(w);
      note(ctx, w, limit, () => `${clauseRef(limit.clause)}：${limit.label}，${per === "year" && limit.per === "policy" ? `${key} 年` : ""}本项只计 ${keep} ${w.line.calc.find((s) => s.kind === "units")?.unit ?? "项"}`, before);
    }
    out.push(
      adjustment(
        ctx,
        limit,
        cut,
        () => `${clauseRef(limit.clause)}：${limit.label}。${yearText(per, key)}共 ${units} 项符合条件，按金额从高到低保留 ${max} 项，未计${touched.map(describeDropped).join("、")}`,
        touched,
        per === "year" ? Number(key) : undefined,
      ),
    );
  }
  return out;
};

/**
 * Per year first, then over the scope: keeping each year's best and then the best of those is the
 * greedy choice over "at most k a year and n in all", which is exact (docs/engine.md).
 */
const maxCount: Mechanism<"maxCount"> = (limit, ctx) => [
  ...(limit.maxPerYear !== undefined ? keepBest(limit, ctx, "year", limit.maxPerYear) : []),
  ...keepBest(limit, ctx, limit.per, limit.max),
];

/**
 * Lines of these items triggered by one fact may be one matter (同一事项不重复享受) or not; the text
 * leaves it to the authority. The maximum keeps them all (the most the text allows); only the line
 * with the largest certain part stays certain, the others' certain parts become uncertain.
 */
const sameMatter: Mechanism<"sameMatter"> = (limit, ctx) => {
  const out: Adjustment[] = [];
  for (const group of groupBy(inItems(limit, ctx), (w) => w.line.fact).values()) {
    if (group.length < 2) continue;
    const [sure, ...rest] = [...group].sort((a, b) => net(b).min - net(a).min || larger(a, b)) as [Working, ...Working[]];
    const touched = rest.filter((w) => net(w).min > 0);
    if (touched.length === 0) continue;
    let cut = 0;
    for (const w of touched) {
      const before = net(w);
      cut += before.min;
      w.perUnit = range(0, w.perUnit.max);
      note(
        ctx,
        w,
        limit,
        () => `${clauseRef(limit.clause)}：${limit.label}。本项与“${sure.line.label}”出于同一事项，是否分别享受由主管部门认定：最高额仍计本项，确定部分只计较高的一项`,
        before,
      );
    }
    out.push(
      adjustment(
        ctx,
        limit,
        range(cut, 0),
        () => `${clauseRef(limit.clause)}：${limit.label}。第 ${sure.line.fact + 1} 项事项同时符合${[sure, ...touched].map((w) => `“${w.line.label}”`).join("、")}，若主管部门认定为同一事项只享受一项：确定部分只计${describe(sure)}，最高额按各项合计`,
        touched,
        sure.line.year,
      ),
    );
  }
  return out;
};

const describeDropped = (w: Working) => `${w.line.label} ${w.line.units - w.kept} 项`;

/**
 * Cut a group down to a cap. Guaranteed parts (min) fill the cap first, then the uncertain
 * remainder (max − min) fills what is left, both from the best line down; so the lines still add
 * up to min(cap, Σmin) and min(cap, Σmax), and no line shows more than it had or a min above its max.
 */
const allocateCap = (group: Working[], cap: number): Range => {
  const order = [...group].sort(larger);
  const before = order.map(net);
  const total = before.reduce((s, r) => range(s.min + r.min, s.max + r.max), ZERO);
  if (total.max <= cap) return ZERO;
  let room = cap;
  const mins = before.map((r) => {
    const m = Math.min(r.min, room);
    room -= m;
    return m;
  });
  const maxes = before.map((r, i) => {
    const extra = Math.min(r.max - mins[i]!, room);
    room -= extra;
    return mins[i]! + extra;
  });
  order.forEach((w, i) => {
    w.capped = range(mins[i]!, maxes[i]!);
  });
  const sum = (xs: number[]) => xs.reduce((s, m) => s + m, 0);
  return range(total.min - sum(mins), total.max - sum(maxes));
};

const applyCap = (ctx: LimitContext, limit: Limit & { cap: number }, group: Working[], year: number): Adjustment | null => {
  const before = group.map(net);
  const sum = before.reduce((s, r) => range(s.min + r.min, s.max + r.max), ZERO);
  const cut = allocateCap(group, limit.cap);
  if (cut.max === 0 && cut.min === 0) return null;
  const touched = group.filter((w, i) => net(w).max !== before[i]!.max || net(w).min !== before[i]!.min);
  touched.forEach((w) => {
    const b = before[group.indexOf(w)]!;
    note(ctx, w, limit, () => `${clauseRef(limit.clause)}：${limit.label}，${year} 年合计超出上限，本项核减至 ${formatRange(net(w))}`, b);
  });
  return adjustment(
    ctx,
    limit,
    cut,
    () => `${clauseRef(limit.clause)}：${limit.label}。${year} 年合计 ${formatRange(sum)}，上限 ${formatWan(limit.cap)}，核减 ${formatWan(cut.max)}`,
    touched,
    year,
  );
};

const groupCap: Mechanism<"groupCap"> = (limit, ctx) =>
  [...groupBy(inItems(limit, ctx), (w) => w.line.year)].flatMap(([year, group]) => applyCap(ctx, limit, group, Number(year)) ?? []);

const policyCap: Mechanism<"policyCap"> = (limit, ctx) => {
  if (!limit.kinds.includes(ctx.applicant.kind)) return [];
  return [...groupBy(ctx.working.filter((w) => w.kept > 0), (w) => w.line.year)].flatMap(
    ([year, group]) => applyCap(ctx, limit, group, Number(year)) ?? [],
  );
};

const quota: Mechanism<"quota"> = (limit, ctx) => {
  if (!ctx.explain) return [];
  for (const w of ctx.working) if (itemSet(limit).has(w.line.item)) w.line.notes.push(`${clauseRef(limit.clause)}：${limit.label}（名额由主管部门控制，本工具不据此核减）`);
  return [];
};

/**
 * The order limits apply in: what a line is worth (revision share), which lines are kept
 * (highest-only, counts), how much of the kept lines is certain (same matter), then money caps
 * from the narrowest group to the whole policy.
 */
const PIPELINE: { [K in LimitKind]: Mechanism<K> } = {
  revisionShare,
  highestOnly,
  maxCount,
  sameMatter,
  groupCap,
  policyCap,
  quota,
};

export const LIMIT_ORDER: LimitKind[] = ["revisionShare", "highestOnly", "maxCount", "sameMatter", "groupCap", "policyCap", "quota"];

const ordered = new WeakMap<Limit[], Limit[]>();

/** Group caps from the narrowest group out, so a cap nested in another is met first. */
const narrowestFirst = (a: Limit, b: Limit) => (a.kind === "groupCap" && b.kind === "groupCap" ? a.items.length - b.items.length : 0);

/** A policy's limits in pipeline order, sorted once per policy. */
const inOrder = (limits: Limit[]): Limit[] => {
  let o = ordered.get(limits);
  if (!o) {
    o = LIMIT_ORDER.flatMap((kind) => limits.filter((l) => l.kind === kind).sort(narrowestFirst));
    ordered.set(limits, o);
  }
  return o;
};

const runPipeline = (limits: Limit[], ctx: LimitContext): Adjustment[] => {
  const out: Adjustment[] = [];
  for (const l of limits) for (const a of (PIPELINE[l.kind] as Mechanism<LimitKind>)(l, ctx)) out.push(a);
  return out;
};

/** Most alternative combinations of highest-only choices tried before falling back to the greedy choice. */
export const MAX_COMBINATIONS = 256;

const isCap = (a: Adjustment) => a.kind === "groupCap" || a.kind === "policyCap";

const trial = (limits: Limit[], ctx: LimitContext, choice: Map<string, number>) => {
  const working = ctx.working.map((w) => ({ ...w }));
  const points = new Map<string, number>();
  const capped = runPipeline(limits, { working, facts: ctx.facts, applicant: ctx.applicant, items: ctx.items, explain: false, choice, points }).some(isCap);
  const total = working.reduce((t, w) => (w.kept > 0 ? range(t.min + net(w).min, t.max + net(w).max) : t), ZERO);
  return { total, points, capped };
};

/** Does some highest-only group by amount hold more than one line of the same year (or policy period)? */
const hasChoice = (limits: Limit[], ctx: LimitContext): boolean =>
  limits.some(
    (l) =>
      l.kind === "highestOnly" &&
      l.by !== "level" &&
      (!l.kinds || l.kinds.includes(ctx.applicant.kind)) &&
      [...groupBy(inItems(l, ctx), scopeKey(l.per)).values()].some((g) => g.length > 1),
  );

/**
 * Which line each highest-only group keeps. By default each group keeps its largest line; that is
 * already best when no money cap cuts anything (any other line is no larger, and caps only take
 * away), so the search runs only when a cap binds: a certain 30 万 may then beat an uncertain
 * “最高 100 万” because the cap eats the difference. It tries every combination — these sets are
 * tiny — and keeps the one that pays most: the highest maximum, then the highest guaranteed amount.
 */
const bestChoice = (limits: Limit[], ctx: LimitContext): Map<string, number> => {
  const first = trial(limits, ctx, new Map());
  const points = [...first.points];
  const combinations = points.reduce((n, [, size]) => n * size, 1);
  let best = new Map<string, number>();
  if (!first.capped || combinations > MAX_COMBINATIONS) return best;
  let bestTotal = first.total;
  for (let c = 1; c < combinations; c++) {
    const choice = new Map<string, number>();
    let rest = c;
    for (const [key, size] of points) {
      choice.set(key, rest % size);
      rest = Math.floor(rest / size);
    }
    const { total } = trial(limits, ctx, choice);
    if (compareRange(total, bestTotal) < 0) {
      bestTotal = total;
      best = choice;
    }
  }
  return best;
};

/**
 * Apply every limit, keeping the highest-only choices that pay most (see bestChoice).
 * Count limits keep their best units directly: their units are interchangeable slots
 * (docs/engine.md, "Why the choice is the best one", says when that is exact).
 */
export const applyLimits = (policyLimits: Limit[], base: Omit<LimitContext, "choice" | "points">): Adjustment[] => {
  const limits = inOrder(policyLimits);
  const { working, facts, applicant, items, explain } = base;
  const ctx: LimitContext = { working, facts, applicant, items, explain, choice: new Map(), points: new Map() };
  if (hasChoice(limits, ctx)) ctx.choice = bestChoice(limits, ctx);
  return runPipeline(limits, ctx);
};
