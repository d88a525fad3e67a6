/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each once, at start-up. Prisma's own
 * migration engine is a native binary that cannot be installed everywhere, so the app does the
 * same job itself: a `schema_migrations` table records what ran, each file runs in its own
 * transaction (all or nothing), and an advisory lock makes concurrent starts take turns.
 * tests/integration/db-schema.test.ts proves the result matches prisma/schema.prisma.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Driver, SqlRunner } from "./driver";

/** Any constant will do, as long as every instance of this app uses the same one. */
const LOCK_KEY = 0x5ea7_11ce;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Paths are spelled out from the project root so the production build traces only this folder. */
export const readMigrations = async (): Promise<Migration[]> => {
  const names = (await readdir(join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(process.cwd(), "prisma", "migrations", name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
};

const locked = (driver: Driver, fn: (tx: SqlRunner) => Promise<boolean>) =>
  driver.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    return fn(tx);
  });

/** Returns the names applied by this call (empty when the database was already up to date). */
export const migrate = async (driver: Driver, migrations: Migration[]): Promise<string[]> => {
  await locked(driver, async (tx) => {
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name TEXT PRIMARY KEY,
         checksum TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    return true;
  });
  const applied: string[] = [];
  for (const m of migrations) {
    const ran = await locked(driver, async (tx) => {
      const [done] = await tx.query<{ checksum: string }>("SELECT checksum FROM schema_migrations WHERE name = $1", [m.name]);
      if (done) {
        // An edited migration would leave databases migrated before and after the edit different.
        if (done.checksum !== m.checksum) throw new Error(`迁移文件 ${m.name} 在应用后被修改过；请新增迁移文件而不是修改旧的`);
        return false;
      }
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", [m.name, m.checksum]);
      return true;
    });
    if (ran) applied.push(m.name);
  }
  return applied;
};
