/**
 * A policy compiled once into what evaluating it needs: its items indexed by the fact types that
 * trigger them, each with its matcher, eligibility check and pricer specialised from the data,
 * and its limits in pipeline order with their items as a membership table. The policy data stays
 * the source of truth; this is only a faster way to read it, rebuilt whenever the data object
 * changes (a what-if draft is a new object, so it is compiled afresh).
 */
import { pricer, type Pricer } from "./amount";
import { dayOf } from "./dates";
import { applicantDefaults } from "./defaults";
import { LIMIT_ORDER, Ledger } from "./limits";
import { applicantPredicate, attributeHolds, conditionTest, whereMatcher } from "./match";
import { clauseRef } from "./trace";
import type { Applicant, ApplicantKind, Dating, Fact, FactMatch, GovernmentLevel, Item, Limit, LimitScope, Payer, Policy, Scalar } from "./types";
import { policyVersion } from "./version";

/**
 * An item as evaluation reads it. The words a line repeats are copied here: policy data objects
 * come in many shapes (optional keys), and code shared by every item of every policy reads one
 * shape far faster than many.
 */
export interface CompiledItem {
  id: string;
  clause: string;
  title: string;
  label: string;
  quote: string;
  payer: Payer | undefined;
  reading: string | undefined;
  /** The data, read while compiling only. */
  item: Item;
  /** Position in `policy.items`: the row of every membership table. */
  index: number;
  price: Pricer;
  /** The stated figure of a fixed or up-to amount (the ceiling a revision share is taken of). */
  statedYuan: number | undefined;
  /** The limits covering the item, by pipeline position. */
  limits: number[];
  /** The same-matter rule covering the item, if any: a count counts its lines of one fact as one project (projects.ts). */
  matter: Limit | undefined;
  /** Rank of the honour's level in a highest-only group ranked by level: national 0 … district 3. */
  level: number;
  /**
   * Why this item cannot pay for this fact, or null: organisation type, applicant requirements,
   * then the conditions in order. Itself null where the item states none of them (most items).
   */
  ineligible: ((fact: Fact, applicant: Applicant) => string | null) | null;
}

/** How an item reads a fact one of its matches took: the match's dating (src/engine/dates.ts). */
export interface Reading {
  dating: Dating | undefined;
}

/** An item a fact type can trigger: how (if at all) it reads this fact of that type, and for whom. */
export interface Trigger {
  item: CompiledItem;
  match: (fact: Fact) => Reading | undefined;
  /** Whether the item is written for organisations, for individuals. */
  organizations: boolean;
  individuals: boolean;
}

/**
 * The items one fact type can trigger, in policy order. Where every match of the type names the
 * same input (an award, a scope…), they are also bucketed by that input's value, so a fact only
 * tries the items that could take it.
 */
export interface FactIndex {
  all: Trigger[];
  key: { input: string; missing: Scalar | undefined; buckets: Map<Scalar | undefined, Trigger[]> } | null;
}

export interface CompiledLimit {
  limit: Limit;
  /** Its rank in pipeline order, naming its choice points in the search over highest-only choices. */
  pos: number;
  /** By item index: does the limit cover the item? (A policy cap covers them all.) */
  covers: Uint8Array;
  /** How many lines it must cover to have anything to do: two to choose between, else one. */
  least: number;
  /** Its kind's place in `LIMIT_ORDER`, which names its mechanism. */
  stage: number;
  /*
   * What the mechanisms read every evaluation, copied from the data: limits come in as many shapes
   * as kinds (and optional keys), and a read shared by all of them is far slower than one of these.
   */
  /** The year, or the policy period (a limit without a scope: the policy period). */
  per: LimitScope;
  /** The kinds of applicant it binds, or null: all. */
  kinds: readonly ApplicantKind[] | null;
  /** A highest-only group by amount: a choice point of the search. */
  chooses: boolean;
  /** A highest-only group by level. */
  byLevel: boolean;
  /** A money cap's figure (0 for other kinds). */
  cap: number;
  /** A count's N over its scope, and in any one year (Infinity where it sets none; 0 and Infinity for other kinds). */
  max: number;
  maxPerYear: number;
  /**
   * The most a count can leave untouched: its lines' units before any limit (an upper bound on
   * the projects they form) at or under both N, and the count has nothing to do.
   */
  fits: number;
  /** A revision share's percent and the fact input and value that mark a revision ("" and 0 for other kinds). */
  percent: number;
  input: string;
  value: Scalar | undefined;
}

/** The policy's window as evaluation reads it. */
export interface Window {
  from: string;
  to: string | null;
  /** Where facts may start: `retroactiveFrom ?? from`. */
  start: string;
  clause: string;
  /**
   * `start` and `to` as numbers (dates.ts `dayOf`) for the quick check of a fact dated on its own
   * date: Infinity and -1 where the check cannot decide (no end; a bound not written YYYY-MM-DD).
   */
  startDay: number;
  toDay: number;
  /** What the text says of achievements before the window, added to their reason. */
  earlier: string | undefined;
}

