/**
 * `npm run test:fuzz`: at least 10,000 generated hostile requests (bodies, queries, headers,
 * uploads, path segments, methods) to every API route and page of the production server, found by
 * reading src/app. Each answer must be below 500, carry the security headers, name the problem
 * when it is a 4xx, and render none of the markup it was sent; afterwards the database holds
 * exactly the links and drafts that were answered 201, and the server computes what it did before.
 *
 * Seeds are fixed, so a failure reproduces; FUZZ_SEED explores other inputs, FUZZ_RUNS changes the total.
 */
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyVersion } from "@/engine";
import { openPglite } from "@/lib/db/driver";
import { checkIntegrity } from "@/lib/db/health";
import { newShortId } from "@/lib/share/short-id";
import { policies, policyById } from "@policies/index";
import { expectApiError, TYPICAL_JINSHAN } from "../integration/api-helpers";
import { describeRequest, problemsOf, send, type Exchange, type FuzzRequest } from "./exchange";
import { hostileBody, hostileHeaders, pathSegment, query, type Body } from "./hostile";
import { startServer, type ProductionServer } from "./production-server";
import { appRoutes, dynamicSegments, fillPattern, type AppRoute } from "./routes";
import { zipBomb } from "./zip-bomb";

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 6_000);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_251_122);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

const { policy: _policy, ...typicalProfile } = TYPICAL_JINSHAN;
const fixedItem = policyById.get("jinshan")!.items.find((i) => i.amount.kind === "fixed")!;

/** The valid body each route starts from before it is broken. */
const VALID_BODIES: Record<string, unknown> = {
  "/api/v1/compare": typicalProfile,
  "/api/v1/batch": { policy: "jinshan", asOf: "2025-09-30", applicants: [{ id: "a1", applicant: typicalProfile.applicant, facts: typicalProfile.facts }] },
  "/api/v1/drafts": { name: "提高奖励", policy: "jinshan", changes: [{ target: "item", id: fixedItem.id, field: "yuan", value: 600_000 }] },
};
const validBody = (pattern: string): unknown => VALID_BODIES[pattern] ?? TYPICAL_JINSHAN;

const routes = appRoutes();

/** Routes that take a body get most of the budget: that is where the parsing is. Pages are the slowest to answer. */
const weightOf = (r: AppRoute) => (r.kind === "page" ? 2 : r.methods.some((m) => m !== "GET") && !r.pattern.includes("[...") ? 10 : 3);
const totalWeight = routes.reduce((s, r) => s + weightOf(r), 0);
const runsOf = (r: AppRoute) => Math.ceil((TOTAL_RUNS * weightOf(r)) / totalWeight);

const seedOf = (pattern: string) => [...pattern].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, BASE_SEED);

let server: ProductionServer;
let knownShareId = "";
/** What came back, without the bodies: ten thousand pages would not fit in memory. */
const log: { status: number; ms: number }[] = [];
/** Ids answered 201, per route: the only rows the database may gain. */
const created = new Map<string, Set<string>>();
const recordCreated = (target: string, body: string) => {
  const route = target.split("?")[0]!;
  const ids = created.get(route) ?? created.set(route, new Set()).get(route)!;
  ids.add((JSON.parse(body) as { id: string }).id);
};

const segmentValues = (route: AppRoute, name: string): string[] => {
  if (route.pattern.startsWith("/s/")) return [knownShareId, newShortId()];
  if (name === "path") return ["v1/nope", "v2/evaluate", "v1/policies/jinshan/items"];
  return policies.map((p) => p.id);
};

const requestFor = (route: AppRoute): fc.Arbitrary<FuzzRequest> => {
  const valid = validBody(route.pattern);
  const segments = dynamicSegments(route.pattern);
  const own = route.kind === "page" ? ["GET"] : route.methods;
  const method = own.length ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }) : fc.constantFrom(...METHODS);
  return fc
    .record({
      // Bodies are made only for methods that send one: they are the costly part to generate.
      methodAndBody: method.chain((m) => fc.tuple(fc.constant(m), m === "GET" || m === "HEAD" ? fc.constant<Body>({ kind: "none" }) : hostileBody(valid))),
      segments: fc.tuple(...segments.map((name) => pathSegment(segmentValues(route, name)))),
      query: query(valid),
      headers: hostileHeaders,
    })
    .map(({ methodAndBody: [method, body], segments: values, query: q, headers }) => {
      let i = 0;
      const request: FuzzRequest = { method, target: fillPattern(route.pattern, () => values[i++]!) + q, headers, body };
      // fast-check prints a failing request this way instead of as a megabyte of bytes.
      return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
    });
};

const exchange = async (r: FuzzRequest): Promise<Exchange> => {
  const x = await send(server.url, r);
  log.push({ status: x.status, ms: x.ms });
  if (x.status === 201) recordCreated(r.target, x.text);
  return x;
};

