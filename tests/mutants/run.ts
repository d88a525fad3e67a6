/**
 * `npm run test:mutants`: the mutation run. In the policy data it deletes each limit, exclusion,
 * condition and `where` value (and each `where` input), makes each item and limit cite another
 * clause, moves each item of a group ranked by level to the group's other level, each count's N
 * one up and down and each yearly maximum one up or away, takes each item out of a same-matter
 * limit, and deletes or inverts each requirement on the applicant, one at a time; in
 * the compiled engine — src/engine/compile.ts, evaluate.ts, limits.ts, projects.ts, amount.ts, dates.ts and
 * match.ts — it flips each comparison operator. It runs the engine and policy unit tests against each mutant in worker threads and
 * reports every mutant as
 *
 *   killed      some test fails (the first one is named),
 *   equivalent  no test fails and no answer changes on any of ~20 000 profiles (the answers
 *               compared are the whole evaluation, words included),
 *   survived    no test fails but some answer changes: a missing test, or a wrong rule,
 *   undecided   no test fails and comparing the answers did not finish in time, or the tests
 *               did not load (not killed).
 *
 * Score = killed / (killed + survived + undecided). Exits 1 unless every mutant is killed or
 * equivalent.
 *
 * Options: --jobs N (default 2), --only data|engine, --policy <id>, --match <text> (mutants whose
 * description contains it; repeated: any of them), --json <file> (every outcome, for tooling).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { policies } from "@policies/index";
import { bundle, ROOT } from "./bundle";
import { COMPARING, TESTED, type Job, type Outcome } from "./harness";
import { applyOperator, dataMutants, describeMutant, operatorMutants, type Mutant } from "./mutants";

/** Where the engine's logic lives: the compiled engine, which every evaluation (trace or not) runs. */
const ENGINE_FILES = ["src/engine/compile.ts", "src/engine/evaluate.ts", "src/engine/limits.ts", "src/engine/projects.ts", "src/engine/amount.ts", "src/engine/dates.ts", "src/engine/match.ts"];
/**
 * A mutant whose tests run this many times longer than the unmutated code's (at least a minute),
 * or one of whose tests runs this many times longer than the slowest test of the unmutated code
 * (at least 20 s; a flipped loop bound in the compiled engine loops for ever), loops forever as far
 * as the tests can tell: killed, as vitest's own timeout would. Comparing answers gets its own,
 * fixed time.
 */
const SLOWER = 5;
const COMPARE_MS = 300_000;
/** Each worker's heap: ample for the tests and the comparison, far below what a runaway array reaches. */
const HEAP_MB = 768;

const { values: opts } = parseArgs({
  options: {
    jobs: { type: "string", default: "2" },
    only: { type: "string" },
    policy: { type: "string" },
    match: { type: "string", multiple: true },
    json: { type: "string" },
  },
});

const all: Mutant[] = [
  ...(opts.only === "engine" ? [] : dataMutants(policies)),
  ...(opts.only === "data" ? [] : ENGINE_FILES.flatMap((f) => operatorMutants(f, readFileSync(path.join(ROOT, f), "utf8")))),
].map((m, i) => ({ ...m, id: `m${String(i + 1).padStart(4, "0")}` }));

const mutants = all.filter(
  (m) =>
    (!opts.policy || (m.kind !== "operator" && m.policy === opts.policy)) &&
    (!opts.match || opts.match.some((text) => describeMutant(m).includes(text))),
);

const dir = mkdtempSync(path.join(tmpdir(), "mutants-"));
const baseBundle = path.join(dir, "base.mjs");
const baseUrl = pathToFileURL(baseBundle).href;

/** A worker that imports a bundle and answers jobs one at a time. */
class Runner {
  private worker: Worker;
  constructor(readonly bundleUrl: string) {
    // A bounded heap: a mutant that grows an array for ever (a loop bound flipped) ends this worker
    // with ERR_WORKER_OUT_OF_MEMORY instead of a fatal error that would end the whole run.
    this.worker = new Worker(`import(${JSON.stringify(bundleUrl)}).then((m) => m.serve())`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
  }
  /** Resolves to the outcome, or to "timeout" (and the worker is gone) when a phase overran. */
  run(job: Job, testsMs: number, testMs = testsMs): Promise<Outcome | "tests-timeout" | "compare-timeout" | "out-of-memory"> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      let test: NodeJS.Timeout;
      const stop = (why: "tests-timeout" | "compare-timeout") => () => {
        clearTimeout(timer);
        clearTimeout(test);
        this.worker.removeAllListeners();
        void this.worker.terminate();
        resolve(why);
      };
      timer = setTimeout(stop("tests-timeout"), testsMs);
      test = setTimeout(stop("tests-timeout"), testMs);
      const onMessage = (o: Outcome | typeof COMPARING | typeof TESTED) => {
        clearTimeout(test);
        if (o === TESTED) {
          test = setTimeout(stop("tests-timeout"), testMs);
          return;
        }
        clearTimeout(timer);
        if (o === COMPARING) {
          timer = setTimeout(stop("compare-timeout"), COMPARE_MS);
          return;
        }
        this.worker.off("message", onMessage);
        this.worker.removeAllListeners("error");
        resolve(o);
      };
      this.worker.on("message", onMessage);
      this.worker.once("error", (e) => {
        clearTimeout(timer);
        clearTimeout(test);
        // Out of memory while running the tests: they never finish, as with a timeout.
        if ((e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") resolve("out-of-memory");
        // A mutant of a function cannot break loading; a missing file or a broken checkout can.
        else resolve({ status: "undecided", why: `the tests did not load: ${String(e).slice(0, 300)}` });
      });
      this.worker.postMessage(job);
    });
  }
  close() {
    return this.worker.terminate();
  }
}