export interface CompiledPolicy {
  policy: Policy;
  version: string;
  window: Window;
  kinds: ApplicantKind[];
  /** The items in policy order (`index`), for lines priced earlier and limited again (relimit.ts). */
  items: CompiledItem[];
  byFactType: Map<string, FactIndex>;
  limits: CompiledLimit[];
  /** Each exclusion with its message, written once. */
  exclusions: { applies: (a: Applicant) => boolean; clause: string; message: string }[];
  /** The payable lines while limits apply, reused by every evaluation of this policy. */
  ledger: Ledger;
}

/** 就高 by level (`by: "level"`): national before provincial before city before district. */
const LEVEL_RANK: Readonly<Record<GovernmentLevel, number>> = { national: 0, provincial: 1, city: 2, district: 3 };

const wordFor = (v: Scalar | undefined): string => (v === true ? "是" : v === false ? "否" : v === undefined ? "未知" : String(v));

const compileItem = (item: Item, index: number): CompiledItem => {
  const { who } = item;
  const orgTypes = who.orgTypes;
  const orgTypeWhy = `${clauseRef(who.clause ?? item.clause)}：本项只支持${who.quote ?? "特定类型的单位"}`;
  const attributes = (who.attributes ?? []).map((a) => ({
    a,
    why: `${clauseRef(who.clause ?? item.clause)}：${a.requirement}`,
    // Where the answer was missing, the reason names the default that decided it.
    assumed: `（未填写，按默认“${wordFor(applicantDefaults[a.attribute])}”计）`,
  }));
  const conditions = (item.conditions ?? []).map((c) => ({ holds: conditionTest(c), why: `${clauseRef(c.clause)}：${c.requirement}` }));
  return {
    id: item.id,
    clause: item.clause,
    title: item.title,
    label: item.label,
    quote: item.quote,
    payer: item.payer,
    reading: item.reading,
    item,
    index,
    price: pricer(item),
    statedYuan: item.amount.kind === "fixed" || item.amount.kind === "upTo" ? item.amount.yuan : undefined,
    limits: [],
    matter: undefined,
    level: item.level === undefined ? LEVEL_RANK.district + 1 : LEVEL_RANK[item.level],
    ineligible:
      !orgTypes && attributes.length === 0 && conditions.length === 0
        ? null
        : (fact, applicant) => {
            if (orgTypes && applicant.kind === "organization") {
              const orgType = (applicant.orgType ?? applicantDefaults.orgType) as string;
              if (!orgTypes.includes(orgType)) return orgTypeWhy;
            }
            for (let k = 0; k < attributes.length; k++) {
              const { a, why, assumed } = attributes[k]!;
              if (!attributeHolds(applicant, a, applicantDefaults)) return applicant[a.attribute] === undefined ? why + assumed : why;
            }
            for (let k = 0; k < conditions.length; k++) if (!conditions[k]!.holds(fact)) return conditions[k]!.why;
            return null;
          },
  };
};

/** Group caps from the narrowest group out, so a cap nested in another is met first. */
const narrowestFirst = (a: Limit, b: Limit) => (a.kind === "groupCap" && b.kind === "groupCap" ? a.items.length - b.items.length : 0);

const compileLimits = (policy: Policy): CompiledLimit[] => {
  const index = new Map(policy.items.map((i, n) => [i.id, n]));
  return LIMIT_ORDER.flatMap((kind) => policy.limits.filter((l) => l.kind === kind).sort(narrowestFirst)).map((limit, pos) => {
    const covers = new Uint8Array(policy.items.length);
    if ("items" in limit) {
      for (const id of limit.items) {
        const n = index.get(id);
        if (n !== undefined) covers[n] = 1;
      }
    } else covers.fill(1);
    return {
      limit,
      pos,
      covers,
      least: limit.kind === "highestOnly" || limit.kind === "sameMatter" ? 2 : 1,
      stage: LIMIT_ORDER.indexOf(limit.kind),
      per: "per" in limit ? limit.per : "policy",
      kinds: "kinds" in limit && limit.kinds ? limit.kinds : null,
      chooses: limit.kind === "highestOnly" && limit.by !== "level",
      byLevel: limit.kind === "highestOnly" && limit.by === "level",
      cap: "cap" in limit ? limit.cap : 0,
      max: limit.kind === "maxCount" ? limit.max : 0,
      maxPerYear: limit.kind === "maxCount" ? (limit.maxPerYear ?? Infinity) : Infinity,
      fits: limit.kind === "maxCount" ? Math.min(limit.max, limit.maxPerYear ?? Infinity) : Infinity,
      percent: limit.kind === "revisionShare" ? limit.percent : 0,
      input: limit.kind === "revisionShare" ? limit.when.input : "",
      value: limit.kind === "revisionShare" ? limit.when.value : undefined,
    };
  });
};

/**
 * The input every match of a fact type names (an award, a scope…) with one kind of missing value:
 * the items are bucketed by its value. Null if there is none.
 */
