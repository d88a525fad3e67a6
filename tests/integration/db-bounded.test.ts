/**
 * The embedded database bounds every request's wait (src/lib/db/bounded.ts): with PGlite held by a
 * transaction that does not end, other calls are refused with an error the API answers as 503
 * instead of waiting for as long as it lasts. (A PostgreSQL server frozen under the production
 * server: tests/faults/database-frozen.test.ts.)
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

it("refuses calls held behind a transaction that does not end, within the bound, then carries on", async () => {
  let release = (): void => undefined;
  const held = db.prisma.$transaction(
    async (tx) => {
      await tx.draft.count();
      await new Promise<void>((resolve) => (release = resolve));
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  await new Promise((r) => setTimeout(r, 200));
  const started = performance.now();
  const error = await db.prisma.draft.count().catch((e: unknown) => e);
  const waited = performance.now() - started;
  expect(isDatabaseUnavailable(error)).toBe(true);
  expect(waited).toBeGreaterThan(REQUEST_TIMEOUT_MS - 500);
  expect(waited).toBeLessThan(REQUEST_TIMEOUT_MS + 2_000);
  release();
  await held.catch(() => undefined);
  expect(await db.prisma.draft.count()).toBe(0);
}, 60_000);
