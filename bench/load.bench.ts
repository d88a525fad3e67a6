/**
 * Load benchmark (a report, not a timed test): `npm run bench:load`, with `-- --sweep`, `--plain`
 * and/or `--soak`.
 *
 * Against `npm start` (scripts/serve.mjs, the production build) on this machine, with autocannon:
 * POST /api/v1/evaluate with a typical profile (金山区: a quality award, two national standards
 * led, a CNAS accreditation; the full answer with its trace) against a bare Next.js route on the same
 * server: POST /api/v1/bench-bare (src/app/api/v1/bench-bare/route.bench.ts), an App Router route
 * handler that reads the same JSON body with `request.json()` and answers `{"ok":true}`. That is the
 * reference for "what the framework allows" a route that takes a JSON body: the same Next.js, server
 * script, header rules, proxy matcher and compression as evaluate, so the ratio measures what
 * evaluating adds (checking the request, the rate limit, the engine, the answer) and nothing else.
 * The route exists only in this benchmark's own build (`.next-bench`, NEXT_BENCH_ROUTES in
 * next.config.ts), made when missing or older than the sources, so no deployment serves it.
 *
 * Until December 7, 2026 the reference was GET /api/v1/health, which has no body: that hid the
 * ≈ 0.2 ms Next.js spends taking any POST with a body, which evaluate cannot avoid. Health stays as
 * a row of its own, the cost of a request that carries nothing.
 *
 * At 10 and 50 connections, in rotating rounds so that whatever else the machine does weighs on all
 * alike. Targets (issue 13): evaluate keeps ≥ 85 % of the bare route's throughput, and its p99 is
 * within 1.5× of the bare route's, at both. A third row, the same route refusing an unknown policy (422), reads and
 * validates an equal body but evaluates nothing. Next to req/s: the server's CPU time per request
 * (user + system from /proc over each round ÷ requests answered), which the rest of the machine
 * disturbs far less than req/s, and which says where the time goes; and V8's own count of the
 * garbage each request makes (KB allocated, and promoted to the old generation: `--trace-gc-nvp`),
 * which it does not disturb at all. Latencies are those of every response of the rounds together.
 *
 * Then `npm run start:cluster` with 2 processes against one process, both on the same PostgreSQL
 * server (several processes need one; tests/faults/postgres.ts starts it), evaluating at 50
 * connections in alternating rounds. Target: the cluster answers more. On 2 cores shared with the
 * load generator the gain is bounded by the core the generator takes.
 *
 * --sweep measures both routes at 5 to 50 connections. --plain runs the side-by-side against the
 * same two route handlers behind Node's own HTTP server with no framework (bench/plain-http-server.ts),
 * the control. --soak then evaluates for five minutes more, sampling the server's resident memory
 * every second, and reports the least-squares slope after the first minute (target: < 1 MB/min).
 *
 * Every server runs with EVALUATE_REQUESTS_PER_SECOND far above what one load generator sends: the
 * per-client check still runs on every request, it just never refuses. Exits 1 when a target is missed.
 *
 * BENCH_PORT=N puts the servers on ports N, N+1… (on a machine shared with others' servers); by
 * default they take free ports.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";
import { startPostgres } from "../tests/faults/postgres";
import { TYPICAL_JINSHAN } from "../tests/integration/api-helpers";
import { ensureProductionBuild, freePort, startServer, type ProductionServer } from "../tests/security/production-server";

/** What the measurements need of a server under test; `garbage` where its collections are traced. */
type Server = Pick<ProductionServer, "url" | "pid" | "dispose"> & { garbage?: Garbage };

/** V8's own count of a process's garbage so far, in bytes: allocated, and promoted to the old generation. */
interface Garbage {
  allocated: number;
  promoted: number;
}

