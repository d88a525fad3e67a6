/**
 * One worker's share of an upload, in Node: the bench's 100,000 applicants under 金山区 as one CSV
 * (bench/cohort.ts, as `npm run bench:batch` makes it), one shard of two read, checked and
 * evaluated by `loadShard` — the code the page's cohort worker runs, bundled by esbuild as the
 * page's is. CPU time (process.cpuUsage) of reading and checking alone (`parseUpload`) and of the
 * whole shard (`loadShard`), a full garbage collection before each, median and best of the rounds.
 *
 *   npm run bench:shard                                   this code, five rounds, shard 0
 *   BENCH_BASELINE_REV=765bc8a npm run bench:shard        that commit's code and this one alternating
 *   npm run bench:shard -- 100000 jinshan 5 1             size, policy, rounds, shard (of two)
 *
 * With a baseline, both read the same bytes in one process, round by round in turn, and their
 * reports (figures, applicants, assumptions, errors) and held members must be identical. The
 * machine is shared: compare the two within one run, never across runs.
 */
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { policyById } from "../policies/index";
import { cohort, cohortCsv } from "./cohort";

type Code = typeof import("../src/lib/batch/load-shard") & typeof import("../src/lib/batch/parse-upload");

const root = fileURLToPath(new URL("..", import.meta.url));
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

/** The shard code of the tree at `dir` as one ES module. */
const bundle = async (dir: string, out: string): Promise<Code> => {
  await build({
    stdin: {
      contents: 'export { loadShard } from "./src/lib/batch/load-shard"; export { parseUpload } from "./src/lib/batch/parse-upload";',
      resolveDir: dir,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    tsconfig: join(dir, "tsconfig.json"),
    nodePaths: [join(root, "node_modules")],
    logLevel: "warning",
  });
  return (await import(pathToFileURL(out).href)) as Code;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const main = async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (npm run bench:shard does)");
  const [size = "100000", policyId = "jinshan", rounds = "5", index = "0"] = process.argv.slice(2);
  const policy = policyById.get(policyId);
  if (!policy) throw new Error(`unknown policy ${policyId}`);
  const profiles = cohort({ size: Number(size), policies: [policy] });
  const asOf = profiles[0]!.asOf;
  const bytes = new TextEncoder().encode(cohortCsv(profiles, policy));
  const shard = { index: Number(index), count: 2 };
  const dir = mkdtempSync(join(tmpdir(), "shard-bench-"));
  try {
    const versions: { name: string; code: Code; parse: number[]; whole: number[]; digest?: string }[] = [];
    const baseline = process.env.BENCH_BASELINE_REV;
    if (baseline) {
      const tree = join(dir, "baseline");
      execSync(`mkdir -p ${tree} && git archive ${baseline} src policies tsconfig.json | tar -x -C ${tree}`, { cwd: root });
      versions.push({ name: baseline, code: await bundle(tree, join(dir, "baseline.mjs")), parse: [], whole: [] });
    }
    versions.push({ name: "this", code: await bundle(root, join(dir, "this.mjs")), parse: [], whole: [] });
    console.log(`${Number(size).toLocaleString()} applicants, ${(bytes.byteLength / 2 ** 20).toFixed(0)} MiB CSV (${policy.shortName}), shard ${shard.index} of 2; load average ${load()}`);
    /** CPU milliseconds of `run`, from a collected heap. */
    const cpu = async (run: () => unknown): Promise<number> => {
      gc();
      gc();
      const before = process.cpuUsage();
      await run();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    for (let r = 0; r < Number(rounds); r++) {
      for (const v of versions) {
        v.parse.push(await cpu(() => v.code.parseUpload(bytes, { policy: policy.id, shard })));
        let loaded: Awaited<ReturnType<Code["loadShard"]>> | undefined;
        v.whole.push(await cpu(async () => (loaded = await v.code.loadShard(bytes, { policy: policy.id, asOf, shard }))));
        v.digest ??= createHash("sha1").update(JSON.stringify(loaded!.report)).update(JSON.stringify(loaded!.input.members)).digest("hex");
        console.log(`round ${r + 1}, ${v.name}: reading and checking ${Math.round(v.parse.at(-1)!)} ms, the whole shard ${Math.round(v.whole.at(-1)!)} ms of CPU; load ${load()}`);
      }
    }
    console.log("");
    for (const v of versions) {
      console.log(
        `${v.name}: reading and checking median ${Math.round(median(v.parse))} ms (best ${Math.round(Math.min(...v.parse))}), ` +
          `the whole shard median ${Math.round(median(v.whole))} ms (best ${Math.round(Math.min(...v.whole))})`,
      );
    }
    if (versions.length > 1) {
      const same = versions.every((v) => v.digest === versions[0]!.digest);
      console.log(same ? "reports and held members identical" : "REPORTS DIFFER");
      if (!same) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
