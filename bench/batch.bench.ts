/**
 * A regulator's upload and live what-if, end to end, on a generated cohort of 100,000 applicants
 * (about 520,000 fact rows) as one CSV file.
 *
 * In Chromium, as a regulator does it, five runs (a fresh page each): /regulator on the production
 * server, the file chosen in the upload field, timed by the page's own clock from the field's
 * change to the cohort total on screen (reading the file in the Web Workers, checking, evaluating,
 * adding the shards, drawing the result); then three what-if edits typed into the editor, each
 * timed from the field's input event to the draft's totals and per-clause table on screen: a
 * clause's amount (reaches the applicants claiming it), a count limit (the applicants claiming the
 * clauses it limits) and the yearly cap over the whole policy (every applicant). Each draft's total
 * on the page is checked against the same draft evaluated here in Node. Median and worst are
 * printed. Targets: upload → totals under 2.5 s; what-if → totals under 250 ms.
 *
 * Then once in Node, the API's path: one worker thread per core (shard-threads.ts, the shard code
 * bundled beforehand as the page's is), from the file's bytes to the merged report, with its peak
 * memory, in a fresh child process so the memory is the pipeline's own.
 *
 * The machine is shared: the load average before and after is printed with the figures.
 *
 *   npm run bench:batch              100,000 applicants under 金山区, five runs
 *   npm run bench:batch -- 20000 linyi 3
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import type { Policy } from "../src/engine/types";
import { editableFigures } from "../src/features/regulator/editable-figures";
import { evaluateBatch } from "../src/lib/batch/evaluate-batch";
import { parseUpload } from "../src/lib/batch/parse-upload";
import { reportInThreads } from "../src/lib/batch/shard-threads";
import { applyDraft } from "../src/lib/cohort/draft";
import { policyById } from "../policies/index";
import { ensureProductionBuild, startServer } from "../tests/security/production-server";
import { cohort, cohortCsv } from "./cohort";

const UPLOAD_TARGET_MS = 2_500;
const WHATIF_TARGET_MS = 250;
const NODE_TARGET_MS = 5_000;
const TARGET_BYTES = 1024 ** 3;

interface Measured {
  threads: number;
  totalMs: number;
  cpuMs: number;
  peakRssBytes: number;
  rows: number;
  applicants: number;
  errors: number;
  total: { min: number; max: number };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

/** Child: the API's pipeline, from the file's bytes to the cohort totals. */
const measure = async (file: string, script: string, policy: string, asOf: string) => {
  const bytes = new Uint8Array(readFileSync(file));
  const threads = availableParallelism();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await reportInThreads(bytes, { kind: "file", policy, asOf }, (workerData) => new Worker(script, { workerData }), threads);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const measured: Measured = {
    threads,
    totalMs: Math.round(t1 - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rows: report.input.rows,
    applicants: report.input.validApplicants,
    errors: report.errorCount,
    total: report.total,
  };
  console.log(JSON.stringify(measured));
};

/** An edit typed into the what-if editor: the figure, the value, and the draft's cohort total (最高) it must show. */
interface Edit {
  what: string;
  key: string;
  value: string;
  expectedMax: number;
}

/** The three edits, and each draft's total evaluated in Node over the same file (the edits accumulate, as typed). */
const editsFor = async (policy: Policy, bytes: Uint8Array, asOf: string): Promise<Edit[]> => {
  const figures = editableFigures(policy);
  const amount = figures.find((f) => f.section === "item" && f.unit === "元")!;
  const count = figures.find((f) => f.unit === "项");
  const cap = figures.find((f) => f.key.endsWith(":cap") && f.section === "limit");
  const chosen = [
    { what: `a clause's amount (${amount.clause})`, f: amount, value: Number(amount.base) * 2 },
    ...(count ? [{ what: `a count limit (${count.clause})`, f: count, value: Math.max(1, Number(count.base) - 2) }] : []),
    ...(cap ? [{ what: `a cap over the policy (${cap.clause})`, f: cap, value: Math.round(Number(cap.base) / 2) }] : []),
  ];
  const { members } = parseUpload(bytes, { policy: policy.id });
  const edits: Edit[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const changes = chosen.slice(0, i + 1).flatMap(({ f, value }) => f.changes(value));
    const { summary } = await evaluateBatch(applyDraft(policy, changes), members, asOf);
    edits.push({ what: chosen[i]!.what, key: chosen[i]!.f.key, value: String(chosen[i]!.value), expectedMax: summary.total.max });
  }
  return edits;
};

/** Watches the page: when the cohort total first appears, and when a what-if result is current again after an edit. */
const installClock = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { clock: { chosen?: number; loaded?: number; edited?: number; updated?: number; sawBusy?: boolean; hadResult?: boolean } };
    w.clock = {};
    const upload = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    upload.addEventListener("change", () => (w.clock.chosen = performance.now()), { capture: true });
    document.addEventListener("input", (e) => {
      if (!(e.target as HTMLElement).id?.startsWith("figure-")) return;
      w.clock.edited = performance.now();
      w.clock.updated = undefined;
      w.clock.sawBusy = false;
      w.clock.hadResult = document.querySelector('[data-testid="whatif-result"]') !== null;
    }, { capture: true });
    new MutationObserver(() => {
      const c = w.clock;
      if (c.chosen !== undefined && c.loaded === undefined && document.querySelector('[data-testid="cohort-max"]')) c.loaded = performance.now();
      const result = document.querySelector('[data-testid="whatif-result"]');
      if (c.edited === undefined || c.updated !== undefined || !result) return;
      if (result.getAttribute("aria-busy") === "true") c.sawBusy = true;
      // Current again after the edit (or shown for the first time), its totals and per-clause table drawn with it.
      else if (c.sawBusy || !c.hadResult) c.updated = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });

const read = (page: Page) => page.evaluate(() => (window as unknown as { clock: Record<string, number> }).clock);

/** One run in a fresh page: the upload, then each edit. Returns ms for each, and the totals shown. */
const run = async (page: Page, baseUrl: string, file: string, policy: string, asOf: string, edits: Edit[]) => {
  await page.goto(`${baseUrl}/regulator`);
  await page.getByRole("combobox", { name: /^政策/ }).selectOption(policy);
  await page.getByLabel("计算日期").fill(asOf);
  await installClock(page);
  await page.getByLabel("选择文件并测算").setInputFiles(file);
  await page.getByTestId("cohort-max").waitFor({ timeout: 300_000 });
  const { chosen, loaded } = await read(page);
  const uploadMs = loaded! - chosen!;
  const whatIfMs: number[] = [];
  const shown: number[] = [];
  for (const edit of edits) {
    const field = page.locator(`[id="figure-${edit.key}"]`);
    await field.scrollIntoViewIfNeeded();
    await field.fill(edit.value);
    await page.waitForFunction(() => (window as unknown as { clock: { updated?: number } }).clock.updated !== undefined, undefined, { timeout: 120_000 });
    const { edited, updated } = await read(page);
    whatIfMs.push(updated! - edited!);
    // The exact yuan, which the cell gives on hover.
    shown.push(Number((await page.getByTestId("draft-max").locator("span").getAttribute("title"))!.replace(/[^\d-]/g, "")));
  }
  return { uploadMs, whatIfMs, shown };
};

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!), worst: Math.round(sorted.at(-1)!) };
};

