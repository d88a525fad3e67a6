/**
 * A regulator's upload and live what-if, end to end, on a generated cohort of 100,000 applicants
 * (about 520,000 fact rows) as one CSV file.
 *
 * In Chromium, as a regulator does it, five runs (a fresh page each) on /regulator of the
 * production server, timed by a clock installed in the page that reads what the officer reads:
 * from the upload field's change to the 合计·最高 element showing the total Node computed for the
 * same file; then three what-if edits typed key by key into the editor, each from the last
 * keystroke to the comparison's 草案 最高 showing the draft's total as Node computes it, current
 * (not dimmed as a previous draft's) — the per-clause table is read at that moment and checked
 * clause by clause against Node. The edits: the amount of the most claimed clause whose doubling
 * moves the total, a count limit, and the yearly cap over the whole policy (every applicant). Also
 * the longest main-thread task in each phase (PerformanceObserver "longtask": a page that does not
 * answer) and whether the progress bar showed. Median and worst are printed. Targets: upload →
 * totals under 2.5 s; what-if → totals under 250 ms; no task over 200 ms; progress shown.
 *
 * Then once in Node, the API's path: one worker thread per core (shard-threads.ts, the shard code
 * bundled beforehand as the page's is), from the file's bytes to the answer's JSON, with its peak
 * memory, in a fresh child process so the memory is the pipeline's own.
 *
 * The machine is shared: the load average before, after and at each run is printed with the figures.
 *
 *   npm run bench:batch              100,000 applicants under 金山区, five runs
 *   npm run bench:batch -- 20000 linyi 3
 *
 * Old against new in one run: build the old code into another folder (check out the old commit's
 * src/, `NEXT_DIST_DIR=.next-old npx next build`, restore src/ and tsconfig.json), then
 * `BENCH_BASELINE_DIST=.next-old npm run bench:batch`: each run then takes the baseline's page
 * first and the current build's next, in the same Chromium, and both are printed side by side.
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
import type { BatchReport } from "../src/lib/batch/batch-report";
import type { CohortSummary } from "../src/lib/cohort/aggregate";
import { editableFigures, type Figure } from "../src/features/regulator/editable-figures";
import { evaluateBatch } from "../src/lib/batch/evaluate-batch";
import { parseUpload } from "../src/lib/batch/parse-upload";
import { answerInThreads } from "../src/lib/batch/shard-threads";
import { applyDraft, type DraftChange } from "../src/lib/cohort/draft";
import { policyById } from "../policies/index";
import { ensureProductionBuild, startServer } from "../tests/security/production-server";
import { cohort, cohortCsv } from "./cohort";

const UPLOAD_TARGET_MS = 2_500;
const WHATIF_TARGET_MS = 250;
/** A main-thread task this long is a page that does not answer a click or a keystroke. */
const LONG_TASK_TARGET_MS = 200;
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
  const answer = await answerInThreads(bytes, { kind: "file", policy, asOf }, (workerData, transferList) => new Worker(script, { workerData, transferList }), threads);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const report = JSON.parse(new TextDecoder().decode(answer)) as BatchReport;
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

/** A cohort's figures as the page must show them: the total (最高) and each clause's (确定 – 最高). */
interface Figures {
  max: number;
  byClause: Record<string, { min: number; max: number }>;
}

const figuresOf = ({ total, byClause }: CohortSummary): Figures => ({
  max: total.max,
  byClause: Object.fromEntries(byClause.map((c) => [c.clause, { min: c.min, max: c.max }])),
});

/** An edit typed into the what-if editor: the figure, the value, and the draft's figures the page must show. */
interface Edit {
  what: string;
  key: string;
  value: string;
  expected: Figures;
}

/**
 * The baseline, and up to three edits with each draft evaluated in Node over the same file (the
 * edits accumulate, as typed): a clause's amount doubled, a count limit lowered by two and a yearly
 * cap over the policy halved — for each, the first figure (most claimed clauses first) whose
 * change moves the cohort total, since the page is watched for the new total (doubling 金山区
 * 第五条（一） moves nothing: its claimants meet the yearly cap). A kind no figure of it moves is left out.
 */
