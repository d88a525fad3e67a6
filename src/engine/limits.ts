import type { CompiledItem, CompiledLimit } from "./compile";
import { compareRange, formatRange, formatWan, percentOf, range } from "./money";
import { Projects } from "./projects";
import { clauseRef } from "./trace";
import type { Adjustment, ApplicantKind, Fact, Limit, LimitKind, LimitScope, Line, Range } from "./types";

/**
 * The payable lines while limits apply, as parallel arrays: per-unit amount, how many units
 * survive, and the share of a capped total once a cap has allocated it. One ledger belongs to a
 * compiled policy and is reused by each evaluation (evaluation is synchronous and never nested),
 * so applying limits allocates nothing per line.
 */
export class Ledger {
  n = 0;
  /** The three tallies below in one buffer, cleared at once. */
  private readonly tallies: Float64Array;
  /** By limit position: how many lines it covers (a limit covering none has nothing to do). */
  readonly covered: Float64Array;
  /**
   * By limit position: its lines' units and what they pay at most, before any limit. Limits only
   * take away, so a count whose units fit, or a cap its lines cannot reach, has nothing to do.
   */
  readonly units: Float64Array;
  readonly reach: Float64Array;
  readonly line: Line[] = [];
  /** Index of the line in the evaluation's `lines`. */
  readonly index: number[] = [];
  readonly item: CompiledItem[] = [];
  /** The fact each line pays for and the year it is claimed in. */
  readonly fact: number[] = [];
  readonly year: number[] = [];
  readonly perMin: number[] = [];
  readonly perMax: number[] = [];
  readonly kept: number[] = [];
  /** 1 once a cap has allocated the line its share (numbers, like the rest, so saving copies one kind of array). */
  readonly capped: number[] = [];
  readonly capMin: number[] = [];
  readonly capMax: number[] = [];
  // Scratch lists of ledger entries, reused from one limit to the next.
  readonly members: number[] = [];
  readonly group: number[] = [];
  readonly order: number[] = [];
  readonly touched: number[] = [];
  /** Per member of the limit being applied: its scope key (a year, or 0 for the policy period). */
  readonly keys: number[] = [];
  /** Per group member: what it paid before a cap (min, max), then its share of the cap. */
  readonly before: number[] = [];
  readonly shares: number[] = [];
  /** The state before a trial of alternative choices, restored after it. */
  private readonly saved = { perMin: [] as number[], perMax: [] as number[], kept: [] as number[], capped: [] as number[], capMin: [] as number[], capMax: [] as number[] };

  constructor(limits: number) {
    this.tallies = new Float64Array(3 * limits);
    this.covered = this.tallies.subarray(0, limits);
    this.units = this.tallies.subarray(limits, 2 * limits);
    this.reach = this.tallies.subarray(2 * limits);
  }

  clear(): void {
    this.n = 0;
    this.tallies.fill(0);
  }

  add(line: Line, index: number, item: CompiledItem, fact: number, year: number, perMin: number, perMax: number, units: number): void {
    const i = this.n++;
    const { limits } = item;
    for (let l = 0; l < limits.length; l++) {
      const pos = limits[l]!;
      this.covered[pos]!++;
      this.units[pos]! += units;
      this.reach[pos]! += perMax * units;
    }
    this.line[i] = line;
    this.index[i] = index;
    this.item[i] = item;
    this.fact[i] = fact;
    this.year[i] = year;
    this.perMin[i] = perMin;
    this.perMax[i] = perMax;
    this.kept[i] = units;
    this.capped[i] = 0;
    this.capMin[i] = 0;
    this.capMax[i] = 0;
  }

  /** What line i pays now: its share of a cap, or per unit × units kept. */
  netMin(i: number): number {
    return this.capped[i] === 1 ? this.capMin[i]! : this.perMin[i]! * this.kept[i]!;
  }

  netMax(i: number): number {
    return this.capped[i] === 1 ? this.capMax[i]! : this.perMax[i]! * this.kept[i]!;
  }

