/**
 * Load benchmark (a report, not a timed test): `npm run bench:load`, with `-- --sweep` and/or `-- --soak`.
 *
 * Against `next start` on the production build, on this machine, with autocannon at 50 connections:
 * POST /api/v1/evaluate with a typical profile (金山区: a quality award, two national standards
 * led, a CNAS accreditation; the full answer with its trace) side by side with GET /api/v1/health,
 * a route that does nothing, on the same server. The two alternate in short rounds so that whatever
 * else the machine is doing weighs on both alike. Targets: evaluate keeps ≥ 85 % of the trivial
 * route's throughput, with p99 < 50 ms. Next to req/s it reports the server's CPU time per request
 * (user + system from /proc over each round ÷ requests answered), which the rest of the machine
 * disturbs far less than req/s and which says where the time goes.
 *
 * --sweep measures both routes at 5 to 50 connections and names the most at which evaluate's p99 is
 * still under 50 ms, next to the trivial route's: what this server can promise on this machine.
 *
 * --plain runs the same side-by-side against the same two route handlers behind Node's own HTTP
 * server with no framework (bench/plain-http-server.ts), the control that shows what the framework
 * costs per request and what evaluating costs without it.
 *
 * --soak then evaluates for five minutes more, sampling the server's resident memory every second,
 * and reports the least-squares slope after the first minute with its standard error (target: flat,
 * < 1 MB/min).
 *
 * Exits 1 when a target is missed. The server gets an empty database of its own.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import autocannon from "autocannon";
import { TYPICAL_JINSHAN } from "../tests/integration/api-helpers";
import { ensureProductionBuild, freePort, startServer, type ProductionServer } from "../tests/security/production-server";

/** What the measurements need of a server under test. */
type Server = Pick<ProductionServer, "url" | "pid" | "dispose">;

const CONNECTIONS = 50;
const ROUNDS = 6;
const ROUND_SECONDS = 5;
const SWEEP_CONNECTIONS = [5, 10, 20, 30, 40, 50];
const SWEEP_SECONDS = 5;
const SOAK_SECONDS = 300;
const SAMPLE_EVERY_MS = 1_000;
const TARGET = { throughputRatio: 0.85, p99Ms: 50, soakSlopeMbPerMin: 1 };
/** Linux reports process CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

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

const fire = (server: Server, target: Target, seconds: number, connections = CONNECTIONS) =>
  autocannon({
    url: `${server.url}${target.path}`,
    method: target.method,
    connections,
    duration: seconds,
    ...(target.body ? { body: target.body, headers: { "content-type": "application/json" } } : {}),
  });

/** The server's user + system CPU time so far, in ms (fields 14 and 15 of /proc/PID/stat). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
};

type Run = Awaited<ReturnType<typeof fire>> & { cpuMs: number };

const measured = async (server: Server, target: Target, seconds: number, connections = CONNECTIONS): Promise<Run> => {
  const before = cpuMs(server.pid);
  const run = await fire(server, target, seconds, connections);
  return { ...run, cpuMs: cpuMs(server.pid) - before };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const summarize = (runs: Run[], expectedStatus = 200) => {
  const requests = runs.reduce((s, r) => s + r.requests.total, 0);
  return {
    rps: requests / runs.reduce((s, r) => s + r.duration, 0),
    p50: median(runs.map((r) => r.latency.p50)),
    p99: median(runs.map((r) => r.latency.p99)),
    cpuMsPerRequest: runs.reduce((s, r) => s + r.cpuMs, 0) / requests,
    failed: runs.reduce((s, r) => s + r.errors + (expectedStatus === 200 ? r.non2xx : r.requests.total - (r.statusCodeStats?.[`${expectedStatus}`]?.count ?? 0)), 0),
  };
};

type Summary = ReturnType<typeof summarize>;

/** Resident memory of the server process, from the kernel (what the machine actually gives it). */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

/** Least-squares slope of y over x, with its standard error. */
const slope = (points: [number, number][]) => {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const b = sxy / sxx;
  const residuals = points.reduce((s, [x, y]) => s + (y - my - b * (x - mx)) ** 2, 0);
  return { perUnit: b, standardError: Math.sqrt(residuals / (n - 2) / sxx) };
};

const row = (name: string, s: Summary) =>
  `${name.padEnd(27)}${s.rps.toFixed(0).padStart(7)}${s.p50.toFixed(0).padStart(7)}${s.p99.toFixed(0).padStart(7)}${s.cpuMsPerRequest.toFixed(2).padStart(11)}${String(s.failed).padStart(8)}`;