const typicalEvaluation = async () => {
  const res = await fetch(`${server.url}/api/v1/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(TYPICAL_JINSHAN) });
  return { status: res.status, body: await res.text() };
};

let before: { evaluation: Awaited<ReturnType<typeof typicalEvaluation>>; policies: string };
let startedAt = 0;

beforeAll(async () => {
  // The batch budget (a few a minute) would answer nearly every generated upload with 429 and leave
  // the parser unfuzzed; tests/faults/rate-limit.test.ts checks that budget on a server of its own.
  server = await startServer({ env: { BATCH_REQUESTS_PER_MINUTE: "1000000", EVALUATE_REQUESTS_PER_SECOND: "1000000" } });
  const share = await fetch(`${server.url}/api/v1/shares`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(TYPICAL_JINSHAN) });
  expect(share.status).toBe(201);
  const body = await share.text();
  recordCreated("/api/v1/shares", body);
  knownShareId = (JSON.parse(body) as { id: string }).id;
  before = { evaluation: await typicalEvaluation(), policies: await (await fetch(`${server.url}/api/v1/policies`)).text() };
  startedAt = performance.now();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe("hostile requests to every route and page", () => {
  it("finds the routes to attack", () => {
    expect(routes.filter((r) => r.kind === "api").map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/v1/evaluate", "/api/v1/compare", "/api/v1/shares"]));
    expect(routes.filter((r) => r.kind === "page").map((r) => r.pattern)).toEqual(expect.arrayContaining(["/", "/calc/[policy]", "/s/[id]"]));
  });

  it.concurrent.each(routes.map((r) => [`${r.kind} ${r.pattern} × ${runsOf(r)}`, r] as const))("%s", async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(requestFor(route), async (r) => {
        const problems = problemsOf(await exchange(r), route.kind);
        if (problems.length) throw new Error(`${problems.join("; ")}\n  request: ${describeRequest(r)}`);
      }),
      { numRuns: runsOf(route), seed: seedOf(route.pattern), endOnFailure: true },
    );
  });
});

/** Uploads that once took the server down (tests/security/zip-bomb.ts, src/lib/batch/bounded-inflate.ts). */
describe("known attacks on the upload parser", () => {
  const upload = (bytes: Buffer) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)]), "applicants.xlsx");
    form.append("policy", "jinshan");
    return fetch(`${server.url}/api/v1/batch`, { method: "POST", body: form, signal: AbortSignal.timeout(30_000) });
  };

  /** Resident and peak-resident memory of the server, in MB (Linux). */
  const memory = () => {
    const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
    const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
    return { rss: mb("VmRSS"), peak: mb("VmHWM") };
  };
  /** Starts the peak over from the current size (clear_refs "5"), whatever the fuzzing before reached. */
  const resetPeak = () => writeFileSync(`/proc/${server.pid}/clear_refs`, "5");

  it.each([
    ["a ZIP header and junk (SheetJS's inflate looped forever)", () => Buffer.concat([Buffer.from("PK\x03\x04\x14\0\0\0\x08\0", "latin1"), Buffer.alloc(100, 7)])],
    ["a zip bomb: 600 KB inflating to 600 MB over three entries", () => zipBomb(3, 200 * 1024 * 1024)],
  ])("%s is refused promptly, within bounded memory, and the server keeps answering", async (_name, bytes) => {
    resetPeak();
    const before = memory();
    const started = performance.now();
    const res = await upload(bytes());
    await expectApiError(res, 422, "invalid_upload", "file");
    expect(performance.now() - started).toBeLessThan(10_000);
    // The 256 MB inflate budget and some working space above where it was; the bomb itself is 600 MB.
    expect(memory().peak - before.rss).toBeLessThan(450);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });
});

describe("after the attack", () => {
  it(`sent at least ${TOTAL_RUNS.toLocaleString("en")} requests and reports what came back`, () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const statuses = log.reduce<Record<number, number>>((acc, x) => ({ ...acc, [x.status]: (acc[x.status] ?? 0) + 1 }), {});
    const ms = log.map((x) => x.ms).sort((a, b) => a - b);
    const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(0);
    console.log(
      `fuzz: ${log.length} requests in ${seconds.toFixed(1)} s over ${routes.length} routes (seed ${BASE_SEED}); ` +
        `statuses ${JSON.stringify(statuses)} (0: connection closed mid-upload after a 413); latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    );
    // Every request asked for was sent: a fuzzer that stopped early would pass on what it never tried.
    expect(log.length).toBeGreaterThanOrEqual(TOTAL_RUNS);
    expect(Object.keys(statuses).every((s) => Number(s) < 500)).toBe(true);
  });

  it("computes exactly what it did before: no state or prototype was polluted", async () => {
    expect(await typicalEvaluation()).toEqual(before.evaluation);
    expect(await (await fetch(`${server.url}/api/v1/policies`)).text()).toBe(before.policies);
  });

  it("logged no unexpected error", () => {
    // Next.js notes each forged `next-action` header; that is the request's fault, not a failure.
    const stderr = server.stderr().replace(/Error: [^\n]*\nRead more: https:\/\/nextjs\.org\/docs\/messages\/failed-to-find-server-action\n\s+at ignore-listed frames\n?/g, "");
    expect(stderr).not.toMatch(/unexpected error|⨯|Error/);
  });

  it("stored only the links and drafts it answered 201 for, and only snapshots of the policies it serves", async () => {
    await server.stop();
    const db = await openPglite(server.pgliteDir!);
    try {
      const report = await checkIntegrity(db);
      expect(report.problems).toEqual([]);
      const shares = (await db.query<{ id: string }>("SELECT id FROM shares")).map((r) => r.id);
      expect(new Set(shares)).toEqual(created.get("/api/v1/shares"));
      const drafts = (await db.query<{ id: string }>("SELECT id FROM drafts")).map((r) => r.id);
      expect(new Set(drafts)).toEqual(created.get("/api/v1/drafts") ?? new Set());
      const versions = (await db.query<{ version: string }>("SELECT version FROM policy_snapshots")).map((r) => r.version);
      expect(new Set(versions)).toEqual(new Set(policies.map(policyVersion)));
      // The key result links are signed with: generated once at start-up, never written by a request.
      expect(report.rows.app_secrets).toBe(1);
      const others = Object.entries(report.rows).filter(([table]) => !["shares", "drafts", "policy_snapshots", "schema_migrations", "app_secrets"].includes(table));
      expect(others.filter(([, n]) => n > 0), "rows in tables no request may write").toEqual([]);
    } finally {
      await db.close();
    }
  });
});