const results = new Map<string, Outcome>();
let testsMs = 60_000;
let testMs = 20_000;

const runOne = async (m: Mutant, shared: { runner: Runner | null }): Promise<void> => {
  let outcome: Outcome | "tests-timeout" | "compare-timeout" | "out-of-memory";
  if (m.kind === "operator") {
    // Each engine mutant gets its own bundle and a fresh worker, so no module state leaks across.
    const file = path.join(dir, `${m.id}.mjs`);
    const source = readFileSync(path.join(ROOT, m.file), "utf8");
    await bundle(file, new Map([[m.file, applyOperator(source, m)]]));
    const r = new Runner(pathToFileURL(file).href);
    outcome = await r.run({ mutant: m, properties: true, baseBundle: baseUrl }, testsMs, testMs);
    await r.close();
    rmSync(file);
  } else {
    shared.runner ??= new Runner(baseUrl);
    outcome = await shared.runner.run({ mutant: m, properties: false, baseBundle: baseUrl }, testsMs, testMs);
    if (typeof outcome === "string") shared.runner = null;
  }
  results.set(
    m.id,
    outcome === "tests-timeout"
      ? { status: "killed", by: "(the tests did not finish)", error: `no answer in ${testsMs / 1000} s` }
      : outcome === "out-of-memory"
        ? { status: "killed", by: "(the tests did not finish)", error: `out of memory (heap limited to ${HEAP_MB} MB)` }
      : outcome === "compare-timeout"
        ? { status: "undecided", why: `comparing answers took over ${COMPARE_MS / 1000} s` }
        : outcome,
  );
};

const main = async () => {
  const started = Date.now();
  await bundle(baseBundle);
  // The tests must pass on the unmutated code, or every mutant would look killed.
  const check = new Runner(baseUrl);
  const cleanStart = Date.now();
  const clean = await check.run({ mutant: null, properties: true, baseBundle: baseUrl }, 600_000);
  testsMs = Math.max(60_000, SLOWER * (Date.now() - cleanStart));
  if (typeof clean !== "string" && clean.status === "passed") testMs = Math.max(20_000, SLOWER * clean.slowestMs);
  await check.close();
  if (typeof clean === "string" || clean.status !== "passed") {
    console.error("The unit tests fail without any mutant:\n", typeof clean === "string" ? clean : clean.status === "killed" ? clean.by : clean);
    process.exit(2);
  }
  console.log(
    `${clean.tests} tests pass on the unmutated code (slowest ${(clean.slowestMs / 1000).toFixed(1)} s); ${mutants.length} mutants, ${opts.jobs} at a time; ` +
      `a mutant's tests get ${Math.round(testsMs / 1000)} s in all and ${Math.round(testMs / 1000)} s each`,
  );

  const queue = [...mutants];
  let done = 0;
  const lane = async () => {
    const shared: { runner: Runner | null } = { runner: null };
    for (let m = queue.shift(); m; m = queue.shift()) {
      await runOne(m, shared);
      done++;
      if (done % 50 === 0) console.log(`  ${done}/${mutants.length}`);
    }
    await shared.runner?.close();
  };
  await Promise.all(Array.from({ length: Number(opts.jobs) }, lane));
  rmSync(dir, { recursive: true, force: true });

  const by = (s: Outcome["status"]) => mutants.filter((m) => results.get(m.id)!.status === s);
  const killed = by("killed");
  const survived = by("survived");
  const equivalent = by("equivalent");
  const undecided = by("undecided");
  for (const m of equivalent) console.log(`EQUIVALENT ${m.id} ${describeMutant(m)}`);
  for (const m of undecided) console.log(`UNDECIDED  ${m.id} ${describeMutant(m)}: ${(results.get(m.id) as { why: string }).why}`);
  for (const m of survived) {
    const o = results.get(m.id) as Extract<Outcome, { status: "survived" }>;
    console.log(`SURVIVED   ${m.id} ${describeMutant(m)}\n           answer changes for ${o.policy}: ${JSON.stringify(o.profile)}`);
  }
  const kinds = [...new Set(mutants.map((m) => m.kind))];
  console.log("\nkind          mutants  killed  equivalent  survived  undecided");
  for (const k of kinds) {
    const of = (xs: Mutant[]) => String(xs.filter((m) => m.kind === k).length);
    console.log(`${k.padEnd(14)}${of(mutants).padStart(7)}${of(killed).padStart(8)}${of(equivalent).padStart(12)}${of(survived).padStart(10)}${of(undecided).padStart(11)}`);
  }
  const notKilled = survived.length + undecided.length;
  const score = killed.length + notKilled ? killed.length / (killed.length + notKilled) : 1;
  console.log(
    `\nmutation score ${(score * 100).toFixed(1)}% (${killed.length} killed of ${killed.length + notKilled} not shown equivalent; ${equivalent.length} equivalent) in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(mutants.map((m) => ({ id: m.id, mutant: describeMutant(m), ...results.get(m.id) })), null, 1));
  }
  process.exit(notKilled ? 1 : 0);
};

await main();