const sideBySide = async (server: Server, label: string) => {
  // Warm-up: the JIT, the route modules Next.js loads on first use, the connection pool.
  const targets = [health, evaluate, refused];
  for (const target of targets) await fire(server, target, 3);
  const runs = new Map<Target, Run[]>(targets.map((t) => [t, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate which goes first, so none always follows another's garbage.
    for (const target of [...targets.slice(round % 3), ...targets.slice(0, round % 3)]) runs.get(target)!.push(await measured(server, target, ROUND_SECONDS));
  }
  const h = summarize(runs.get(health)!);
  const e = summarize(runs.get(evaluate)!);
  const r = summarize(runs.get(refused)!, 422);
  console.log(`\n${label}: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s per route (latency: median of the rounds, ms)`);
  console.log(`${"route".padEnd(27)}${"req/s".padStart(7)}${"p50".padStart(7)}${"p99".padStart(7)}${"CPU ms/req".padStart(11)}${"failed".padStart(8)}`);
  console.log(row(health.name, h));
  console.log(row(evaluate.name, e));
  console.log(row(refused.name, r));
  const ratio = e.rps / h.rps;
  console.log(
    `server CPU per request: evaluating adds ${(e.cpuMsPerRequest - h.cpuMsPerRequest).toFixed(2)} ms to the ${h.cpuMsPerRequest.toFixed(2)} ms ` +
      `the server spends on a request that does nothing (${((h.cpuMsPerRequest / e.cpuMsPerRequest) * 100).toFixed(1)} %); ` +
      `the 422 yardstick keeps ${((r.rps / h.rps) * 100).toFixed(1)} % of health's req/s`,
  );
  const ok = { ratio: ratio >= TARGET.throughputRatio, p99: e.p99 < TARGET.p99Ms, failed: e.failed + h.failed + r.failed === 0 };
  console.log(`evaluate / health throughput: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET.throughputRatio * 100} %) ${ok.ratio ? "PASS" : "FAIL"}`);
  console.log(
    `evaluate p99: ${e.p99} ms (target < ${TARGET.p99Ms} ms) ${ok.p99 ? "PASS" : "FAIL"}` +
      (h.p99 >= TARGET.p99Ms ? `; the route that does nothing has p99 ${h.p99} ms on this server and machine` : ""),
  );
  console.log(`failed requests (errors, unexpected status): ${e.failed + h.failed + r.failed} ${ok.failed ? "PASS" : "FAIL"}`);
  return Object.values(ok).every(Boolean);
};

/** Latency against concurrency: how many connections each route serves with p99 under the target. */
const sweep = async (server: Server) => {
  console.log(`\nsweep: ${SWEEP_SECONDS} s per route and concurrency (latency ms)`);
  console.log(`${"connections".padEnd(13)}${"health req/s".padStart(13)}${"p50".padStart(6)}${"p99".padStart(6)}${"evaluate req/s".padStart(16)}${"p50".padStart(6)}${"p99".padStart(6)}`);
  const within = { health: 0, evaluate: 0 };
  for (const connections of SWEEP_CONNECTIONS) {
    const h = summarize([await measured(server, health, SWEEP_SECONDS, connections)]);
    const e = summarize([await measured(server, evaluate, SWEEP_SECONDS, connections)]);
    if (h.p99 < TARGET.p99Ms) within.health = connections;
    if (e.p99 < TARGET.p99Ms) within.evaluate = connections;
    console.log(
      `${String(connections).padEnd(13)}${h.rps.toFixed(0).padStart(13)}${h.p50.toFixed(0).padStart(6)}${h.p99.toFixed(0).padStart(6)}` +
        `${e.rps.toFixed(0).padStart(16)}${e.p50.toFixed(0).padStart(6)}${e.p99.toFixed(0).padStart(6)}`,
    );
  }
  console.log(
    `p99 < ${TARGET.p99Ms} ms up to: evaluate ${within.evaluate || "none"} connections, health ${within.health || "none"} (of those measured: ${SWEEP_CONNECTIONS.join(", ")})`,
  );
};

const soak = async (server: Server) => {
  console.log(`\nsoak: POST /api/v1/evaluate at ${CONNECTIONS} connections for ${SOAK_SECONDS} s, server RSS every ${SAMPLE_EVERY_MS / 1000} s`);
  const started = Date.now();
  const samples: [number, number][] = [[0, rssMb(server.pid)]];
  const timer = setInterval(() => samples.push([(Date.now() - started) / 60_000, rssMb(server.pid)]), SAMPLE_EVERY_MS);
  const run = await fire(server, evaluate, SOAK_SECONDS);
  clearInterval(timer);
  samples.push([(Date.now() - started) / 60_000, rssMb(server.pid)]);
  const byMinute = samples.filter((_, i) => i % Math.round(60_000 / SAMPLE_EVERY_MS) === 0);
  console.log(`RSS (MB) by minute: ${byMinute.map(([t, mb]) => `${t.toFixed(1)}:${mb.toFixed(0)}`).join(" ")}`);
  const fit = slope(samples.filter(([t]) => t >= 1));
  const ok = fit.perUnit < TARGET.soakSlopeMbPerMin && run.errors + run.non2xx === 0;
  console.log(
    `${run.requests.total} requests, ${(run.requests.total / run.duration).toFixed(0)} req/s, p99 ${run.latency.p99} ms, failed ${run.errors + run.non2xx}; ` +
      `RSS ${samples[0]![1].toFixed(0)} → ${samples.at(-1)![1].toFixed(0)} MB, max ${Math.max(...samples.map(([, mb]) => mb)).toFixed(0)} MB; ` +
      `slope after the first minute ${fit.perUnit.toFixed(2)} ± ${fit.standardError.toFixed(2)} MB/min over ${samples.length} samples ` +
      `(target < ${TARGET.soakSlopeMbPerMin}) ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
};

/** The same route handlers without the framework; the 422 yardstick is measured there too. */
const startPlainServer = async (): Promise<Server> => {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "bench/plain-http-server.ts", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await once(child.stdout!, "data");
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    dispose: async () => {
      child.kill();
      await once(child, "exit");
    },
  };
};

ensureProductionBuild();
const server = await startServer();
let passed = false;
try {
  passed = await sideBySide(server, "next start (production build)");
  if (process.argv.includes("--sweep")) await sweep(server);
  if (process.argv.includes("--soak")) passed = (await soak(server)) && passed;
} finally {
  await server.dispose();
}
if (process.argv.includes("--plain")) {
  const plain = await startPlainServer();
  try {
    // The control is reported, not judged: the targets are the app's.
    await sideBySide(plain, "control: the same handlers on node:http, no framework");
  } finally {
    await plain.dispose();
  }
}
process.exit(passed ? 0 : 1);
