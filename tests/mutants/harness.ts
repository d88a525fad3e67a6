/**
 * The side of the mutation run that lives inside a worker thread, bundled together with the unit
 * tests (tests/mutants/bundle.ts), so the tests, the policies and the engine are the very objects
 * a mutant changes. For each job it applies the mutant, runs the tests until one fails, and if
 * none does, compares the mutant's answers with the original ones on a large set of profiles.
 */
import fc from "fast-check";
import { parentPort } from "node:worker_threads";
import { policies, policyById } from "@policies/index";
import { factTypeIndex } from "@policies/vocabulary";
import { evaluate } from "@/engine";
import { forget } from "@/engine/compile";
import type { Applicant, Fact, Item, Policy, Scalar } from "@/engine/types";
import { applicantArb, factOf, itemFact, profileFor, windowOf, type Profile } from "../unit/engine/arbitraries";
import type { DataMutant, Mutant } from "./mutants";
import { collected } from "./vitest-shim";

export interface Job {
  mutant: Mutant | null;
  /** Run the (slow) property tests too. */
  properties: boolean;
  /** Where the unmutated bundle is, to compare answers with when no test fails. */
  baseBundle: string;
}

export type Outcome =
  | { status: "killed"; by: string; error: string }
  | { status: "survived"; policy: string; profile: Profile }
  | { status: "equivalent" }
  /** The tests passed but comparing answers did not finish in time, or the worker could not load the tests: not killed. */
  | { status: "undecided"; why: string }
  | { status: "passed"; tests: number; slowestMs: number };

/** Sent before the answers are compared, so the runner gives that phase its own time. */
export const COMPARING = "comparing";

/** Sent after each test, so the runner times each test rather than the whole run. */
export const TESTED = "tested";

// ------------------------------------------------------------------ data mutants, in place

type Undo = () => void;

const policyOf = (id: string): Policy => policyById.get(id)!;
const itemOf = (p: Policy, id: string): Item => p.items.find((i) => i.id === id)!;

/**
 * Change the loaded policy as the mutant says; returns how to put it back. The engine compiles a
 * policy once per object, so its compiled form is dropped after the change and after the undo.
 */
const applyData = (m: DataMutant): Undo => {
  const undo = changeData(m);
  const p = policyOf(m.policy);
  forget(p);
  return () => {
    undo();
    forget(p);
  };
};

const changeData = (m: DataMutant): Undo => {
  const p = policyOf(m.policy);
  switch (m.kind) {
    case "limit": {
      const before = p.limits;
      p.limits = before.filter((l) => l.id !== m.limit);
      return () => void (p.limits = before);
    }
    case "exclusion": {
      const before = p.exclusions;
      p.exclusions = before.filter((e) => e.id !== m.exclusion);
      return () => void (p.exclusions = before);
    }
    case "condition": {
      const item = itemOf(p, m.item);
      const before = item.conditions;
      item.conditions = before!.filter((_, i) => i !== m.condition);
      return () => void (item.conditions = before);
    }
    case "citation": {
      const rule: { clause: string } = p.items.find((i) => i.id === m.rule) ?? p.limits.find((l) => l.id === m.rule)!;
      const before = rule.clause;
      rule.clause = m.clause;
      return () => void (rule.clause = before);
    }
    case "level": {
      const item = itemOf(p, m.item);
      const before = item.level;
      item.level = m.level;
      return () => void (item.level = before);
    }
    case "count":
    case "same-matter-item": {
      // A new limits array and a new limit object: the engine caches each limit's items and order.
      const before = p.limits;
      p.limits = before.map((l) => {
        if (l.id !== m.limit) return l;
        if (m.kind === "same-matter-item") return { ...l, items: (l as { items: string[] }).items.filter((i) => i !== m.item) } as typeof l;
        const changed: Record<string, unknown> = { ...l };
        if (m.value === undefined) delete changed[m.field];
        else changed[m.field] = m.value;
        return changed as unknown as typeof l;
      });
      return () => void (p.limits = before);
    }
    case "attribute": {
      const item = itemOf(p, m.item);
      const before = item.who;
      const attributes = (before.attributes ?? []).flatMap((a, i) =>
        i !== m.attribute ? [a] : m.change === "delete" ? [] : [{ ...a, value: !a.value }],
      );
      item.who = { ...before, attributes };
      return () => void (item.who = before);
    }
    case "where-value":
    case "where-input": {
      const item = itemOf(p, m.item);
      const before = item.facts;
      const match = before[m.fact]!;
      const where: Record<string, Scalar | Scalar[]> = { ...match.where };
      if (m.kind === "where-input") delete where[m.input];
      else {
        const v = where[m.input]!;
        where[m.input] = (Array.isArray(v) ? v : [v]).filter((x) => x !== m.value);
      }
      item.facts = before.map((f, i) => (i === m.fact ? { ...f, where } : f));
      return () => void (item.facts = before);
    }
  }
};

