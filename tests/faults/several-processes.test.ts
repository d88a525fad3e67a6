/**
 * Several app processes on one PostgreSQL server, as a regulator's office or a city portal runs
 * them: two servers of their own (so that each request's process is known) share the link
 * creation budget and serve each other's links and drafts; evaluation's budget is shared once a
 * client is busy, without a database write while it is not; large uploads take turns across them;
 * and `npm run start:cluster` runs WEB_CONCURRENCY processes on one port, replacing one that dies.
 */
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THREADS_FROM_BYTES } from "@/lib/batch/serve-batch";
import { rateLimiter } from "@/lib/rate-limit";
import { policyById } from "@policies/index";
import { cohort, cohortCsv } from "../../bench/cohort";
import { expectApiError, TYPICAL_JINSHAN } from "../integration/api-helpers";
import { startServer, type ProductionServer } from "../security/production-server";
import { startPostgres, type PostgresServer } from "./postgres";
import { draft, postJson } from "./traffic";

let database: PostgresServer;
let a: ProductionServer;
let b: ProductionServer;

beforeAll(async () => {
  database = await startPostgres();
  // One after the other: the second finds the schema migrated (concurrent starts are migrate.ts's advisory lock's job).
  a = await startServer({ env: { DATABASE_URL: database.url } });
  b = await startServer({ env: { DATABASE_URL: database.url } });
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  database?.dispose();
});

