/**
 * Crashes against the production server (`next start`): the server SIGKILLed while links and
 * drafts are being written and a batch is being computed, twice, on the embedded PGlite and on a
 * PostgreSQL server; and PostgreSQL itself crashing (immediate shutdown, no checkpoint) mid-write.
 * After each, every acknowledged link and draft opens with exactly what was computed, no row is
 * half-written, and the database passes its integrity check (every row re-read, amcheck).
 */
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseConfig } from "@/lib/db/database";
import { checkIntegrity } from "@/lib/db/health";
import { evaluateRequest } from "@/lib/api/evaluate-service";
import { openShare } from "@/lib/share/shares";
import { removeTempDir, startServer, tempDir, type ProductionServer } from "../security/production-server";
import { startPostgres, type PostgresServer } from "./postgres";
import { postJson, profile, writeUntilFault, type Acknowledged } from "./traffic";

/** A cohort big enough to still be computing when the server is killed. */
const bigBatch = {
  policy: "jinshan",
  asOf: "2025-09-30",
  applicants: Array.from({ length: 3_000 }, (_, i) => ({ id: `a${i}`, applicant: profile(i).applicant, facts: profile(i).facts })),
};

const kill = (server: ProductionServer) => () => process.kill(server.pid, "SIGKILL");

/** Every acknowledged link and draft, read back through the restarted server. */
const expectAllOpen = async (server: ProductionServer, acknowledged: Acknowledged[]) => {
  for (const ack of acknowledged) {
    if (ack.kind === "share") {
      const res = await fetch(`${server.url}/s/${ack.id}`);
      expect(res.status, `link ${ack.id}`).toBe(200);
    } else {
      const res = await fetch(`${server.url}/api/v1/drafts/${ack.id}`);
      expect(res.status, `draft ${ack.id}`).toBe(200);
      expect(await res.json()).toMatchObject({ id: ack.id, name: ack.request.name, changes: ack.request.changes });
    }
  }
};

/** Reads the database directly: nothing half-written, every stored result exactly what the request computes. */
const expectIntact = async (config: DatabaseConfig, acknowledged: Acknowledged[]) => {
  const db = await openDatabase(config);
  try {
    const report = await checkIntegrity(db.driver);
    expect(report.problems).toEqual([]);
    if (db.kind === "pglite") expect(report.amcheck).toBe(true);
    const shares = acknowledged.filter((a) => a.kind === "share");
    for (const ack of shares) {
      const opened = await openShare(db.prisma, ack.id);
      expect(opened?.status, ack.id).toBe("unchanged");
      // Through JSON, as stored: the engine's -0 (a cut of nothing) is 0 there.
      expect(opened?.original?.evaluation).toEqual(JSON.parse(JSON.stringify(evaluateRequest(ack.request))));
    }
    // Links whose request was cut off may or may not have been committed; those that were are whole.
    for (const { id } of await db.prisma.share.findMany({ select: { id: true } })) {
      expect((await openShare(db.prisma, id))?.original?.evaluation.total, id).toBeDefined();
    }
    expect(report.rows.shares).toBeGreaterThanOrEqual(shares.length);
    expect(report.rows.drafts).toBeGreaterThanOrEqual(acknowledged.length - shares.length);
  } finally {
    await db.close();
  }
};

/** Two crashes in a row, the second on a database that has already recovered from the first. */
const crashTwice = async (env: Record<string, string>) => {
  const acknowledged: Acknowledged[] = [];
  for (const round of [0, 1]) {
    const server = await startServer({ env });
    // Something long is being computed when the kill comes, too.
    const batch = postJson(`${server.url}/api/v1/batch`, bigBatch, {}, 120_000)
      .then(async (r) => (await r.text(), r.status))
      .catch(() => "cut off" as const);
    const { acknowledged: acks } = await writeUntilFault(server.url, { faultAfter: 40, fault: kill(server), start: round * 10_000 });
    expect(await server.exited).toBeNull();
    expect(["cut off", 200]).toContain(await batch);
    expect(acks.length).toBeGreaterThanOrEqual(40);
    acknowledged.push(...acks);
  }
  const server = await startServer({ env });
  try {
    await expectAllOpen(server, acknowledged);
  } finally {
    await server.stop();
  }
  return acknowledged;
};

describe("the server killed mid-request and mid-write", () => {
  const dirs: string[] = [];
  let pg: PostgresServer | undefined;

  afterAll(() => {
    dirs.forEach(removeTempDir);
    pg?.dispose();
  });

  it("loses and corrupts nothing on the embedded database", async () => {
    const pgliteDir = tempDir("crash");
    dirs.push(pgliteDir);
    const acknowledged = await crashTwice({ PGLITE_DIR: pgliteDir });
    await expectIntact({ pgliteDir }, acknowledged);
  });

  it("loses and corrupts nothing on PostgreSQL", async () => {
    pg = await startPostgres();
    const acknowledged = await crashTwice({ DATABASE_URL: pg.url });
    await expectIntact({ url: pg.url }, acknowledged);
  });

  it("loses nothing when PostgreSQL itself crashes mid-write, and carries on without a restart", async () => {
    pg ??= await startPostgres();
    const server = await startServer({ env: { DATABASE_URL: pg.url } });
    try {
      const database = pg;
      const { acknowledged } = await writeUntilFault(server.url, { faultAfter: 40, fault: () => database.stop("immediate"), start: 50_000 });
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      pg.start();
      // The same server process, its pool reconnecting: writes work again, and everything acknowledged is there.
      let status = 0;
      for (let tries = 0; tries < 30 && status !== 201; tries++) {
        status = (await postJson(`${server.url}/api/v1/shares`, profile(1), { "x-forwarded-for": "192.0.2.1" })).status;
        if (status !== 201) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe(201);
      await expectAllOpen(server, acknowledged);
      await expectIntact({ url: pg.url }, acknowledged);
    } finally {
      await server.stop();
    }
  });
});