const expectationsFor = async (policy: Policy, bytes: Uint8Array, asOf: string): Promise<{ base: Figures; edits: Edit[] }> => {
  const { members } = parseUpload(bytes, { policy: policy.id });
  const summary = async (changes: DraftChange[]) => (await evaluateBatch(changes.length ? applyDraft(policy, changes) : policy, members, asOf)).summary;
  const evaluated = async (changes: DraftChange[]) => figuresOf(await summary(changes));
  const baseline = await summary([]);
  const base = figuresOf(baseline);
  const claimants = new Map(baseline.byClause.map((c) => [c.clause, c.applicants]));
  const figures = editableFigures(policy);
  const kinds = [
    { what: "a clause's amount", of: (f: Figure) => f.key.endsWith(":yuan"), value: (f: Figure) => Number(f.base) * 2 },
    { what: "a count limit", of: (f: Figure) => f.unit === "项", value: (f: Figure) => Math.max(1, Number(f.base) - 2) },
    { what: "a limit's money cap", of: (f: Figure) => f.section === "limit" && f.key.endsWith(":cap"), value: (f: Figure) => Math.round(Number(f.base) / 2) },
  ];
  const edits: Edit[] = [];
  let changes: DraftChange[] = [];
  for (const kind of kinds) {
    const candidates = figures.filter(kind.of).sort((x, y) => (claimants.get(y.clause) ?? 0) - (claimants.get(x.clause) ?? 0));
    for (const f of candidates.slice(0, 5)) {
      const tried = [...changes, ...f.changes(kind.value(f))];
      const expected = await evaluated(tried);
      if (expected.max === (edits.at(-1)?.expected ?? base).max) continue;
      edits.push({ what: `${kind.what} (${f.clause})`, key: f.key, value: String(kind.value(f)), expected });
      changes = tried;
      break;
    }
  }
  if (edits.length === 0) throw new Error(`no figure of ${policy.shortName} moves the cohort's total`);
  return { base, edits };
};

/** What the page's clock saw in one phase (the upload, or one edit). */
interface Seen {
  /** ms from the file chosen (or the last keystroke) to the expected total on screen. */
  ms: number;
  /** The longest main-thread task meanwhile (PerformanceObserver "longtask"; 0 when none reached 50 ms). */
  longestTask: number;
  /** The progress bar was on screen at some point. */
  progress: boolean;
  /** The per-clause table of the draft as drawn at that moment: clause → the exact 确定/最高 of its 草案 cell. */
  clauses?: Record<string, { min: number; max: number }>;
}

/**
 * The page's own clock, installed in the page: the phase starts at the upload field's change or at
 * a keystroke in a figure of the what-if editor (each keystroke starts it again), and ends when the
 * element the officer reads shows the figure Node computed — the cohort's 合计·最高, or the draft's
 * 最高 in the comparison, current (not dimmed as a previous draft's) — read from the DOM as it
 * changes. At that moment the draft's per-clause table is read too.
 */
