/**
 * UI benchmark (a report, not a timed test): run with `npm run bench:ui`.
 *
 *  1. First-load JavaScript of the questionnaire (/calc/[policy]), gzip: every script Chromium
 *     fetches while loading the page from the production server, gzipped as the server sends it.
 *  2. Input → result: the engine work per keystroke for a 20-fact profile, in Node (p50 / p99), and
 *     in Chromium the time from a keydown in an amount field to the total's text changing.
 *  3. LCP of the questionnaire on the production build (PerformanceObserver), without throttling
 *     and with a 4× CPU slowdown as Lighthouse's mobile preset uses.
 *  4. Time to first working click: navigation start → the first click on ＋ 政府质量奖 that does
 *     something (adds the entry, or submits the form that adds it), on a desktop and on a phone
 *     with a 4× CPU slowdown; clicks the page dropped on the floor before that are counted.
 *
 * Builds first if the build is missing or stale, and starts its own server on an empty database.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { evaluate } from "../src/engine";
import type { Applicant, Fact } from "../src/engine/types";
import { encodeState } from "../src/lib/share/codec";
import { policies, policyById } from "../policies/index";
import { ensureBuild, root } from "../scripts/ensure-build.mjs";

// BENCH_PORT lets two checkouts run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 3101);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET = { firstLoadGzipKb: 200, inputToResultMs: 16, lcpMs: 1000, firstClickMs: 1000 };

const applicant: Applicant = { kind: "organization" };
const asOf = "2025-09-01";

/** Twenty facts of the kinds an active enterprise states, most of them paid by 金山区 and 光明区. */
const facts: Fact[] = [
  { type: "quality-award", award: "china-quality-award", date: "2025-06-01", amount: 1_000_000 },
  { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-01" },
  { type: "standard-innovation-award", award: "china-project", grade: "first", date: "2025-03-01" },
  { type: "quality-breakthrough", result: "key-product-award", grade: "second", date: "2025-04-01" },
  { type: "reliability-best-practice", date: "2025-04-01" },
  { type: "standard-leader", level: "national", count: 2, date: "2025-05-01" },
  { type: "quality-brand-zone", level: "national", date: "2025-05-01" },
  { type: "certification", scheme: "shanghai-brand", stage: "first", date: "2025-05-01" },
  { type: "certification", scheme: "green-product", stage: "first", count: 2, amount: 80_000, date: "2025-05-01" },
  { type: "shanghai-standard", count: 1, date: "2025-05-01" },
  { type: "standards-body", level: "national", body: "TC", isNew: true, date: "2025-05-01" },
  { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 3, date: "2025-05-01" },
  { type: "standard-project", scope: "industry", action: "revise", role: "lead", count: 2, date: "2025-05-01" },
  { type: "standard-project", scope: "group", action: "formulate", role: "participant", selfDeclared: true, date: "2025-05-01" },
  { type: "standardization-pilot", level: "national", result: "excellent", date: "2025-05-01" },
  { type: "testing-institution", institution: "cnas", stage: "established", first: true, date: "2025-05-01" },
  { type: "testing-institution", institution: "cma", stage: "established", first: true, date: "2025-05-01" },
  { type: "one-stop-pilot", level: "national", date: "2025-05-01" },
  { type: "qualified-person", role: "chief-quality-officer", appointed: true, count: 2, date: "2025-05-01" },
  { type: "patent-grant", count: 5, date: "2025-03-01" },
];

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

/**
 * What one keystroke costs in the browser: the questionnaire evaluates one policy, the compare page
 * all of them. Wall time includes waiting for a core on a busy machine; CPU time (process.cpuUsage,
 * microseconds) is the work itself, which is what a keystroke costs on an idle phone core.
 */
const engineTimings = (ids: string[], runs: number) => {
  const targets = ids.map((id) => policyById.get(id)!);
  const once = () => targets.forEach((policy) => evaluate({ policy, applicant, facts, asOf }, { trace: false }));
  for (let i = 0; i < 200; i++) once();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    once();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: [percentile(wall, 50), percentile(wall, 99)], cpu: [percentile(cpu, 50), percentile(cpu, 99)] } as const;
};