/**
 * Node flags and a reader that keep the count: `--trace-gc-nvp` prints a line per collection with
 * the bytes allocated since the one before and those it promoted. Bytes do not depend on how busy
 * the machine is, as req/s and milliseconds do. A collection reports what was allocated since the
 * one before, so a round's first carries some of the round before: the allocation column blurs
 * (on 7 December, on a busy machine, the bare route 251–286 KB in two runs at two loads, where whole
 * collections per route gave 250–260); the promoted column held (25.0–25.4 KB). One process only:
 * start:cluster's would interleave.
 */
const traceGarbage = () => {
  const garbage: Garbage = { allocated: 0, promoted: 0 };
  let partial = "";
  const onStdout = (text: string) => {
    const lines = (partial + text).split("\n");
    partial = lines.pop()!;
    for (const line of lines.filter((l) => l.includes("gc="))) {
      garbage.allocated += Number(/\ballocated=(\d+)/.exec(line)?.[1] ?? 0);
      garbage.promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0);
    }
  };
  return { garbage, nodeFlags: ["--trace-gc-nvp"], onStdout };
};

const CONNECTIONS = 50;
/** The two loads the targets are set at. */
const SIDE_BY_SIDE_CONNECTIONS = [10, 50];
const ROUNDS = 6;
const ROUND_SECONDS = 5;
const CLUSTER_PROCESSES = 2;
/** The per-client evaluate budget never refuses the load generator; its check still runs. */
const UNLIMITED = { EVALUATE_REQUESTS_PER_SECOND: "100000000" };
const SWEEP_CONNECTIONS = [5, 10, 20, 30, 40, 50];
const SWEEP_SECONDS = 5;
const SOAK_SECONDS = 300;
const SAMPLE_EVERY_MS = 1_000;
const TARGET = { throughputRatio: 0.85, p99Ratio: 1.5, p99Ms: 50, soakSlopeMbPerMin: 1 };
/** Linux reports process CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

interface Target {
  name: string;
  path: string;
  method: "GET" | "POST";
  body?: string;
}

const evaluate: Target = { name: "POST /api/v1/evaluate", path: "/api/v1/evaluate", method: "POST", body: JSON.stringify(TYPICAL_JINSHAN) };
/** The reference: a bare Next.js route taking the same body. */
const bare: Target = { ...evaluate, name: "POST bare route (reference)", path: "/api/v1/bench-bare" };
/** Not a target: a GET with nothing to read, to show what taking a POST body costs the framework. */
const health: Target = { name: "GET  /api/v1/health", path: "/api/v1/health", method: "GET" };
/**
 * Not a target, a yardstick: the same route refusing an unknown policy (422) reads and validates a
 * body of the same size but evaluates nothing, which separates what any POST costs in the framework
 * from what the engine costs.
 */
const refused: Target = { ...evaluate, name: "POST /api/v1/evaluate 422", body: JSON.stringify({ ...TYPICAL_JINSHAN, policy: "atlantis" }) };

/** This benchmark's own build, the only one that routes the reference (next.config.ts). */
const BUILD = { distDir: process.env.NEXT_DIST_DIR || ".next-bench", env: { NEXT_BENCH_ROUTES: "1" } };
const SERVER_ENV = { ...UNLIMITED, ...BUILD.env, NEXT_DIST_DIR: BUILD.distDir };

/** The next of the BENCH_PORT ports, or undefined: startServer then takes a free one. */
let nextPort = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const port = () => (nextPort === undefined ? undefined : nextPort++);

/** autocannon's result, and every response's latency (ms), so that a p99 can be taken over all the rounds. */
const fire = (server: Server, target: Target, seconds: number, connections = CONNECTIONS) =>
  new Promise<autocannon.Result & { latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const options = {
      url: `${server.url}${target.path}`,
      method: target.method,
      connections,
      duration: seconds,
      ...(target.body ? { body: target.body, headers: { "content-type": "application/json" } } : {}),
    };
    autocannon(options, (error, result) => (error ? reject(error as Error) : resolve({ ...result, latencies }))).on("response", (_client, _status, _bytes, ms) => {
      latencies.push(ms);
    });
  });

/** A process's user + system CPU time so far, in ms (fields 14 and 15 of /proc/PID/stat). */
const ownCpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
};