const main = async () => {
  const [size = "100000", policyId = "jinshan", runs = "5"] = process.argv.slice(2);
  const policy = policyById.get(policyId);
  if (!policy) throw new Error(`unknown policy ${policyId}`);
  const profiles = cohort({ size: Number(size), policies: [policy] });
  const asOf = profiles[0]!.asOf;
  const dir = mkdtempSync(join(tmpdir(), "batch-bench-"));
  const file = join(dir, "cohort.csv");
  writeFileSync(file, cohortCsv(profiles, policy));
  const bytes = new Uint8Array(readFileSync(file));
  console.log(`cohort: ${Number(size).toLocaleString()} applicants, ${mb(bytes.byteLength)} CSV (${policy.shortName}); load average before: ${load()}`);
  const edits = await editsFor(policy, bytes, asOf);

  ensureProductionBuild();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const uploads: number[] = [];
  const whatIfs: number[][] = edits.map(() => []);
  let wrong = 0;
  try {
    for (let r = 0; r < Number(runs); r++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const { uploadMs, whatIfMs, shown } = await run(page, server.url, file, policy.id, asOf, edits);
      await page.close();
      uploads.push(uploadMs);
      whatIfMs.forEach((ms, i) => whatIfs[i]!.push(ms));
      shown.forEach((yuan, i) => {
        if (yuan !== edits[i]!.expectedMax) wrong++;
      });
      console.log(`run ${r + 1}: upload → totals ${Math.round(uploadMs)} ms; what-if → totals ${whatIfMs.map((ms) => `${Math.round(ms)}`).join(" / ")} ms; load ${load()}`);
    }
  } finally {
    await browser.close();
    await server.dispose();
  }

  const script = join(dir, "shard-thread.cjs");
  await build({
    entryPoints: [fileURLToPath(new URL("../src/lib/batch/shard-thread.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: script,
    tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
    logLevel: "warning",
  });
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--measure", file, script, policy.id, asOf], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const fileBytes = statSync(file).size;
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${file}`);
  if (child.status !== 0) throw new Error(`measurement failed (${child.status})`);
  const r = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Measured;

  const up = stats(uploads);
  const all = stats(whatIfs.flat());
  console.log("");
  console.log(`Chromium, ${runs} runs (${r.applicants.toLocaleString()} applicants, ${r.rows.toLocaleString()} fact rows, ${mb(fileBytes)}):`);
  console.log(`  upload → totals      median ${up.median} ms, worst ${up.worst} ms (target < ${UPLOAD_TARGET_MS} ms)`);
  edits.forEach((e, i) => {
    const s = stats(whatIfs[i]!);
    console.log(`  what-if → totals     median ${s.median} ms, worst ${s.worst} ms — ${e.what}`);
  });
  console.log(`  what-if, all edits   median ${all.median} ms, worst ${all.worst} ms (target < ${WHATIF_TARGET_MS} ms)`);
  console.log(`  draft totals on the page against Node: ${wrong === 0 ? "all agree" : `${wrong} DISAGREE`}`);
  console.log(`Node, API path: ${r.totalMs} ms wall on ${r.threads} threads, ${r.cpuMs} ms CPU, peak RSS ${mb(r.peakRssBytes)} (targets < ${NODE_TARGET_MS} ms, < ${mb(TARGET_BYTES)}); cohort total ${r.total.min.toLocaleString()} – ${r.total.max.toLocaleString()} 元`);
  console.log(`load average after: ${load()}`);
  const ok = up.median < UPLOAD_TARGET_MS && all.median < WHATIF_TARGET_MS && wrong === 0 && r.totalMs < NODE_TARGET_MS && r.peakRssBytes < TARGET_BYTES;
  console.log(ok ? "within target (medians)" : "OVER TARGET");
  process.exitCode = ok ? 0 : 1;
};

if (process.argv[2] === "--measure") await measure(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]!);
else await main();