  /** Largest line (what it pays now) first; fact order breaks ties only between lines that look the same. */
  readonly larger = (a: number, b: number): number =>
    this.netMax(b) - this.netMax(a) || this.netMin(b) - this.netMin(a) || this.fact[a]! - this.fact[b]!;

  /** As `larger`, for group members k (`group[k]`) by what they paid before the cap being applied (`before`). */
  readonly largerBefore = (a: number, b: number): number =>
    this.before[2 * b + 1]! - this.before[2 * a + 1]! || this.before[2 * b]! - this.before[2 * a]! || this.fact[this.group[a]!]! - this.fact[this.group[b]!]!;

  /** Largest certain part first, then as `larger`: the line a same-matter group keeps certain. */
  readonly surer = (a: number, b: number): number => this.netMin(b) - this.netMin(a) || this.larger(a, b);

  save(): void {
    for (const k of STATE) copy(this[k], this.saved[k], this.n);
  }

  restore(): void {
    for (const k of STATE) copy(this.saved[k], this[k], this.n);
  }
}

/** What limits change in a ledger: saved before trying other choices, restored after each. */
const STATE = ["perMin", "perMax", "kept", "capped", "capMin", "capMax"] as const;

const copy = (from: readonly number[], to: number[], n: number) => {
  for (let i = 0; i < n; i++) to[i] = from[i]!;
};

/** One pass of the limit pipeline over a ledger. */
interface Pass {
  led: Ledger;
  facts: Fact[];
  kind: ApplicantKind;
  /** Write notes and calculation steps into the lines and explanations into the adjustments. */
  explain: boolean;
  /** Adjustments made, or null in a trial of alternative choices (which needs the figures alone). */
  out: Adjustment[] | null;
  /** Which candidate each highest-only choice point keeps, by rank (absent: the best on its own). */
  choice: Map<string, number> | null;
  /** Filled in by highest-only groups during a trial: how many candidates each choice point has. */
  points: Map<string, number> | null;
  /** Did a money cap cut anything? */
  capped: boolean;
}

type Mechanism = (cl: CompiledLimit, pass: Pass) => void;
type Of<K extends LimitKind> = Extract<Limit, { kind: K }>;