const startServer = async () => {
  const db = mkdtempSync(path.join(tmpdir(), "policy-calc-bench-"));
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, PGLITE_DIR: db, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(db, { recursive: true, force: true });
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("the production server did not start");
};

const firstLoadJs = async (browser: Browser, url: string) => {
  const page = await browser.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(BASE)) scripts.set(response.url(), response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // Read every body before the page closes (a body still being read then is lost with it).
  const bodies = await Promise.all(scripts.values());
  await page.close();
  return {
    files: bodies.length,
    rawKb: bodies.reduce((s, b) => s + b.length, 0) / 1024,
    gzipKb: bodies.reduce((s, b) => s + gzipSync(b).length, 0) / 1024,
  };
};

/** keydown → the total's text changes (a React commit), and → the next frame after it (about when it is painted). */
const typingLatency = async (browser: Browser, url: string) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { waitUntil: "networkidle" });
  const field = page.getByRole("textbox", { name: "所获上级（市级）奖励金额" }).first();
  await field.waitFor();
  // In 元 every digit of 1234567 stays under 光明区's 300 万元 cap, so every keystroke changes the total.
  await page.getByRole("combobox", { name: "所获上级（市级）奖励金额的单位" }).first().selectOption("yuan");
  await page.evaluate(() => {
    const w = window as unknown as { samples: { dom: number; frame: number }[]; start: number | null };
    w.samples = [];
    w.start = null;
    document.addEventListener("keydown", (e) => (w.start = e.timeStamp), true);
    const total = document.querySelector('[data-testid="total-max"]')!;
    new MutationObserver(() => {
      if (w.start === null) return;
      const from = w.start;
      const dom = performance.now() - from;
      w.start = null;
      requestAnimationFrame(() => w.samples.push({ dom, frame: performance.now() - from }));
    }).observe(total, { subtree: true, childList: true, characterData: true });
  });
  // 光明区 pays 100% of the municipal award, so every digit typed changes the total.
  for (let round = 0; round < 5; round++) {
    await field.fill("");
    await page.waitForTimeout(50);
    await field.pressSequentially("1234567", { delay: 60 });
    await page.waitForTimeout(50);
  }
  const samples = await page.evaluate(() => (window as unknown as { samples: { dom: number; frame: number }[] }).samples);
  await page.close();
  const dom = samples.map((s) => s.dom);
  return { n: samples.length, dom: percentile(dom, 50), dom95: percentile(dom, 95), frame: percentile(samples.map((s) => s.frame), 50) };
};

const lcp = async (browser: Browser, url: string, cpuSlowdown: number) => {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: "load" });
    runs.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) last = e.startTime;
            }).observe({ type: "largest-contentful-paint", buffered: true });
            setTimeout(() => resolve(last), 500);
          }),
      ),
    );
    await context.close();
  }
  return percentile(runs, 50);
};

