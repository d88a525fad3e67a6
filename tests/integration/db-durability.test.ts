/**
 * Durability: a writer creating links through the shares API is SIGKILLed mid-stream, twice; after
 * each restart every link whose creation was acknowledged (201) must open with its result, and the
 * database must pass its integrity check (every row re-read, amcheck on heaps and indexes).
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/database";
import { checkIntegrity } from "@/lib/db/health";
import { openShare } from "@/lib/share/shares";
import { DB_TIMEOUT, envFor, scratchDatabase, targets, type Scratch } from "./db-harness";

/** Starts the writer, kills it with SIGKILL once `acks` links are acknowledged, returns their ids. */
const writeUntilKilled = (env: Record<string, string>, acks: number): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/share-writer.ts"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const ids: string[] = [];
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on("line", (id) => {
      ids.push(id);
      if (ids.length === acks) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve([...ids]);
      else reject(new Error(`writer exited (${code}) before it was killed:\n${stderr}`));
    });
  });

describe.each(targets)("durability on %s", { timeout: DB_TIMEOUT }, (kind) => {
  let scratch: Scratch;

  afterEach(async () => {
    await scratch?.dispose();
  }, DB_TIMEOUT);

  it("every acknowledged link survives SIGKILL and restart, and the database checks clean", async () => {
    scratch = await scratchDatabase(kind);
    const env = envFor(scratch.config);
    const acknowledged = [...(await writeUntilKilled(env, 25)), ...(await writeUntilKilled(env, 25))];
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);

    const db = await openDatabase(scratch.config);
    try {
      for (const id of acknowledged) {
        const shared = await openShare(db.prisma, id);
        expect(shared?.status, id).toBe("unchanged");
        expect(shared?.original?.evaluation.total.max).toBeGreaterThan(0);
      }
      const report = await checkIntegrity(db.driver);
      expect(report.problems).toEqual([]);
      expect(report.rows.shares).toBeGreaterThanOrEqual(acknowledged.length);
      expect(report.rows.policy_snapshots).toBeGreaterThanOrEqual(1);
      if (kind === "pglite") expect(report.amcheck).toBe(true);
    } finally {
      await db.close();
    }
  });
});