// ------------------------------------------------------------------ running the tests

const isProperty = (file: string) => file.endsWith("properties.test.ts");

/** The tests most likely to kill a mutant first: the mutated policy's own table, then the rest. */
const ordered = (m: Mutant | null, properties: boolean) => {
  const rank = (file: string): number => {
    if (isProperty(file)) return 3;
    if (m && m.kind !== "operator" && file.endsWith(`/${m.policy}.test.ts`)) return 0;
    if (m?.kind === "operator" && file.includes("/engine/")) return 1;
    return 2;
  };
  return collected
    .filter((t) => properties || !isProperty(t.file))
    .map((t, i) => ({ t, i, r: rank(t.file) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ t }) => t);
};

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 3).join(" ").slice(0, 300);

/** Run until the first failure (a mutant needs one), or every test when checking the unmutated code. */
const runTests = async (m: Mutant | null, properties: boolean): Promise<Outcome> => {
  const tests = ordered(m, properties);
  const failures: string[] = [];
  let slowestMs = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
    } catch (e) {
      if (m) return { status: "killed", by: `${t.file} › ${t.name}`, error: firstLine(e) };
      failures.push(`${t.file} › ${t.name}: ${firstLine(e)}`);
    }
    slowestMs = Math.max(slowestMs, Date.now() - started);
    parentPort!.postMessage(TESTED);
  }
  if (failures.length) return { status: "killed", by: failures.join("\n"), error: `${failures.length} tests fail without any mutant` };
  return { status: "passed", tests: tests.length, slowestMs };
};

// ------------------------------------------------------------------ equivalence

const SEED = 20260601;
const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, seed: number): T[] => fc.sample(arb, { numRuns, seed });

const ORG: Applicant = { kind: "organization" };
const PERSON: Applicant = { kind: "individual" };

/**
 * Profiles to compare answers on, from the unmutated policy: every item with every value its
 * `where` lists and with random other values, facts of every limit's items together in one or two
 * years, applicants matching each exclusion, and random profiles of every kind.
 */
const makeProfiles = (p: Policy): Profile[] => {
  const { start, end } = windowOf(p);
  const y1 = start;
  const y2 = `${Number(start.slice(0, 4)) + 1}-06-30` <= end ? `${Number(start.slice(0, 4)) + 1}-06-30` : end;
  const twoYears = fc.constantFrom(y1, y2);
  const out: Profile[] = [];
  let seed = SEED;
  for (const item of p.items) {
    const kinds = item.who.kinds.map((k) => (k === "organization" ? ORG : PERSON));
    for (const f of sample(itemFact([item], fc.constant(undefined)), 16, seed++)) {
      for (const applicant of kinds) out.push({ applicant, asOf: end, facts: [f] });
    }
    for (const m of item.facts) {
      for (const f of sample(factOf(factTypeIndex.get(m.type)!, fc.constant(undefined)), 8, seed++)) out.push({ applicant: ORG, asOf: end, facts: [f] });
    }
  }
  const groups = p.limits.flatMap((l) => ("items" in l ? [l.items] : [p.items.map((i) => i.id)]));
  for (const ids of groups) {
    const items = p.items.filter((i) => ids.includes(i.id));
    const facts = fc.array(itemFact(items, twoYears), { minLength: 2, maxLength: 9 });
    for (const f of sample(facts, 80, seed++)) out.push({ applicant: ORG, asOf: end, facts: f });
  }
  out.push(...boundaries(p).map((f) => ({ applicant: ORG, asOf: end, facts: [f] })));
  for (const e of p.exclusions) {
    const when = fc.record(Object.fromEntries(Object.entries(e.when).map(([k, v]) => [k, fc.constantFrom(...v)]))) as fc.Arbitrary<Partial<Applicant>>;
    const arb = fc.record({ a: applicantArb, w: when, f: fc.array(itemFact(p.items, fc.constant(undefined)), { minLength: 1, maxLength: 3 }) });
    for (const { a, w, f } of sample(arb, 40, seed++)) out.push({ applicant: { ...a, ...w } as Applicant, asOf: end, facts: f as Fact[] });
  }
  out.push(...sample(profileFor(p), 1500, seed++));
  return out;
};