const bucketInput = (matches: FactMatch[]): { input: string; missing: Scalar | undefined } | null => {
  const input = Object.keys(matches[0]?.where ?? {}).find((k) => matches.every((m) => m.where && k in m.where));
  if (input === undefined) return null;
  const values = matches.flatMap((m) => [m.where![input]!].flat());
  const booleans = values.filter((v) => typeof v === "boolean").length;
  if (booleans !== 0 && booleans !== values.length) return null;
  return { input, missing: booleans ? false : undefined };
};

const forKinds = (item: Item) => ({ organizations: item.who.kinds.includes("organization"), individuals: item.who.kinds.includes("individual") });

const indexFactType = (type: string, items: CompiledItem[]): FactIndex => {
  const matchesOf = (ci: CompiledItem) => ci.item.facts.filter((m) => m.type === type);
  const key = bucketInput(items.flatMap(matchesOf));
  const all = items.map((ci): Trigger => {
    const matches = matchesOf(ci);
    const readings: Reading[] = matches.map((m) => ({ dating: m.dating }));
    // A single match needs no second look at the input its bucket already chose it by.
    if (matches.length === 1) return { item: ci, match: whereMatcher(matches[0]!, key?.input, readings[0]!), ...forKinds(ci.item) };
    const tests = matches.map((m) => whereMatcher(m));
    return { item: ci, match: (fact) => readings[tests.findIndex((t) => t(fact))], ...forKinds(ci.item) };
  });
  if (!key) return { all, key: null };
  const buckets = new Map<Scalar | undefined, Trigger[]>();
  for (const t of all) {
    for (const v of new Set(matchesOf(t.item).flatMap((m) => [m.where![key.input]!].flat()))) {
      const list = buckets.get(v);
      if (list) list.push(t);
      else buckets.set(v, [t]);
    }
  }
  return { all, key: { ...key, buckets } };
};

const indexByFactType = (items: CompiledItem[]): Map<string, FactIndex> => {
  const byType = new Map<string, CompiledItem[]>();
  for (const ci of items) {
    for (const type of new Set(ci.item.facts.map((f) => f.type))) {
      const list = byType.get(type);
      if (list) list.push(ci);
      else byType.set(type, [ci]);
    }
  }
  return new Map([...byType].map(([type, list]) => [type, indexFactType(type, list)]));
};

const NONE: Trigger[] = [];

/** The items that could take this fact, in policy order (each still to be tested). */
export const candidatesFor = (c: CompiledPolicy, fact: Fact): Trigger[] => {
  const index = c.byFactType.get(fact.type);
  if (!index) return NONE;
  if (!index.key) return index.all;
  const raw = fact[index.key.input];
  return index.key.buckets.get(raw === undefined ? index.key.missing : raw) ?? NONE;
};

const compilePolicy = (policy: Policy): CompiledPolicy => {
  const items = policy.items.map(compileItem);
  const byFactType = indexByFactType(items);
  const limits = compileLimits(policy);
  for (const cl of limits) for (const ci of items) if (cl.covers[ci.index] === 1) ci.limits.push(cl.pos);
  for (const cl of limits) for (const ci of items) if (cl.limit.kind === "sameMatter" && cl.covers[ci.index] === 1) ci.matter ??= cl.limit;
  return {
    policy,
    version: policyVersion(policy),
    window: windowOf(policy.effective),
    kinds: policy.applicants.kinds,
    items,
    byFactType,
    limits,
    exclusions: policy.exclusions.map((ex) => ({
      applies: applicantPredicate(ex.when, applicantDefaults),
      clause: ex.clause,
      message: `${clauseRef(ex.clause)}：${ex.reason}`,
    })),
    ledger: new Ledger(limits.length),
  };
};

const windowOf = ({ from, to, retroactiveFrom, clause, earlier }: Policy["effective"]): Window => {
  const start = retroactiveFrom ?? from;
  const startDay = dayOf(start);
  return {
    from,
    to,
    start,
    clause,
    earlier: earlier?.text,
    startDay: startDay < 0 ? Infinity : startDay,
    toDay: to === null ? Infinity : dayOf(to),
  };
};

const cache = new WeakMap<Policy, CompiledPolicy>();
/** The policy compiled last: a cohort evaluates one policy thousands of times in a row. */
let last: CompiledPolicy | null = null;

/**
 * Drops the compiled form of a policy whose data was changed in place (the mutation run edits the
 * loaded policies one rule at a time): the next evaluation compiles it afresh. Code that builds a
 * new policy object (a what-if draft) needs nothing of the kind.
 */
export const forget = (policy: Policy): void => {
  cache.delete(policy);
  if (last?.policy === policy) last = null;
};

/** The compiled form of a policy, built on first use and kept as long as the policy object lives. */
export const compile = (policy: Policy): CompiledPolicy => {
  if (last?.policy === policy) return last;
  let c = cache.get(policy);
  if (!c) {
    c = compilePolicy(policy);
    cache.set(policy, c);
  }
  return (last = c);
};