/** Insertion sort of the first n entries: stable, in place, and these lists are short. */
const sortFirst = (xs: number[], n: number, cmp: (a: number, b: number) => number) => {
  for (let i = 1; i < n; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
};

/** The lines a limit covers that still pay for some unit, in line order, into `pass.led.members`. */
const collect = (cl: CompiledLimit, pass: Pass): number => {
  const { led } = pass;
  const { members } = led;
  let m = 0;
  for (let i = 0; i < led.n; i++) if (led.kept[i]! > 0 && cl.covers[led.item[i]!.index] === 1) members[m++] = i;
  return m;
};

/** Scope keys compare as a Map's keys do (a year that is not a number still forms one scope). */
export const sameKey = (a: number, b: number) => a === b || (a !== a && b !== b);

/**
 * Calls `each` once per scope (a year, or the policy period) with that scope's members in
 * `pass.led.group`, scopes in the order their first line appears.
 */
const forEachScope = (pass: Pass, cl: CompiledLimit, per: LimitScope, each: (pass: Pass, cl: CompiledLimit, g: number, key: number) => void) => {
  const m = collect(cl, pass);
  if (m === 0) return;
  const { members, group, keys, year } = pass.led;
  let one = true;
  if (per === "year") {
    const first = year[members[0]!]!;
    for (let a = 0; a < m; a++) {
      keys[a] = year[members[a]!]!;
      one &&= sameKey(keys[a]!, first);
    }
  }
  if (one) {
    // The policy period, or (usually) every line of one year: the members are the group.
    for (let a = 0; a < m; a++) group[a] = members[a]!;
    return each(pass, cl, m, per === "year" ? keys[0]! : 0);
  }
  for (let a = 0; a < m; a++) {
    const key = keys[a]!;
    let seen = false;
    for (let b = 0; b < a && !seen; b++) seen = sameKey(keys[b]!, key);
    if (seen) continue;
    let g = 0;
    for (let b = a; b < m; b++) if (sameKey(keys[b]!, key)) group[g++] = members[b]!;
    each(pass, cl, g, key);
  }
};

const NONE: number[] = [];

/** `0 - 0` is `-0`, which JSON writes as 0 but Object.is and a test's toEqual tell apart. */
const negate = (n: number) => (n === 0 ? 0 : -n);

/**
 * Records what a limit took off, naming the lines it touched (given as ledger entries, turned into
 * line numbers here). Words are built only when explaining; a trial records nothing.
 */
const record = (pass: Pass, limit: Limit, cutMin: number, cutMax: number, explanation: () => string, lines: number[], year?: number) => {
  if (!pass.out) return;
  const words = pass.explain ? explanation() : "";
  for (let k = 0; k < lines.length; k++) lines[k] = pass.led.index[lines[k]!]!;
  const { id, clause, kind, quote } = limit;
  const effect = range(negate(cutMin), negate(cutMax));
  // One literal per shape (keys in the order the API has always written them), not keys added later.
  pass.out.push(
    year === undefined
      ? { limit: id, clause, kind, effect, explanation: words, lines, quote }
      : { limit: id, clause, kind, effect, explanation: words, lines, year, quote },
  );
};

const note = (pass: Pass, i: number, limit: Limit, words: string, beforeMin: number, beforeMax: number) => {
  const { led } = pass;
  const line = led.line[i]!;
  line.notes.push(words);
  line.calc.push({ kind: "limit", limit: limit.id, clause: limit.clause, before: range(beforeMin, beforeMax), after: range(led.netMin(i), led.netMax(i)), text: words });
};

const yearText = (per: "year" | "policy", year: number) => (per === "year" ? `${year} 年` : "政策期内");

/** Per unit × units kept, before any cap. */
const asKept = (led: Ledger, i: number): Range => range(led.perMin[i]! * led.kept[i]!, led.perMax[i]! * led.kept[i]!);

const revisionShare: Mechanism = (cl, pass) => {
  const { limit } = cl;
  const { led } = pass;
  const m = collect(cl, pass);
  for (let k = 0; k < m; k++) {
    const i = led.members[k]!;
    if (pass.facts[led.fact[i]!]![cl.input] !== cl.value) continue;
    const ceilingSource = led.item[i]!.statedYuan ?? led.perMax[i]!;
    const ceiling = percentOf(ceilingSource, cl.percent);
    if (led.perMax[i]! <= ceiling) continue;
    const units = led.kept[i]!;
    const beforeMin = led.perMin[i]! * units;
    const beforeMax = led.perMax[i]! * units;
    led.perMin[i] = Math.min(led.perMin[i]!, ceiling);
    led.perMax[i] = ceiling;
    const line = led.line[i]!;
    if (pass.explain) {
      line.label += "（修订）";
      line.calc.push({ kind: "revision", percent: cl.percent, ceiling, after: range(led.perMin[i]!, ceiling), clause: limit.clause });
    }
    record(
      pass,
      limit,
      beforeMin - led.perMin[i]! * units,
      beforeMax - ceiling * units,
      () => `${clauseRef(limit.clause)}：${line.label}为修订项目，支持额度不高于制定上限 ${formatWan(ceilingSource)} 的 ${cl.percent}%，即每项最高 ${formatWan(ceiling)}`,
      [i],
    );
  }
};

/** Does the limit bind this kind of applicant? */
const binds = (cl: CompiledLimit, pass: Pass) => cl.kinds === null || cl.kinds.includes(pass.kind);

const highestOnly: Mechanism = (cl, pass) => {
  if (binds(cl, pass)) forEachScope(pass, cl, cl.per, cl.byLevel ? keepHighestLevel : keepHighest);
};

/**
 * One scope of a highest-only group by amount (in `led.group`; 按照最高奖励额，不重复享受): one line
 * stays, the largest unless the search picks another (each group of two or more lines is a choice
 * point), the others go. Lines compare whole: the rule keeps one award, not one unit of it; the
 * same honour stated twice is paid once.
 */
const keepHighest = (pass: Pass, cl: CompiledLimit, g: number, key: number) => {
  if (g < 2) return;
  const limit = cl.limit as Of<"highestOnly">;
  const { led } = pass;
  const { order } = led;
  for (let k = 0; k < g; k++) order[k] = led.group[k]!;
  sortFirst(order, g, led.larger);
  const point = pass.choice || pass.points ? `${limit.id}|${key}` : "";
  pass.points?.set(point, g);
  dropOthers(pass, limit, key, order, g, pass.choice?.get(point) ?? 0, -1);
};

/**
 * One scope of a highest-only group by level (in `led.group`; 就高不就低，给予更高级别的奖励后，不再对
 * 低级别的进行奖励): every line of the highest level present stays — several honours of one level
 * are not “不同级别” and each pays — and every line of a lower level goes, even one that would pay
 * more. Nothing is left to choose.
 */
const keepHighestLevel = (pass: Pass, cl: CompiledLimit, g: number, key: number) => {
  const { led } = pass;
  const { group } = led;
  let highest = led.item[group[0]!]!.level;
  let lowest = highest;
  for (let k = 1; k < g; k++) {
    highest = Math.min(highest, led.item[group[k]!]!.level);
    lowest = Math.max(lowest, led.item[group[k]!]!.level);
  }
  if (lowest !== highest) dropOthers(pass, cl.limit as Of<"highestOnly">, key, group, g, -1, highest);
};

/**
 * Drops the lines of one highest-only scope (`lines[0 … g)`) that do not stay — by amount (`at` ≥ 0)
 * every line but the one at rank `at`, by level every line below `level` — noting on each which
 * line it gave way to, and records the cut.
 */
const dropOthers = (pass: Pass, limit: Of<"highestOnly">, key: number, lines: number[], g: number, at: number, level: number) => {
  const { led, explain } = pass;
  const stays = (k: number) => (at >= 0 ? k === at : led.item[lines[k]!]!.level === level);
  // The lines that stay, named only when explaining.
  const kept: number[] = explain ? [] : NONE;
  if (explain) for (let k = 0; k < g; k++) if (stays(k)) kept.push(lines[k]!);
  const names = explain ? kept.map((i) => `“${led.line[i]!.label}”`).join("、") : "";
  const why = !explain ? "" : at >= 0 ? `已按${names}计，本项不再重复计算` : `已按更高级别的${names}奖励，不再对低级别的本项奖励`;
  let cutMin = 0;
  let cutMax = 0;
  const dropped: number[] = pass.out ? [] : NONE;
  for (let k = 0; k < g; k++) {
    if (stays(k)) continue;
    const i = lines[k]!;
    const beforeMin = led.netMin(i);
    const beforeMax = led.netMax(i);
    cutMin += beforeMin;
    cutMax += beforeMax;
    led.kept[i] = 0;
    if (pass.out) dropped.push(i);
    if (explain) note(pass, i, limit, `${clauseRef(limit.clause)}：${limit.label}，${why}`, beforeMin, beforeMax);
  }
  record(
    pass,
    limit,
    cutMin,
    cutMax,
    () =>
      `${clauseRef(limit.clause)}：${limit.label}。${yearText(limit.per, key)}保留${kept.map((i) => `${led.line[i]!.label}（${formatRange(asKept(led, i))}）`).join("、")}` +
      `，未计${dropped.map((i) => `${led.line[i]!.label}（${formatRange(led.line[i]!.gross)}）`).join("、")}`,
    dropped,
    limit.per === "year" ? key : undefined,
  );
};

const maxCount: Mechanism = (cl, pass) => {
  if (pass.led.units[cl.pos]! <= cl.fits) return;
  if (cl.maxPerYear !== Infinity) forEachScope(pass, cl, "year", keepBestOfYear);
  forEachScope(pass, cl, cl.per, keepBestOfScope);
};

const keepBestOfYear = (pass: Pass, cl: CompiledLimit, g: number, key: number) => keepBest(pass, cl, g, key, "year", cl.maxPerYear);

const keepBestOfScope = (pass: Pass, cl: CompiledLimit, g: number, key: number) => keepBest(pass, cl, g, key, cl.per, cl.max);

/** One scope of a count group (in `led.group`): keep the best `max` projects (projects.ts), each whole. */
const keepBest = (pass: Pass, cl: CompiledLimit, g: number, key: number, per: LimitScope, max: number) => {
  const { led } = pass;
  const { limit } = cl;
  let lineUnits = 0;
  for (let k = 0; k < g; k++) lineUnits += led.kept[led.group[k]!]!;
  // A project has one line or more: if the lines fit, so do the projects.
  if (lineUnits <= max) return;
  const units = projects.build(led, g);
  if (units <= max) return;
  const { order, touched } = led;
  // Keeping the N best projects is optimal: projects of one count group are interchangeable slots.
  sortFirst(projects.order, projects.n, projects.better);
  let left = max;
  let t = 0;
  let cutMin = 0;
  let cutMax = 0;
  // Which projects lost units, for the explanation.
  let cut = 0;
  // A yearly maximum of a limit over the policy period names the year in the line's note.
  const inYear = per === "year" && cl.per === "policy" ? `${key} 年` : "";
  for (let r = 0; r < projects.n; r++) {
    const p = projects.order[r]!;
    const keep = Math.min(projects.units[p]!, left);
    left -= keep;
    if (keep === projects.units[p]) continue;
    order[cut++] = p;
    for (let k = 0; k < g; k++) {
      const i = led.group[k]!;
      if (projects.of[k] !== p || led.kept[i]! <= keep) continue;
      const beforeMin = led.netMin(i);
      const beforeMax = led.netMax(i);
      led.kept[i] = keep;
      cutMin += beforeMin - led.netMin(i);
      cutMax += beforeMax - led.netMax(i);
      touched[t++] = i;
      if (pass.explain) {
        const unit = led.line[i]!.calc.find((s) => s.kind === "units")?.unit ?? "项";
        note(pass, i, limit, `${clauseRef(limit.clause)}：${limit.label}，${inYear}本项只计 ${keep} ${unit}${together(led, g, k)}`, beforeMin, beforeMax);
      }
    }
  }
  const lines = pass.out ? touched.slice(0, t) : NONE;
  record(
    pass,
    limit,
    cutMin,
    cutMax,
    () =>
      `${clauseRef(limit.clause)}：${limit.label}。${yearText(per, key)}共 ${units} 项符合条件${joined(led, g)}，按金额从高到低保留 ${max} 项，` +
      `未计${order.slice(0, cut).map((p) => droppedProject(led, g, p)).join("、")}`,
    lines,
    per === "year" ? key : undefined,
  );
};

/** The scratch projects of the count being applied. */
const projects = new Projects();

/** The other lines of group member k's project, in words: “（与“…”是同一项目，一并计算）”, or nothing. */
const together = (led: Ledger, g: number, k: number): string => {
  const others: string[] = [];
  for (let o = 0; o < g; o++) if (o !== k && projects.of[o] === projects.of[k]) others.push(`“${led.line[led.group[o]!]!.label}”`);
  return others.length ? `（与${others.join("、")}是同一项目，一并计算）` : "";
};

/** The clauses of project p's lines: 第19条、第9条. */
const clausesOf = (led: Ledger, g: number, p: number): string => {
  const clauses: string[] = [];
  for (let k = 0; k < g; k++) if (projects.of[k] === p) clauses.push(clauseRef(led.line[led.group[k]!]!.clause));
  return clauses.join("、");
};

/** Which facts count as one project each unit though several clauses pay for them: “（第 2 项事项同时符合第19条、第9条，按 1 项计）”. */
const joined = (led: Ledger, g: number): string => {
  const words: string[] = [];
  for (let p = 0; p < projects.n; p++) {
    if (projects.lines[p]! < 2) continue;
    const u = projects.units[p]!;
    words.push(`第 ${projects.fact[p]! + 1} 项事项${u > 1 ? `的 ${u} 项各自` : ""}同时符合${clausesOf(led, g, p)}，${u > 1 ? "每项" : ""}按 1 项计`);
  }
  return words.length ? `（${words.join("；")}）` : "";
};

/** A project the count left units of out: “修订行业标准 非第一起草单位 1 项”, its lines together. */
const droppedProject = (led: Ledger, g: number, p: number): string => {
  const labels: string[] = [];
  let dropped = 0;
  for (let k = 0; k < g; k++) {
    if (projects.of[k] !== p) continue;
    const i = led.group[k]!;
    labels.push(led.line[i]!.label);
    dropped = Math.max(dropped, led.line[i]!.units - led.kept[i]!);
  }
  return labels.length > 1 ? `${labels.map((l) => `“${l}”`).join("和")}（同一项目）${dropped} 项` : `${labels[0]} ${dropped} 项`;
};

/**
 * Lines of these items triggered by one fact may be one matter (同一事项不重复享受) or not; the text
 * leaves it to the authority. The maximum keeps them all (the most the text allows); only the line
 * with the largest certain part stays certain, the others' certain parts become uncertain. A fact's
 * lines are next to each other in the ledger, so each fact's group is a run of the members.
 */
const sameMatter: Mechanism = (cl, pass) => {
  const m = collect(cl, pass);
  const { led } = pass;
  const { members } = led;
  for (let a = 0; a < m; ) {
    const fact = led.fact[members[a]!]!;
    let b = a + 1;
    while (b < m && led.fact[members[b]!] === fact) b++;
    if (b - a > 1) sameFact(pass, cl, a, b);
    a = b;
  }
};

/** One fact's lines (`led.members[a … b)`): only the surest stays certain. */
const sameFact = (pass: Pass, cl: CompiledLimit, a: number, b: number) => {
  const limit = cl.limit as Of<"sameMatter">;
  const { led } = pass;
  const { order, touched } = led;
  const g = b - a;
  for (let k = 0; k < g; k++) order[k] = led.members[a + k]!;
  sortFirst(order, g, led.surer);
  const sure = order[0]!;
  let t = 0;
  let cut = 0;
  for (let k = 1; k < g; k++) {
    const i = order[k]!;
    const beforeMin = led.netMin(i);
    if (beforeMin <= 0) continue;
    const beforeMax = led.netMax(i);
    cut += beforeMin;
    led.perMin[i] = 0;
    touched[t++] = i;
    if (pass.explain) {
      const words = `${clauseRef(limit.clause)}：${limit.label}。本项与“${led.line[sure]!.label}”出于同一事项，是否分别享受由主管部门认定：最高额仍计本项，确定部分只计较高的一项`;
      note(pass, i, limit, words, beforeMin, beforeMax);
    }
  }
  if (t === 0) return;
  const lines = pass.out ? touched.slice(0, t) : NONE;
  record(
    pass,
    limit,
    cut,
    0,
    () =>
      `${clauseRef(limit.clause)}：${limit.label}。第 ${led.fact[sure]! + 1} 项事项同时符合${[sure, ...lines].map((i) => `“${led.line[i]!.label}”`).join("、")}` +
      `，若主管部门认定为同一事项只享受一项：确定部分只计${led.line[sure]!.label}（${formatRange(asKept(led, sure))}），最高额按各项合计`,
    lines,
    led.year[sure],
  );
};

/**
 * Cut one year's group (in `pass.led.group`) down to a cap. Guaranteed parts (min) fill the cap first,
 * then the uncertain remainder (max − min) fills what is left, both from the largest line down; so
 * the lines still add up to min(cap, Σmin) and min(cap, Σmax), and no line shows more than it had
 * or a min above its max.
 */
const applyCap = (pass: Pass, cl: CompiledLimit, g: number, year: number) => {
  const limit = cl.limit as Of<"groupCap" | "policyCap">;
  const { led } = pass;
  const { group, order, before, shares, touched } = led;
  let sumMin = 0;
  let sumMax = 0;
  for (let k = 0; k < g; k++) {
    const i = group[k]!;
    before[2 * k] = led.netMin(i);
    before[2 * k + 1] = led.netMax(i);
    sumMin += before[2 * k]!;
    sumMax += before[2 * k + 1]!;
    order[k] = k;
  }
  if (sumMax <= cl.cap) return;
  // Members by rank, largest first; both rounds read what each paid before this cap (`before`).
  sortFirst(order, g, led.largerBefore);
  let room = cl.cap;
  for (let r = 0; r < g; r++) {
    const k = order[r]!;
    const m = Math.min(before[2 * k]!, room);
    room -= m;
    shares[2 * k] = m;
  }
  for (let r = 0; r < g; r++) {
    const k = order[r]!;
    const extra = Math.min(before[2 * k + 1]! - shares[2 * k]!, room);
    room -= extra;
    shares[2 * k + 1] = shares[2 * k]! + extra;
  }
  let keptMin = 0;
  let keptMax = 0;
  for (let k = 0; k < g; k++) {
    const i = group[k]!;
    led.capped[i] = 1;
    led.capMin[i] = shares[2 * k]!;
    led.capMax[i] = shares[2 * k + 1]!;
    keptMin += shares[2 * k]!;
    keptMax += shares[2 * k + 1]!;
  }
  const cutMin = sumMin - keptMin;
  const cutMax = sumMax - keptMax;
  if (cutMin === 0 && cutMax === 0) return;
  pass.capped = true;
  let t = 0;
  for (let k = 0; k < g; k++) {
    const i = group[k]!;
    if (led.netMax(i) === before[2 * k + 1] && led.netMin(i) === before[2 * k]) continue;
    touched[t++] = i;
    if (pass.explain) {
      const words = `${clauseRef(limit.clause)}：${limit.label}，${year} 年合计超出上限，本项核减至 ${formatRange(range(led.netMin(i), led.netMax(i)))}`;
      note(pass, i, limit, words, before[2 * k]!, before[2 * k + 1]!);
    }
  }
  record(
    pass,
    limit,
    cutMin,
    cutMax,
    () => `${clauseRef(limit.clause)}：${limit.label}。${year} 年合计 ${formatRange(range(sumMin, sumMax))}，上限 ${formatWan(limit.cap)}，核减 ${formatWan(cutMax)}`,
    pass.out ? touched.slice(0, t) : NONE,
    year,
  );
};

/** Could any year of the group be over the cap? Not if all its years together are not (the usual case). */
const mayExceed = (cl: CompiledLimit, pass: Pass) => {
  const { led } = pass;
  let sum = 0;
  for (let i = 0; i < led.n; i++) if (led.kept[i]! > 0 && cl.covers[led.item[i]!.index] === 1) sum += led.netMax(i);
  return sum > cl.cap;
};

const groupCap: Mechanism = (cl, pass) => {
  if (pass.led.reach[cl.pos]! > cl.cap && mayExceed(cl, pass)) forEachScope(pass, cl, "year", applyCap);
};

const policyCap: Mechanism = (cl, pass) => {
  if (pass.led.reach[cl.pos]! > cl.cap && binds(cl, pass) && mayExceed(cl, pass)) forEachScope(pass, cl, "year", applyCap);
};

/** Programme quotas the applicant cannot control: a note on each line they cover, never a cut. */
const quota: Mechanism = (cl, pass) => {
  if (!pass.explain) return;
  const { led } = pass;
  const { limit } = cl;
  for (let i = 0; i < led.n; i++) {
    if (cl.covers[led.item[i]!.index] === 1) led.line[i]!.notes.push(`${clauseRef(limit.clause)}：${limit.label}（名额由主管部门控制，本工具不据此核减）`);
  }
};

/**
 * The order limits apply in: what a line is worth (revision share), which lines are kept
 * (highest-only, counts), how much of the kept lines is certain (same matter), then money caps
 * from the narrowest group to the whole policy.
 */
const PIPELINE: Record<LimitKind, Mechanism> = { revisionShare, highestOnly, maxCount, sameMatter, groupCap, policyCap, quota };

export const LIMIT_ORDER: LimitKind[] = ["revisionShare", "highestOnly", "maxCount", "sameMatter", "groupCap", "policyCap", "quota"];

/** The mechanisms by stage (a compiled limit's `stage`: its kind's place in LIMIT_ORDER). */
const STAGES: Mechanism[] = LIMIT_ORDER.map((kind) => PIPELINE[kind]);

const runPipeline = (limits: CompiledLimit[], pass: Pass) => {
  const { covered } = pass.led;
  for (let l = 0; l < limits.length; l++) {
    const cl = limits[l]!;
    if (covered[cl.pos]! >= cl.least) STAGES[cl.stage]!(cl, pass);
  }
};

/** Most alternative combinations of highest-only choices tried before falling back to the greedy choice. */
export const MAX_COMBINATIONS = 256;

const total = (led: Ledger): Range => {
  let min = 0;
  let max = 0;
  for (let i = 0; i < led.n; i++) {
    if (led.kept[i]! > 0) {
      min += led.netMin(i);
      max += led.netMax(i);
    }
  }
  return range(min, max);
};

/** The total of one way of choosing, the ledger restored afterwards. */
const trial = (limits: CompiledLimit[], pass: Pass, choice: Map<string, number>): Range => {
  runPipeline(limits, { ...pass, explain: false, out: null, choice, points: null, capped: false });
  const t = total(pass.led);
  pass.led.restore();
  return t;
};

/** Does some highest-only group by amount hold more than one line of the same year (or policy period)? */
const hasChoice = (limits: CompiledLimit[], pass: Pass): boolean => {
  for (const cl of limits) {
    if (!cl.chooses || pass.led.covered[cl.pos]! < cl.least || !binds(cl, pass)) continue;
    const m = collect(cl, pass);
    if (m > 1 && cl.per !== "year") return true;
    const { members, year } = pass.led;
    for (let a = 1; a < m; a++) {
      for (let b = 0; b < a; b++) if (sameKey(year[members[a]!]!, year[members[b]!]!)) return true;
    }
  }
  return false;
};

/**
 * Which line each highest-only group keeps, given what the default choice did (`first`: each group
 * keeps its largest line). That is already best when no money cap cut anything (any other line is
 * no larger, and caps only take away), so the search runs only when a cap binds: a certain 30 万
 * may then beat an uncertain “最高 100 万” because the cap eats the difference. It tries every
 * combination — these sets are tiny — and keeps the one that pays most: the highest maximum, then
 * the highest guaranteed amount. Undefined: no search was needed (the ledger is left as the default
 * choice made it); null: the default choice is still the best.
 */
const bestChoice = (limits: CompiledLimit[], pass: Pass, first: Pass): Map<string, number> | null | undefined => {
  const points = [...first.points!];
  const combinations = points.reduce((n, [, size]) => n * size, 1);
  if (!first.capped || combinations > MAX_COMBINATIONS) return undefined;
  let best: Map<string, number> | null = null;
  let bestTotal = total(pass.led);
  pass.led.restore();
  for (let c = 1; c < combinations; c++) {
    const choice = new Map<string, number>();
    let rest = c;
    for (const [key, size] of points) {
      choice.set(key, rest % size);
      rest = Math.floor(rest / size);
    }
    const t = trial(limits, pass, choice);
    if (compareRange(t, bestTotal) < 0) {
      bestTotal = t;
      best = choice;
    }
  }
  return best;
};

/**
 * Apply every limit to the ledger, keeping the highest-only choices that pay most (see bestChoice).
 * Count limits keep their best units directly: their units are interchangeable slots
 * (docs/engine.md, "Why the choice is the best one", says when that is exact).
 */
export const applyLimits = (limits: CompiledLimit[], led: Ledger, facts: Fact[], kind: ApplicantKind, explain: boolean): Adjustment[] => {
  const out: Adjustment[] = [];
  if (limits.length === 0 || led.n === 0) return out;
  const pass: Pass = { led, facts, kind, explain, out, choice: null, points: null, capped: false };
  if (hasChoice(limits, pass)) {
    // Apply the default choice first, without words: usually no cap binds and, figures only, that is the answer.
    led.save();
    const first: Pass = { ...pass, explain: false, out: explain ? null : out, points: new Map() };
    runPipeline(limits, first);
    const best = bestChoice(limits, pass, first);
    if (best === undefined && !explain) return out;
    led.restore();
    out.length = 0;
    pass.choice = best ?? null;
  }
  runPipeline(limits, pass);
  return out;
};