const installClock = async (page: Page) => {
  // tsx keeps function names by wrapping named functions in __name(…), which the page does not have.
  await page.evaluate("globalThis.__name ??= (f) => f");
  await page.evaluate(() => {
    type Phase = { start: number; end?: number; longestTask: number; progress: boolean; expect: number; clauses?: Record<string, { min: number; max: number }> };
    const w = window as unknown as { clock: { phase?: Phase; expect: number } };
    w.clock = { expect: -1 };
    const yuan = (text: string | null | undefined) => (text ? Number(text.split("（")[0]!.replace(/[^\d-]/g, "")) : NaN);
    const range = (title: string | null) => {
      const [min, max = min] = (title ?? "").split("至").map(yuan);
      return { min: min!, max: max! };
    };
    const start = () => (w.clock.phase = { start: performance.now(), longestTask: 0, progress: false, expect: w.clock.expect });
    document.querySelector<HTMLInputElement>('input[type="file"]')!.addEventListener("change", start, { capture: true });
    document.addEventListener("input", (e) => (e.target as HTMLElement).id?.startsWith("figure-") && start(), { capture: true });
    new PerformanceObserver((list) => {
      const p = w.clock.phase;
      if (!p || p.end !== undefined) return;
      for (const e of list.getEntries()) if (e.startTime + e.duration > p.start) p.longestTask = Math.max(p.longestTask, Math.round(e.duration));
    }).observe({ type: "longtask", buffered: false });
    new MutationObserver(() => {
      const p = w.clock.phase;
      if (!p || p.end !== undefined) return;
      if (document.querySelector('progress[aria-label="进度"]')) p.progress = true;
      const result = document.querySelector('[data-testid="whatif-result"]');
      const shown = result
        ? result.getAttribute("aria-busy") === "false" && yuan(result.querySelector('[data-testid="draft-max"] span')?.getAttribute("title")) === p.expect
        : yuan(document.querySelector('[data-testid="cohort-max"]')?.textContent) === p.expect;
      if (!shown) return;
      p.end = performance.now();
      if (result)
        p.clauses = Object.fromEntries(
          [...result.querySelectorAll('section[aria-labelledby="whatif-clauses"] tbody tr')].map((tr) => [
            tr.querySelector("td")!.textContent!.trim(),
            range(tr.querySelectorAll("td")[3]!.querySelector("span")!.getAttribute("title")),
          ]),
        );
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** Sets the figure the next phase waits for, then does what starts it, and waits for the page to show the figure. */
const timed = async (page: Page, expect: number, act: () => Promise<void>): Promise<Seen> => {
  await page.evaluate((yuan) => ((window as unknown as { clock: { expect: number } }).clock.expect = yuan), expect);
  await act();
  await page.waitForFunction(() => (window as unknown as { clock: { phase?: { end?: number } } }).clock.phase?.end !== undefined, undefined, { timeout: 300_000, polling: 100 });
  const p = await page.evaluate(() => (window as unknown as { clock: { phase: { start: number; end: number; longestTask: number; progress: boolean; clauses?: Seen["clauses"] } } }).clock.phase);
  // Long tasks are reported after they end: give the observer a moment.
  await page.waitForTimeout(200);
  const longestTask = await page.evaluate(() => (window as unknown as { clock: { phase: { longestTask: number } } }).clock.phase.longestTask);
  return { ms: p.end - p.start, longestTask, progress: p.progress, ...(p.clauses ? { clauses: p.clauses } : {}) };
};

/** Every clause of the draft's table as Node has it (a clause Node does not list pays 0), and none missing. */
const clausesAgree = (shown: Seen["clauses"], expected: Figures) =>
  shown !== undefined &&
  Object.keys(expected.byClause).every((c) => c in shown) &&
  Object.entries(shown).every(([c, r]) => {
    const e = expected.byClause[c] ?? { min: 0, max: 0 };
    return r.min === e.min && r.max === e.max;
  });

/** One run in a fresh page: the upload, then each edit typed key by key (100 ms apart) over the figure's current value. */
const run = async (page: Page, baseUrl: string, file: string, policy: string, asOf: string, base: Figures, edits: Edit[]) => {
  await page.goto(`${baseUrl}/regulator`);
  await page.getByRole("combobox", { name: /^政策/ }).selectOption(policy);
  await page.getByLabel("计算日期").fill(asOf);
  await installClock(page);
  const upload = await timed(page, base.max, () => page.getByLabel("选择文件并测算").setInputFiles(file));
  const whatIfs: (Seen & { agrees: boolean })[] = [];
  for (const edit of edits) {
    const field = page.locator(`[id="figure-${edit.key}"]`);
    await field.scrollIntoViewIfNeeded();
    await field.selectText();
    const seen = await timed(page, edit.expected.max, () => field.pressSequentially(edit.value, { delay: 100 }));
    whatIfs.push({ ...seen, agrees: clausesAgree(seen.clauses, edit.expected) });
  }
  return { upload, whatIfs };
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
  const { base, edits } = await expectationsFor(policy, bytes, asOf);

  ensureProductionBuild();
  const server = await startServer();
  const baselineDist = process.env.BENCH_BASELINE_DIST;
  const baseline = baselineDist ? await startServer({ env: { NEXT_DIST_DIR: baselineDist } }) : undefined;
  const baselineSeen = { uploads: [] as number[], whatIfs: [] as number[] };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const uploads: Seen[] = [];
  const whatIfs: (Seen & { agrees: boolean })[][] = edits.map(() => []);
  try {
    for (let r = 0; r < Number(runs); r++) {
      if (baseline) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const seen = await run(page, baseline.url, file, policy.id, asOf, base, edits);
        await page.close();
        baselineSeen.uploads.push(seen.upload.ms);
        baselineSeen.whatIfs.push(...seen.whatIfs.map((w) => w.ms));
        console.log(`run ${r + 1}, baseline ${baselineDist}: upload → totals ${Math.round(seen.upload.ms)} ms; what-if → totals ${seen.whatIfs.map((w) => Math.round(w.ms)).join(" / ")} ms; load ${load()}`);
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const seen = await run(page, server.url, file, policy.id, asOf, base, edits);
      await page.close();
      uploads.push(seen.upload);
      seen.whatIfs.forEach((w, i) => whatIfs[i]!.push(w));
      console.log(
        `run ${r + 1}: upload → totals ${Math.round(seen.upload.ms)} ms (longest task ${seen.upload.longestTask} ms); ` +
          `what-if → totals ${seen.whatIfs.map((w) => `${Math.round(w.ms)}`).join(" / ")} ms (longest task ${Math.max(...seen.whatIfs.map((w) => w.longestTask))} ms); load ${load()}`,
      );
    }
  } finally {
    await browser.close();
    await server.dispose();
    await baseline?.dispose();
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

  const up = stats(uploads.map((u) => u.ms));
  const all = stats(whatIfs.flat().map((w) => w.ms));
  const longest = Math.max(...uploads.map((u) => u.longestTask), ...whatIfs.flat().map((w) => w.longestTask));
  const progress = uploads.filter((u) => u.progress).length;
  const wrong = whatIfs.flat().filter((w) => !w.agrees).length;
  console.log("");
  console.log(`Chromium, ${runs} runs (${r.applicants.toLocaleString()} applicants, ${r.rows.toLocaleString()} fact rows, ${mb(fileBytes)}):`);
  console.log(`  file chosen → 合计 on screen       median ${up.median} ms, worst ${up.worst} ms (target < ${UPLOAD_TARGET_MS} ms); progress bar shown in ${progress} of ${runs} uploads`);
  edits.forEach((e, i) => {
    const s = stats(whatIfs[i]!.map((w) => w.ms));
    console.log(`  last keystroke → draft 合计 on screen median ${s.median} ms, worst ${s.worst} ms — ${e.what}`);
  });
  console.log(`  what-if, all edits                 median ${all.median} ms, worst ${all.worst} ms (target < ${WHATIF_TARGET_MS} ms)`);
  if (baseline) {
    const [bu, bw] = [stats(baselineSeen.uploads), stats(baselineSeen.whatIfs)];
    console.log(`  baseline ${baselineDist}, alternating: file chosen → 合计 median ${bu.median} ms, worst ${bu.worst} ms; what-if, all edits median ${bw.median} ms, worst ${bw.worst} ms`);
  }
  console.log(`  longest main-thread task, any phase: ${longest} ms (target < ${LONG_TASK_TARGET_MS} ms: the page keeps answering)`);
  console.log(`  draft totals and per-clause tables on the page against Node: ${wrong === 0 ? "all agree" : `${wrong} of ${whatIfs.flat().length} DISAGREE`}`);
  console.log(`Node, API path: ${r.totalMs} ms wall on ${r.threads} threads, ${r.cpuMs} ms CPU, peak RSS ${mb(r.peakRssBytes)} (targets < ${NODE_TARGET_MS} ms, < ${mb(TARGET_BYTES)}); cohort total ${r.total.min.toLocaleString()} – ${r.total.max.toLocaleString()} 元`);
  console.log(`load average after: ${load()}`);
  const ok =
    up.median < UPLOAD_TARGET_MS &&
    all.median < WHATIF_TARGET_MS &&
    longest < LONG_TASK_TARGET_MS &&
    progress === Number(runs) &&
    wrong === 0 && r.totalMs < NODE_TARGET_MS && r.peakRssBytes < TARGET_BYTES;
  console.log(ok ? "within target (medians)" : "OVER TARGET");
  process.exitCode = ok ? 0 : 1;
};

if (process.argv[2] === "--measure") await measure(process.argv[3]!, process.argv[4]!, process.argv[5]!, process.argv[6]!);
else await main();