/** The processes start:cluster forked (none for npm start). */
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);

/** The server's CPU time so far, in ms: the process and, for start:cluster, the processes it serves with. */
const cpuMs = (pid: number) => ownCpuMs(pid) + childrenOf(pid).reduce((sum, child) => sum + ownCpuMs(child), 0);

type Run = Awaited<ReturnType<typeof fire>> & { cpuMs: number; garbage?: Garbage };

const measured = async (server: Server, target: Target, seconds: number, connections = CONNECTIONS): Promise<Run> => {
  const before = { cpuMs: cpuMs(server.pid), garbage: server.garbage && { ...server.garbage } };
  const run = await fire(server, target, seconds, connections);
  const garbage = server.garbage && before.garbage && { allocated: server.garbage.allocated - before.garbage.allocated, promoted: server.garbage.promoted - before.garbage.promoted };
  return { ...run, cpuMs: cpuMs(server.pid) - before.cpuMs, garbage };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The latency under which `share` of the responses came, over all the rounds (ms, whole). */
const percentile = (runs: Run[], share: number) => {
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return Math.round(all[Math.max(0, Math.ceil(share * all.length) - 1)] ?? 0);
};

/**
 * p50 and p99 are those of every response in the rounds together. The tail at 50 connections is
 * the server's full garbage collections, about one per 4,000 requests for the bare route and
 * evaluate alike (docs/security.md): about one per 5-s round, so the median of the rounds' own p99
 * (printed as "p99 rnd") tells more whether a collection fell in half the rounds than how long
 * requests waited.
 */
const summarize = (runs: Run[], expectedStatus = 200) => {
  const requests = runs.reduce((s, r) => s + r.requests.total, 0);
  return {
    rps: requests / runs.reduce((s, r) => s + r.duration, 0),
    p50: percentile(runs, 0.5),
    p99: percentile(runs, 0.99),
    p99OfRounds: median(runs.map((r) => r.latency.p99)),
    cpuMsPerRequest: runs.reduce((s, r) => s + r.cpuMs, 0) / requests,
    /** KB per request, where the server's collections were traced. */
    allocatedKb: runs.every((r) => r.garbage) ? runs.reduce((s, r) => s + r.garbage!.allocated, 0) / requests / 1024 : undefined,
    promotedKb: runs.every((r) => r.garbage) ? runs.reduce((s, r) => s + r.garbage!.promoted, 0) / requests / 1024 : undefined,
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
  `${name.padEnd(27)}${s.rps.toFixed(0).padStart(7)}${s.p50.toFixed(0).padStart(7)}${s.p99.toFixed(0).padStart(7)}${s.p99OfRounds.toFixed(0).padStart(9)}${s.cpuMsPerRequest.toFixed(2).padStart(11)}${String(s.failed).padStart(8)}` +
  (s.allocatedKb === undefined ? "" : `${s.allocatedKb.toFixed(0).padStart(10)}${s.promotedKb!.toFixed(1).padStart(10)}`);

const header = (garbage = false) =>
  `${"route".padEnd(27)}${"req/s".padStart(7)}${"p50".padStart(7)}${"p99".padStart(7)}${"p99 rnd".padStart(9)}${"CPU ms/req".padStart(11)}${"failed".padStart(8)}` +
  (garbage ? `${"alloc KB".padStart(10)}${"promo KB".padStart(10)}` : "");

/** The routes at each load, rotating within each round; the targets are judged at each load. */
const sideBySide = async (server: Server, label: string) => {
  // Warm-up: the JIT, the route modules Next.js loads on first use.
  const targets = [bare, evaluate, refused, health];
  for (const target of targets) await fire(server, target, 3);
  const runs = new Map<string, Run[]>();
  const key = (t: Target, c: number) => `${t.name}@${c}`;
  for (let round = 0; round < ROUNDS; round++) {
    for (const connections of round % 2 ? [...SIDE_BY_SIDE_CONNECTIONS].reverse() : SIDE_BY_SIDE_CONNECTIONS) {
      // Rotate which goes first, so none always follows another's garbage.
      const first = round % targets.length;
      for (const target of [...targets.slice(first), ...targets.slice(0, first)]) {
        const k = key(target, connections);
        runs.set(k, [...(runs.get(k) ?? []), await measured(server, target, ROUND_SECONDS, connections)]);
      }
    }
  }
  let passed = true;
  console.log(`\n${label}: ${ROUNDS} rotating rounds of ${ROUND_SECONDS} s per route and load (latency, ms: of all the rounds' responses; p99 rnd: the median of the rounds' own p99)`);
  for (const connections of SIDE_BY_SIDE_CONNECTIONS) {
    const b = summarize(runs.get(key(bare, connections))!);
    const e = summarize(runs.get(key(evaluate, connections))!);
    const r = summarize(runs.get(key(refused, connections))!, 422);
    const h = summarize(runs.get(key(health, connections))!);
    console.log(`\n${connections} connections\n${header(b.allocatedKb !== undefined)}`);
    console.log(row(bare.name, b));
    console.log(row(evaluate.name, e));
    console.log(row(refused.name, r));
    console.log(row(health.name, h));
    const ratio = e.rps / b.rps;
    const p99Ratio = e.p99 / b.p99;
    console.log(
      `server CPU per request: evaluating adds ${(e.cpuMsPerRequest - b.cpuMsPerRequest).toFixed(2)} ms to the bare route's ${b.cpuMsPerRequest.toFixed(2)} ms; ` +
        `the 422 yardstick (body read and checked, nothing evaluated) keeps ${((r.rps / b.rps) * 100).toFixed(1)} % of the bare route's req/s; ` +
        `health, a GET with no body, costs ${h.cpuMsPerRequest.toFixed(2)} ms`,
    );
    if (b.allocatedKb !== undefined && e.allocatedKb !== undefined) {
      console.log(
        `garbage per request (V8's count; alloc: allocated, promo: promoted to the old generation): evaluating adds ` +
          `${(e.allocatedKb - b.allocatedKb).toFixed(0)} KB to the bare route's ${b.allocatedKb.toFixed(0)} KB, and promotes ${e.promotedKb!.toFixed(1)} KB against ${b.promotedKb!.toFixed(1)}`,
      );
    }
    const failed = b.failed + e.failed + r.failed + h.failed;
    const ok = { ratio: ratio >= TARGET.throughputRatio, p99: p99Ratio <= TARGET.p99Ratio, failed: failed === 0 };
    console.log(`evaluate / bare route throughput at ${connections}: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET.throughputRatio * 100} %) ${ok.ratio ? "PASS" : "FAIL"}`);
    console.log(
      `evaluate p99 / bare route p99 at ${connections}: ${e.p99} / ${b.p99} ms = ${p99Ratio.toFixed(2)}× (target ≤ ${TARGET.p99Ratio}×) ${ok.p99 ? "PASS" : "FAIL"}` +
        ` (median of the rounds' p99: ${e.p99OfRounds} / ${b.p99OfRounds} ms = ${(e.p99OfRounds / b.p99OfRounds).toFixed(2)}×)`,
    );
    console.log(`failed requests (errors, unexpected status): ${failed} ${ok.failed ? "PASS" : "FAIL"}`);
    passed &&= Object.values(ok).every(Boolean);
  }
  return passed;
};

/** One process against start:cluster, on one PostgreSQL, evaluating in alternating rounds. */
const clusterAgainstOne = async () => {
  const database = await startPostgres();
  const env = { DATABASE_URL: database.url, ...SERVER_ENV };
  const one = await startServer({ env, port: port() });
  const cluster = await startServer({ env: { ...env, WEB_CONCURRENCY: String(CLUSTER_PROCESSES) }, cluster: true, port: port() });
  try {
    for (const server of [one, cluster]) await fire(server, evaluate, 3);
    const runs = new Map<Server, Run[]>([
      [one, []],
      [cluster, []],
    ]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const server of round % 2 ? [cluster, one] : [one, cluster]) runs.get(server)!.push(await measured(server, evaluate, ROUND_SECONDS));
    }
    const o = summarize(runs.get(one)!);
    const c = summarize(runs.get(cluster)!);
    console.log(`\nnpm run start:cluster (${CLUSTER_PROCESSES} processes) against npm start, on one PostgreSQL: ${evaluate.name}, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s`);
    console.log(header().replace("route", "server"));
    console.log(row("npm start (1 process)", o));
    console.log(row(`start:cluster (${CLUSTER_PROCESSES} processes)`, c));
    // Two processes can only answer more where a core is left over for the second: the load
    // generator and the rest of the machine take their share first.
    const serverCores = (runs: Run[]) => runs.reduce((s, r) => s + r.cpuMs, 0) / runs.reduce((s, r) => s + r.duration * 1000, 0);
    console.log(`cores the server used while measured: ${serverCores(runs.get(one)!).toFixed(2)} (1 process), ${serverCores(runs.get(cluster)!).toFixed(2)} (cluster), of ${availableParallelism()}`);
    const ok = c.rps > o.rps && o.failed + c.failed === 0;
    console.log(`cluster / one process throughput: ${((c.rps / o.rps) * 100).toFixed(1)} % (target > 100 %) ${ok ? "PASS" : "FAIL"}`);
    return ok;
  } finally {
    await Promise.all([one.dispose(), cluster.dispose()]);
    database.dispose();
  }
};

/** Latency against concurrency: how many connections each route serves with p99 under the target. */
const sweep = async (server: Server) => {
  console.log(`\nsweep: ${SWEEP_SECONDS} s per route and concurrency (latency ms)`);
  console.log(`${"connections".padEnd(13)}${"bare req/s".padStart(13)}${"p50".padStart(6)}${"p99".padStart(6)}${"evaluate req/s".padStart(16)}${"p50".padStart(6)}${"p99".padStart(6)}`);
  const within = { bare: 0, evaluate: 0 };
  for (const connections of SWEEP_CONNECTIONS) {
    const h = summarize([await measured(server, bare, SWEEP_SECONDS, connections)]);
    const e = summarize([await measured(server, evaluate, SWEEP_SECONDS, connections)]);
    if (h.p99 < TARGET.p99Ms) within.bare = connections;
    if (e.p99 < TARGET.p99Ms) within.evaluate = connections;
    console.log(
      `${String(connections).padEnd(13)}${h.rps.toFixed(0).padStart(13)}${h.p50.toFixed(0).padStart(6)}${h.p99.toFixed(0).padStart(6)}` +
        `${e.rps.toFixed(0).padStart(16)}${e.p50.toFixed(0).padStart(6)}${e.p99.toFixed(0).padStart(6)}`,
    );
  }
  console.log(
    `p99 < ${TARGET.p99Ms} ms up to: evaluate ${within.evaluate || "none"} connections, the bare route ${within.bare || "none"} (of those measured: ${SWEEP_CONNECTIONS.join(", ")})`,
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
  const port = nextPort ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "bench/plain-http-server.ts", String(port)], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...UNLIMITED } });
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

ensureProductionBuild(BUILD);
console.log(`load average at the start: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
const { garbage, ...tracing } = traceGarbage();
const server: Server = { ...(await startServer({ env: SERVER_ENV, port: port(), ...tracing })), garbage };
let passed = false;
try {
  passed = await sideBySide(server, "npm start (production build, embedded database)");
  if (process.argv.includes("--sweep")) await sweep(server);
  if (process.argv.includes("--soak")) passed = (await soak(server)) && passed;
} finally {
  await server.dispose();
}
passed = (await clusterAgainstOne()) && passed;
if (process.argv.includes("--plain")) {
  const plain = await startPlainServer();
  try {
    // The control is reported, not judged: the targets are the app's.
    await sideBySide(plain, "control: the same handlers on node:http, no framework");
  } finally {
    await plain.dispose();
  }
}
console.log(`\nload average at the end: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
process.exit(passed ? 0 : 1);