interface Profile {
  name: string;
  viewport: { width: number; height: number };
  mobile: boolean;
  cpuSlowdown: number;
  /** Network.emulateNetworkConditions; none for the local server as it is. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const desktop: Profile = { name: "desktop 1280 px", viewport: { width: 1280, height: 900 }, mobile: false, cpuSlowdown: 1 };
const slowPhone: Profile = { name: "phone 390 px, 4× CPU slowdown", viewport: { width: 390, height: 844 }, mobile: true, cpuSlowdown: 4 };
/** Lighthouse's mobile preset: 4× CPU, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const slowPhone4g: Profile = {
  ...slowPhone,
  name: "phone 390 px, 4× CPU, slow 4G",
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

/**
 * Runs in the page from its first byte (plain JavaScript: the page has none of tsx's helpers).
 * Clicks on the button are numbered in the order the page handles them; the one that worked
 * reports its number — from React's commit, or from the form's submit event — so a click queued
 * behind it is never credited. The button's place is reported whenever it may have moved.
 */
const CLICK_PROBE = `
  let handled = 0;
  let last = "";
  benchOrigin(performance.timeOrigin);
  const report = () => {
    const button = document.getElementById("add-quality-award");
    if (!button) return;
    if (!last) button.scrollIntoView({ block: "center" });
    const r = button.getBoundingClientRect();
    const now = (r.x + r.width / 2) + "," + (r.y + r.height / 2);
    if (now !== last) benchPresent(r.x + r.width / 2, r.y + r.height / 2);
    last = now;
  };
  const added = () => [...document.querySelectorAll("fieldset legend")].some((l) => l.textContent.includes("政府质量奖 第 1 项"));
  document.addEventListener("click", (e) => {
    if (e.target.closest && e.target.closest("#add-quality-award")) {
      handled++;
      return benchClick(performance.timeOrigin + e.timeStamp);
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  }, true);
  document.addEventListener("submit", () => handled > 0 && benchWorked(handled), true);
  addEventListener("scroll", report, true);
  new MutationObserver((_, observer) => {
    report();
    if (!added()) return;
    if (handled > 0) benchWorked(handled);
    benchShown(performance.timeOrigin + performance.now());
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
`;

/**
 * Navigation start → the first click on ＋ 政府质量奖 that works, median of five cold loads.
 *
 * The moment the button is parsed, it is scrolled to mid-screen (on a phone it would otherwise sit
 * under the fixed total bar), and from then on raw input goes to its place over and over, as an
 * impatient finger would: the browser queues it while the page is busy, with no test script
 * waiting on the page in between. The page reports where the button is whenever the document or
 * its scrolling changes; clicks that land elsewhere meanwhile are swallowed. A click works when the entry appears (React commits
 * a click's update before the event returns) or when it submits the form (which works before the
 * scripts do); the clicks before it were dead. Times are the click event's own, on the page's
 * clock, from navigation start; "shown" is when the entry's card is in the DOM, in whichever
 * document holds it.
 */
const firstWorkingClick = async (browser: Browser, url: string, profile: Profile) => {
  const runs: { click: number; shown: number; dead: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: profile.viewport, isMobile: profile.mobile, hasTouch: profile.mobile });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
    if (profile.network) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
    let origin = Number.NaN;
    let at: { x: number; y: number } | undefined;
    const clicks: number[] = [];
    let worked = 0;
    let shown = Number.NaN;
    await page.exposeFunction("benchOrigin", (t: number) => (origin = Number.isNaN(origin) ? t : origin));
    await page.exposeFunction("benchPresent", (x: number, y: number) => (at = { x, y }));
    await page.exposeFunction("benchClick", (t: number) => clicks.push(t));
    await page.exposeFunction("benchWorked", (n: number) => (worked ||= n));
    await page.exposeFunction("benchShown", (t: number) => (shown = Number.isNaN(shown) ? t : shown));
    await page.addInitScript(CLICK_PROBE);
    await page.goto(url, { waitUntil: "commit" });
    const pause = () => new Promise((r) => setTimeout(r, 10 * profile.cpuSlowdown));
    for (const deadline = Date.now() + 60_000; !at; await pause()) if (Date.now() > deadline) throw new Error("＋ 政府质量奖 never appeared");
    for (let attempt = 0; !worked; attempt++) {
      if (attempt === 500) throw new Error("no click on ＋ 政府质量奖 added an entry");
      // Wherever the page last said the button is.
      const { x, y } = at as { x: number; y: number };
      if (profile.mobile) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await pause();
    }
    await page.waitForFunction(() => [...document.querySelectorAll("fieldset legend")].some((l) => l.textContent?.includes("政府质量奖 第 1 项")));
    runs.push({ click: clicks[worked - 1]! - origin, shown: shown - origin, dead: worked - 1 });
    await context.close();
  }
  const median = (pick: (r: (typeof runs)[number]) => number) => percentile(runs.map(pick), 50);
  return { click: median((r) => r.click), shown: median((r) => r.shown), dead: median((r) => r.dead), worstDead: Math.max(...runs.map((r) => r.dead)) };
};