describe("two processes on one PostgreSQL", () => {
  it("share one link-creation budget per client: 20 a minute in all, not 20 each", async () => {
    const me = { "x-forwarded-for": "203.0.113.50" };
    const statuses: number[] = [];
    // Alternating, so that each process alone saw only half of them.
    for (let i = 0; i < 24; i++) statuses.push((await postJson(`${(i % 2 ? b : a).url}/api/v1/shares`, TYPICAL_JINSHAN, me)).status);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    await expectApiError(await postJson(`${a.url}/api/v1/drafts`, draft(1), me), 429, "rate_limited");
    // Someone else is not affected.
    expect((await postJson(`${b.url}/api/v1/shares`, TYPICAL_JINSHAN, { "x-forwarded-for": "203.0.113.51" })).status).toBe(201);
  });

  it("count a client's evaluations in each process while it is quiet, and in PostgreSQL once it is busy", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    try {
      // Two processes' limiters on one server: 20 a minute, each process counting the first 4 alone.
      const options = { points: 20, seconds: 60, localAllowance: 4 };
      const processes = (name: string) => [rateLimiter({ name, ...options }, () => pool), rateLimiter({ name, ...options }, () => pool)] as const;
      const allowed = async (takes: Promise<{ ok: boolean }>[]) => (await Promise.all(takes)).filter((d) => d.ok).length;
      const rows = async (name: string) => (await pool.query("SELECT key FROM rate_limits WHERE key LIKE $1", [`${name}:%`])).rowCount;

      // Quiet in both: nothing written.
      const [quietA, quietB] = processes("quiet");
      expect(await allowed([0, 1, 2, 3].flatMap(() => [quietA.take("c"), quietB.take("c")]))).toBe(8);
      expect(await rows("quiet")).toBe(0);

      // Busy in both, one request each in turn: the allowances are written with the request past them, so 20 in all.
      const [a1, b1] = processes("alternating");
      const turns: { ok: boolean }[] = [];
      for (let i = 0; i < 30; i++) turns.push(await (i % 2 ? b1 : a1).take("c"));
      expect(turns.filter((d) => d.ok)).toHaveLength(20);
      expect(turns.slice(20).some((d) => d.ok)).toBe(false);
      expect(await rows("alternating")).toBe(1);

      // Quiet in one, busy in the other: the quiet one's 4 are the most a client gets past the limit.
      const [a2, b2] = processes("lopsided");
      expect(await allowed([0, 1, 2, 3].map(() => a2.take("c")))).toBe(4);
      const busy: { ok: boolean }[] = [];
      for (let i = 0; i < 30; i++) busy.push(await b2.take("c"));
      expect(busy.filter((d) => d.ok)).toHaveLength(20);
      expect((await a2.take("c")).ok).toBe(false);
    } finally {
      await pool.end();
    }
  });

  it("write nothing to the database for an ordinary client's evaluations", async () => {
    const me = { "x-forwarded-for": "203.0.113.53" };
    for (let i = 0; i < 6; i++) expect((await postJson(`${(i % 2 ? b : a).url}/api/v1/evaluate`, TYPICAL_JINSHAN, me)).status).toBe(200);
    const observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
    try {
      expect((await observer.query("SELECT key FROM rate_limits WHERE key LIKE 'evaluate:%'")).rows).toEqual([]);
      // Links are counted there on every request: the budget is 20 a minute, and a row costs nothing next to a link.
      expect((await observer.query("SELECT key FROM rate_limits WHERE key LIKE '%203.0.113.50'")).rowCount).toBeGreaterThan(0);
    } finally {
      await observer.end();
    }
  });

  it("serve each other's links and drafts", async () => {
    const share = await postJson(`${a.url}/api/v1/shares`, TYPICAL_JINSHAN, { "x-forwarded-for": "203.0.113.52" });
    const { id } = (await share.json()) as { id: string };
    expect((await fetch(`${b.url}/s/${id}`)).status).toBe(200);
    const saved = await postJson(`${b.url}/api/v1/drafts`, draft(2), { "x-forwarded-for": "203.0.113.52" });
    const { id: draftId } = (await saved.json()) as { id: string };
    expect(await (await fetch(`${a.url}/api/v1/drafts/${draftId}`)).json()).toMatchObject({ id: draftId, name: draft(2).name });
  });

  it("take turns with large uploads: one process reads while the other waits for the lock", async () => {
    const jinshan = policyById.get("jinshan")!;
    const profiles = cohort({ size: 10_000, policies: [jinshan], seed: 9 });
    const body = new TextEncoder().encode(cohortCsv(profiles, jinshan));
    expect(body.byteLength).toBeGreaterThan(THREADS_FROM_BYTES);
    const upload = (server: ProductionServer, client: string) =>
      fetch(`${server.url}/api/v1/batch?policy=jinshan&asOf=${profiles[0]!.asOf}`, { method: "POST", headers: { "content-type": "text/csv", "x-forwarded-for": client }, body });
    const observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
    try {
      // Advisory locks appear in pg_locks with the key in objid; granted by one backend, awaited by none (try-lock polling).
      const holders = async () =>
        (await observer.query<{ pid: number }>("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted", [0x5ea70b47])).rows.length;
      const both = Promise.all([upload(a, "198.51.100.60"), upload(b, "198.51.100.61")]);
      let finished = false;
      void both.finally(() => (finished = true));
      const seen: number[] = [];
      while (!finished) {
        seen.push(await holders());
        await new Promise((r) => setTimeout(r, 50));
      }
      const [ra, rb] = await both;
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect(await ra.json()).toEqual(await rb.json());
      expect(Math.max(...seen)).toBe(1);
      expect(await holders()).toBe(0);
    } finally {
      await observer.end();
    }
  });
});

/** The pids of a process's children, from /proc. */
const childrenOf = (pid: number): number[] =>
  readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((child) => {
      try {
        return Number(readFileSync(`/proc/${child}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);

describe("npm run start:cluster", () => {
  it("runs WEB_CONCURRENCY processes on one port and replaces one that dies", async () => {
    const cluster = await startServer({ cluster: true, env: { DATABASE_URL: database.url, WEB_CONCURRENCY: "2" } });
    try {
      const workers = childrenOf(cluster.pid);
      expect(workers).toHaveLength(2);
      const answers = await Promise.all(Array.from({ length: 20 }, () => postJson(`${cluster.url}/api/v1/evaluate`, TYPICAL_JINSHAN)));
      expect(answers.every((r) => r.status === 200)).toBe(true);
      process.kill(workers[0]!, "SIGKILL");
      let replaced: number[] = [];
      for (let tries = 0; tries < 120 && replaced.length < 2; tries++) {
        await new Promise((r) => setTimeout(r, 500));
        replaced = childrenOf(cluster.pid).filter((pid) => pid !== workers[0]);
      }
      expect(replaced).toHaveLength(2);
      expect((await fetch(`${cluster.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await cluster.stop();
    }
    expect(childrenOf(cluster.pid)).toEqual([]);
  });
});