/** Inputs one yuan (or one unit) either side of where a rule changes: a share at its cap, a tier's edge, a condition's threshold. */
const boundaries = (p: Policy): Fact[] =>
  p.items.flatMap((item) => {
    const m = item.facts[0]!;
    const base: Fact = { type: m.type, ...Object.fromEntries(Object.entries(m.where ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])) };
    for (const c of item.conditions ?? []) if (c.op === "eq") base[c.input] = c.value;
    const near = (n: number) => [n - 1, n, n + 1].filter((x) => x >= 0);
    const a = item.amount;
    const out: Fact[] = [];
    if (a.kind === "share" && a.cap !== undefined) {
      for (const pct of new Set([a.percent.min, a.percent.max].filter((x) => x > 0))) {
        const at = Math.ceil((a.cap * 100) / pct);
        for (const amount of near(at)) out.push({ ...base, amount });
        if (a.capInput) for (const ceiling of near(Math.floor((at * pct) / 100))) out.push({ ...base, amount: at, [a.capInput.input]: ceiling });
      }
    }
    if (a.kind === "tiers") for (const t of a.tiers) for (const count of [...near(t.from), ...(t.below ? near(t.below) : [])]) out.push({ ...base, count });
    for (const c of item.conditions ?? []) if (c.op !== "eq") for (const v of near(c.value as number)) out.push({ ...base, [c.input]: v });
    return out;
  });

const profileCache = new Map<string, Profile[]>();
export const profilesOf = (policyId: string): Profile[] => {
  let ps = profileCache.get(policyId);
  if (!ps) {
    ps = makeProfiles(policyOf(policyId));
    profileCache.set(policyId, ps);
  }
  return ps;
};

/**
 * Everything the engine answers except the data hash, words included: a changed note is a changed
 * answer. Adjustments are compared as a set: their order follows the order facts were entered.
 */
export const answer = (policyId: string, profile: Profile): string => {
  const { policyVersion: _v, adjustments, ...rest } = evaluate({ policy: policyOf(policyId), ...profile }, { trace: false });
  return JSON.stringify({ ...rest, adjustments: adjustments.map((a) => JSON.stringify(a)).sort() });
};

const answerCache = new Map<string, string[]>();
/** The unmutated answers on every profile of a policy (asked only while no mutant is applied). */
export const answers = (policyId: string): string[] => {
  let a = answerCache.get(policyId);
  if (!a) {
    a = profilesOf(policyId).map((pr) => answer(policyId, pr));
    answerCache.set(policyId, a);
  }
  return a;
};

interface Base {
  profilesOf: typeof profilesOf;
  answers: typeof answers;
}

const firstDifference = (base: Base, policyIds: string[], mutate: (() => Undo) | null): Outcome => {
  for (const id of policyIds) {
    const profiles = base.profilesOf(id);
    const expected = base.answers(id);
    const undo = mutate?.();
    try {
      const i = profiles.findIndex((pr, k) => {
        try {
          return answer(id, pr) !== expected[k];
        } catch {
          return true;
        }
      });
      if (i >= 0) return { status: "survived", policy: id, profile: profiles[i]! };
    } finally {
      undo?.();
    }
  }
  return { status: "equivalent" };
};

// ------------------------------------------------------------------ the job

const runJob = async (job: Job, comparing: () => void): Promise<Outcome> => {
  const m = job.mutant;
  if (!m) return runTests(null, job.properties);
  if (m.kind === "operator") {
    const tested = await runTests(m, job.properties);
    if (tested.status !== "passed") return tested;
    comparing();
    const base = (await import(job.baseBundle)) as Base;
    return firstDifference(base, policies.map((p) => p.id), null);
  }
  const undo = applyData(m);
  let tested: Outcome;
  try {
    tested = await runTests(m, job.properties);
  } finally {
    undo();
  }
  if (tested.status !== "passed") return tested;
  comparing();
  // The same module is its own base: answers before the change, then with it.
  return firstDifference({ profilesOf, answers }, [m.policy], () => applyData(m));
};

/** Entry point of a worker: answer jobs until the parent closes the port. */
export const serve = () => {
  parentPort!.on("message", async (job: Job) => {
    let outcome: Outcome;
    try {
      outcome = await runJob(job, () => parentPort!.postMessage(COMPARING));
    } catch (e) {
      outcome = { status: "killed", by: "(the job threw)", error: firstLine(e) };
    }
    parentPort!.postMessage(outcome);
  });
};