const ok = (pass: boolean) => (pass ? "✓" : "✗");

const clickRows = async (browser: Browser, url: string) => {
  // The page's first render on a fresh server loads its modules: not part of what a visitor waits for.
  await fetch(url);
  const rows = [];
  for (const profile of [desktop, slowPhone, slowPhone4g]) {
    const c = await firstWorkingClick(browser, url, profile);
    rows.push(
      { measure: `first working click on ＋ 事项, ${profile.name}, median of 5`, value: `${ms(c.click)} (dead clicks before it: median ${c.dead}, worst ${c.worstDead})`, target: `< ${TARGET.firstClickMs} ms`, met: ok(c.click < TARGET.firstClickMs) },
      { measure: "  the entry it adds on screen", value: ms(c.shown), target: "(for reference)", met: "" },
    );
  }
  return rows;
};

const otherRows = async (browser: Browser, url: string) => {
  const single = engineTimings(["jinshan"], 2000);
  const all = engineTimings(policies.map((p) => p.id), 500);
  const js = await firstLoadJs(browser, url);
  const typing = await typingLatency(browser, `${BASE}/calc/guangming?s=${encodeState({ policy: "guangming", asOf, applicant, facts })}`);
  const lcpFast = await lcp(browser, url, 1);
  const lcpSlow = await lcp(browser, url, 4);
  return [
    { measure: "first-load JS of /calc/jinshan (gzip)", value: `${js.gzipKb.toFixed(1)} kB (${js.files} files, ${js.rawKb.toFixed(0)} kB raw)`, target: `< ${TARGET.firstLoadGzipKb} kB`, met: ok(js.gzipKb < TARGET.firstLoadGzipKb) },
    ...(
      [
        ["金山区 (the questionnaire)", single],
        [`all ${policies.length} policies (compare)`, all],
      ] as const
    ).flatMap(([what, t]) => [
      { measure: `engine, 20 facts, ${what}: CPU p50 / p99`, value: `${ms(t.cpu[0])} / ${ms(t.cpu[1])}`, target: `< ${TARGET.inputToResultMs} ms`, met: ok(t.cpu[1] < TARGET.inputToResultMs) },
      { measure: "  same, wall clock p50 / p99", value: `${ms(t.wall[0])} / ${ms(t.wall[1])}`, target: "(see load)", met: "" },
    ]),
    { measure: `keydown → total updated, Chromium p50 / p95 (n=${typing.n})`, value: `${ms(typing.dom)} / ${ms(typing.dom95)}`, target: `< ${TARGET.inputToResultMs} ms`, met: ok(typing.dom < TARGET.inputToResultMs) },
    { measure: "keydown → next frame, Chromium p50", value: ms(typing.frame), target: "(for reference)", met: "" },
    { measure: "LCP /calc/jinshan, 390 px, median of 5", value: ms(lcpFast), target: `< ${TARGET.lcpMs} ms`, met: ok(lcpFast < TARGET.lcpMs) },
    { measure: "LCP with 4× CPU slowdown, median of 5", value: ms(lcpSlow), target: "(for reference)", met: "" },
  ];
};

/** `npm run bench:ui -- --clicks` measures only the first working click. */
const main = async () => {
  const built = ensureBuild();
  if (built !== 0) process.exit(built);
  const stop = await startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
  });
  try {
    const calc = `${BASE}/calc/jinshan`;
    const rows = [...(process.argv.includes("--clicks") ? [] : await otherRows(browser, calc)), ...(await clickRows(browser, calc))];
    console.table(rows);
    // The Node tail (p99) is mostly the process waiting for a core: read it against the load.
    console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(" / ")} on ${availableParallelism()} cores`);
  } finally {
    await browser.close();
    stop();
  }
};

await main();
