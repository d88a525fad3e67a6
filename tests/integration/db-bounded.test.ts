/**
 * The embedded database bounds every request's wait (src/lib/db/bounded.ts): a transaction left
 * open holds PGlite, its single connection, for at most the bound, and calls behind it wait no
 * longer than that instead of for as long as it would last. (The queue's own behaviour, calls
 * refused while a call is stuck: tests/unit/db/bounded.test.ts; a PostgreSQL server frozen under
 * the production server: tests/faults/database-frozen.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";
import { REQUEST_TIMEOUT_MS } from "@/lib/db/driver";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { DB_TIMEOUT, scratchDatabase, type Scratch } from "./db-harness";

let scratch: Scratch;
let db: Database;

beforeAll(async () => {
  scratch = await scratchDatabase("pglite");
  db = await openDatabase(scratch.config);
}, DB_TIMEOUT);

afterAll(async () => {
  await db?.close();
  await scratch?.dispose();
});

it("lets calls behind a transaction left open wait no longer than the bound", async () => {
  let release = (): void => undefined;
  const held = db.prisma.$transaction(
    async (tx) => {
      await tx.draft.count();
      await new Promise<void>((resolve) => (release = resolve));
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  held.catch(() => undefined);
  await new Promise((r) => setTimeout(r, 200));
  const started = performance.now();
  // Behind the open transaction: answered (or refused as unavailable) once the bound ends it, not when it would have ended.
  const behind = await db.prisma.draft.count().catch((e: unknown) => e);
  const waited = performance.now() - started;
  expect(behind === 0 || isDatabaseUnavailable(behind), String(behind)).toBe(true);
  expect(waited).toBeLessThan(REQUEST_TIMEOUT_MS + 2_000);
  release();
}, 60_000);
