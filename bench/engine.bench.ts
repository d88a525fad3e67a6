/**
 * Engine benchmark (`npm run bench`), on one thread, all in one run, every measurement in CPU time
 * (work per core-second: the machine is shared, and the wall clock also counts waiting for a core).
 *
 * 1. The fair yardstick: 金山区's cohort through json-rules-engine used as its users use it
 *    (bench/json-rules-engine-jinshan.ts: all rules added once, the stated facts posted as plain
 *    counts per kind of achievement, one `engine.run` per profile, 第二十三条 in plain code afterwards) and through `evaluate(…, { explain: false })`, in
 *    alternating rounds. Both must pay the same on every profile; the run says on how many they do
 *    and prints both cohort totals. Alongside, json-rules-engine cycling the same number of
 *    one-condition rules once per profile: the least any one-run-per-profile encoding can cost.
 * 2. Every policy on its own cohort of realistic profiles (bench/cohort.ts): figures only and the
 *    full evaluation with its trace, and the time to compile the policy (a fresh copy each time).
 *
 * Scenarios are interleaved round by round, so a change in the machine's load falls on all of
 * them; the median round counts. Targets: figures only ≥ 50 × the fair json-rules-engine on
 * 金山区; full trace ≥ 20,000 profiles/s everywhere.
 */
import os from "node:os";
import { Engine } from "json-rules-engine";
import { policies, policyById } from "../policies/index";
import { evaluate } from "../src/engine";
import { compile } from "../src/engine/compile";
import type { Policy, Range } from "../src/engine/types";
import { cohort, type Profile } from "./cohort";
import { jinshanItemRules, jinshanRulesEngine, jinshanTypeRules } from "./json-rules-engine-jinshan";

