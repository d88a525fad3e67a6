/**
 * Load benchmark (a report, not a timed test): `npm run bench:load`, or `npm run bench:load -- --soak`.
 *
 * Against `next start` on the production build, on this machine, with autocannon at 50 connections:
 * POST /api/v1/evaluate with a typical profile (金山区: a quality award, two national standards
 * led, a CNAS accreditation; the full answer with its trace) side by side with GET /api/v1/health,
 * a route that does nothing, on the same server. The two alternate in rounds so that whatever else
 * the machine is doing weighs on both alike. Targets: evaluate keeps ≥ 85 % of the trivial route's
 * throughput, with p99 < 50 ms.
 *
 * --soak then evaluates for five minutes more, sampling the server's resident memory every 10 s,
 * and reports the least-squares slope after the first minute (target: flat, < 1 MB/min).
 *
 * Exits 1 when a target is missed. The server gets an empty database of its own.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { TYPICAL_JINSHAN } from "../tests/integration/api-helpers";
import { ensureProductionBuild, startServer, type ProductionServer } from "../tests/security/production-server";

const CONNECTIONS = 50;
const ROUNDS = 3;
const ROUND_SECONDS = 10;
const SOAK_SECONDS = 300;
const SAMPLE_EVERY_MS = 10_000;
const TARGET = { throughputRatio: 0.85, p99Ms: 50, soakSlopeMbPerMin: 1 };

interface Target {
  name: string;
  path: string;
  method: "GET" | "POST";
  body?: string;
}

const health: Target = { name: "GET  /api/v1/health", path: "/api/v1/health", method: "GET" };
const evaluate: Target = { name: "POST /api/v1/evaluate", path: "/api/v1/evaluate", method: "POST", body: JSON.stringify(TYPICAL_JINSHAN) };
/**
 * Not a target, a yardstick: the same route refusing an unknown policy (422) reads and validates a
 * body of the same size but evaluates nothing, which separates what any POST costs in the framework
 * from what the engine costs.
 */
const refused: Target = { ...evaluate, name: "POST /api/v1/evaluate 422", body: JSON.stringify({ ...TYPICAL_JINSHAN, policy: "atlantis" }) };

const fire = (server: ProductionServer, target: Target, seconds: number) =>
  autocannon({
    url: `${server.url}${target.path}`,
    method: target.method,
    connections: CONNECTIONS,
    duration: seconds,
    ...(target.body ? { body: target.body, headers: { "content-type": "application/json" } } : {}),
  });

type Run = Awaited<ReturnType<typeof fire>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const summarize = (runs: Run[], expectedStatus = 200) => ({
  rps: runs.reduce((s, r) => s + r.requests.total, 0) / runs.reduce((s, r) => s + r.duration, 0),
  p50: median(runs.map((r) => r.latency.p50)),
  p99: median(runs.map((r) => r.latency.p99)),
  failed: runs.reduce((s, r) => s + r.errors + (expectedStatus === 200 ? r.non2xx : r.requests.total - (r.statusCodeStats?.[`${expectedStatus}`]?.count ?? 0)), 0),
});

/** Resident memory of the server process, from the kernel (what the machine actually gives it). */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

/** Least-squares slope of y over x. */
const slope = (points: [number, number][]) => {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxy / sxx;
};

const sideBySide = async (server: ProductionServer) => {
  // Warm-up: the JIT, the route modules Next.js loads on first use, the connection pool.
  const targets = [health, evaluate, refused];
  for (const target of targets) await fire(server, target, 3);
  const runs = new Map<Target, Run[]>(targets.map((t) => [t, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate which goes first, so none always follows another's garbage.
    for (const target of [...targets.slice(round % 3), ...targets.slice(0, round % 3)]) runs.get(target)!.push(await fire(server, target, ROUND_SECONDS));
  }
  const h = summarize(runs.get(health)!);
  const e = summarize(runs.get(evaluate)!);
  const r = summarize(runs.get(refused)!, 422);
  const row = (name: string, s: typeof h) =>
    `${name.padEnd(24)}${s.rps.toFixed(0).padStart(9)}${s.p50.toFixed(0).padStart(9)}${s.p99.toFixed(0).padStart(9)}${String(s.failed).padStart(9)}`;
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s per route (latency: median of the rounds, ms)`);
  console.log(`${"route".padEnd(24)}${"req/s".padStart(9)}${"p50".padStart(9)}${"p99".padStart(9)}${"failed".padStart(9)}`);
  console.log(row(health.name, h));
  console.log(row(evaluate.name, e));
  console.log(row(refused.name, r));
  const ratio = e.rps / h.rps;
  console.log(
    `yardstick: a POST the framework reads and validates but nothing evaluates keeps ${((r.rps / h.rps) * 100).toFixed(1)} % of health; ` +
      `evaluating keeps ${((e.rps / r.rps) * 100).toFixed(1)} % of that`,
  );
  const ok = { ratio: ratio >= TARGET.throughputRatio, p99: e.p99 < TARGET.p99Ms, failed: e.failed + h.failed + r.failed === 0 };
  console.log(`evaluate / health throughput: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET.throughputRatio * 100} %) ${ok.ratio ? "PASS" : "FAIL"}`);
  console.log(`evaluate p99: ${e.p99} ms (target < ${TARGET.p99Ms} ms) ${ok.p99 ? "PASS" : "FAIL"}`);
  console.log(`failed requests (errors, unexpected status): ${e.failed + h.failed + r.failed} ${ok.failed ? "PASS" : "FAIL"}`);
  return Object.values(ok).every(Boolean);
};

const soak = async (server: ProductionServer) => {
  console.log(`\nsoak: POST /api/v1/evaluate at ${CONNECTIONS} connections for ${SOAK_SECONDS} s, server RSS every ${SAMPLE_EVERY_MS / 1000} s`);
  const started = Date.now();
  const samples: [number, number][] = [[0, rssMb(server.pid)]];
  const timer = setInterval(() => samples.push([(Date.now() - started) / 60_000, rssMb(server.pid)]), SAMPLE_EVERY_MS);
  const run = await fire(server, evaluate, SOAK_SECONDS);
  clearInterval(timer);
  samples.push([(Date.now() - started) / 60_000, rssMb(server.pid)]);
  console.log(`RSS (MB) by minute: ${samples.map(([t, mb]) => `${t.toFixed(1)}:${mb.toFixed(0)}`).join(" ")}`);
  const settled = samples.filter(([t]) => t >= 1);
  const perMinute = slope(settled);
  const ok = perMinute < TARGET.soakSlopeMbPerMin && run.errors + run.non2xx === 0;
  console.log(
    `${run.requests.total} requests, ${(run.requests.total / run.duration).toFixed(0)} req/s, p99 ${run.latency.p99} ms, failed ${run.errors + run.non2xx}; ` +
      `RSS ${samples[0]![1].toFixed(0)} → ${samples.at(-1)![1].toFixed(0)} MB, max ${Math.max(...samples.map(([, mb]) => mb)).toFixed(0)} MB; ` +
      `slope after the first minute ${perMinute.toFixed(2)} MB/min (target < ${TARGET.soakSlopeMbPerMin}) ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
};

ensureProductionBuild();
const server = await startServer();
let passed = false;
try {
  passed = await sideBySide(server);
  if (process.argv.includes("--soak")) passed = (await soak(server)) && passed;
} finally {
  await server.dispose();
}
process.exit(passed ? 0 : 1);