const SIZE = Number(process.env.BENCH_SIZE ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Our scenarios pass over their cohort this many times a round, so a round lasts long enough to time. */
const PASSES = 3;
const COMPILES = 50;
const TARGET = { fullTrace: 20_000, overRulesEngine: 50 };

const cpuMs = async (run: () => unknown): Promise<number> => {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const wan = (y: number) => `${(y / 10_000).toLocaleString("en-US", { maximumFractionDigits: 2 })} 万元`;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ");

const jinshan = policyById.get("jinshan")!;
/** Each policy gets its own applicants: facts it pays for, dates in its own window. 金山区 keeps the seed it always had. */
const cohorts = new Map<Policy, Profile[]>(
  policies.map((p, i) => [p, cohort({ size: SIZE, policies: [p], seed: p === jinshan ? 20250401 : 20250401 + i })]),
);
const jinshanCohort = cohorts.get(jinshan)!;

// ------------------------------------------------------------- scenarios

interface Scenario {
  name: string;
  profiles: number;
  run: () => unknown;
  cpu: number[];
}

const scenario = (name: string, profiles: number, run: () => unknown): Scenario => ({ name, profiles, run, cpu: [] });

const evaluateAll = (policy: Policy, profiles: Profile[], explain: boolean) => () => {
  let sum = 0;
  for (let pass = 0; pass < PASSES; pass++) for (const p of profiles) sum += evaluate({ policy, ...p }, { explain }).total.max;
  return sum;
};

/** json-rules-engine over 金山区's cohort, one encoding; what it paid each profile in the last round. */
const rulesEngineScenario = (rules: "item" | "type", name: string) => {
  const run = jinshanRulesEngine(rules);
  const paid: Range[] = [];
  return {
    paid,
    s: scenario(name, SIZE, async () => {
      for (const [i, p] of jinshanCohort.entries()) paid[i] = await run(p);
    }),
  };
};

/** json-rules-engine doing nothing but cycle this many rules, one condition each, once per profile. */
const floorScenario = (rules: number) => {
  const engine = new Engine(
    Array.from({ length: rules }, (_, i) => ({ name: `r${i}`, conditions: { all: [{ fact: "x", operator: "equal", value: 1 }] }, event: { type: "none" } })),
  );
  return scenario(`json-rules-engine floor: ${rules} one-condition rules, one run per profile`, SIZE, async () => {
    for (let i = 0; i < jinshanCohort.length; i++) await engine.run({ x: 0 });
  });
};

const figuresOnly = policies.map((p) => scenario(`${p.shortName} figures only`, SIZE * PASSES, evaluateAll(p, cohorts.get(p)!, false)));
const fullTrace = policies.map((p) => scenario(`${p.shortName} full trace`, SIZE * PASSES, evaluateAll(p, cohorts.get(p)!, true)));
const byType = rulesEngineScenario("type", `json-rules-engine, a rule per kind of fact (${jinshanTypeRules.length} rules)`);
const byItem = rulesEngineScenario("item", `json-rules-engine, a rule per item (${jinshanItemRules.length} rules)`);
/** The fair yardstick: the encoding a user who knows the library's cost would choose (the faster one). */
const fair = byType.s;
const floor = floorScenario(jinshanTypeRules.length);
const itemFloor = floorScenario(jinshanItemRules.length);
const ours = figuresOnly[policies.indexOf(jinshan)]!;
const scenarios = [...figuresOnly, ...fullTrace, fair, byItem.s, floor, itemFloor];

/** CPU ms to compile a fresh copy of the policy (its version hash included), median of COMPILES. */
const compileMs = (policy: Policy) => {
  const times: number[] = [];
  for (let i = 0; i < COMPILES; i++) {
    const copy = structuredClone(policy);
    const start = process.cpuUsage();
    compile(copy);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
};

// ------------------------------------------------------------- run

const facts = (ps: Profile[]) => (ps.reduce((n, p) => n + p.facts.length, 0) / ps.length).toFixed(1);
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}, one thread, ${os.cpus().length} cores; load average ${load()} (1/5/15 min) at start`);
console.log(`Cohorts: ${fmt(SIZE)} seeded profiles per policy (bench/cohort.ts), ${facts(jinshanCohort)} facts per 金山区 profile; ${ROUNDS} alternating rounds`);

for (const s of scenarios) await s.run(); // warm-up: JIT, compiled policies, version hashes
const compiled = new Map(policies.map((p) => [p, compileMs(p)]));
for (let round = 0; round < ROUNDS; round++) {
  for (const s of scenarios) s.cpu.push(await cpuMs(s.run));
  process.stdout.write(`  round ${round + 1} of ${ROUNDS} done (load ${os.loadavg()[0]!.toFixed(1)})\n`);
}

const rate = (s: Scenario, cpu = median(s.cpu)) => (s.profiles / cpu) * 1000;
const µs = (s: Scenario) => ((median(s.cpu) * 1000) / s.profiles).toFixed(2);

// ------------------------------------------------------------- the fair comparison

/** Profile by profile, the same certain amount and maximum as evaluate? The cohort totals of both. */
const agreement = (theirs: Range[]) => {
  const differing: number[] = [];
  const total = { ours: { min: 0, max: 0 }, theirs: { min: 0, max: 0 } };
  jinshanCohort.forEach((p, i) => {
    const r = evaluate({ policy: jinshan, ...p }, { explain: false }).total;
    const t = theirs[i]!;
    total.ours.min += r.min;
    total.ours.max += r.max;
    total.theirs.min += t.min;
    total.theirs.max += t.max;
    if (r.min !== t.min || r.max !== t.max) differing.push(i);
  });
  return { differing, total };
};
/** The ratio in each round, both measured in that round. */
const ratiosOver = (them: Scenario) => ours.cpu.map((c, i) => rate(ours, c) / rate(them, them.cpu[i]));
const ratios = ratiosOver(fair);
const ratio = median(ratios);

console.log(`\n金山区, the fair comparison (CPU time, median of ${ROUNDS} alternating rounds):`);
console.table(
  [ours, fair, byItem.s, floor, itemFloor].map((s) => ({
    engine: s === ours ? "evaluate(…, { explain: false })" : s.name,
    "µs/profile": µs(s),
    "profiles/s": fmt(rate(s)),
    "evaluate is": s === ours ? "" : `${median(ratiosOver(s)).toFixed(1)}×`,
  })),
);
console.log(`evaluate / json-rules-engine (a rule per kind of fact): ${ratio.toFixed(1)}× (rounds: ${ratios.map((r) => r.toFixed(1)).join(", ")})`);
let agree = true;
for (const [name, paid] of [
  ["a rule per kind of fact", byType.paid],
  ["a rule per item", byItem.paid],
] as const) {
  const { differing, total } = agreement(paid);
  agree &&= differing.length === 0;
  console.log(
    `json-rules-engine (${name}) pays the same (certain and maximum) as evaluate on ${fmt(SIZE - differing.length)} of ${fmt(SIZE)} profiles. ` +
      `Cohort totals — json-rules-engine: 确定 ${wan(total.theirs.min)}, 最高 ${wan(total.theirs.max)}; evaluate: 确定 ${wan(total.ours.min)}, 最高 ${wan(total.ours.max)}`,
  );
  for (const i of differing) console.log(`  differs on profile ${i}: ${JSON.stringify(jinshanCohort[i])}`);
}

// ------------------------------------------------------------- every policy

console.log(`\nEvery policy on its own cohort (CPU time, median of ${ROUNDS} alternating rounds):`);
console.table(
  policies.map((p, i) => ({
    policy: p.shortName,
    "facts/profile": facts(cohorts.get(p)!),
    "figures only µs": µs(figuresOnly[i]!),
    "figures only profiles/s": fmt(rate(figuresOnly[i]!)),
    "full trace µs": µs(fullTrace[i]!),
    "full trace profiles/s": fmt(rate(fullTrace[i]!)),
    "compile ms": compiled.get(p)!.toFixed(2),
  })),
);

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
const slowestTrace = Math.min(...fullTrace.map((s) => rate(s)));
console.log(`Target figures only ≥ ${TARGET.overRulesEngine}× the fair json-rules-engine on 金山区: ${ratio.toFixed(1)}× — ${verdict(ratio >= TARGET.overRulesEngine)}`);
console.log(`Target full trace ≥ ${fmt(TARGET.fullTrace)} profiles/s on every policy: slowest ${fmt(slowestTrace)} — ${verdict(slowestTrace >= TARGET.fullTrace)}`);
console.log(`Payouts agree: ${agree ? "yes" : "NO"}; load average ${load()} at the end`);
