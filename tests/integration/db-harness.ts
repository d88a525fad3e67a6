/**
 * The databases every db and share test runs against: a fresh embedded PGlite always, and a fresh
 * database on a real PostgreSQL server when DATABASE_URL_TEST names one (.ci/run starts one). Each
 * test gets its own empty database so tests are independent and can run in parallel.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, type DatabaseConfig } from "@/lib/db/database";

export type TargetKind = "pglite" | "postgres";

/** Opening a database is slow on a loaded two-core machine; these suites set their own limits. */
export const DB_TIMEOUT = 120_000;

export const targets: TargetKind[] = process.env.DATABASE_URL_TEST ? ["pglite", "postgres"] : ["pglite"];

export interface Scratch {
  config: DatabaseConfig;
  dispose(): Promise<void>;
}

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL_TEST });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

// The package does not export its package.json; tests run from the repository root.
const pgliteVersion = (JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")) as { version: string }).version;

/**
 * A freshly initialised, never migrated PGlite directory. initdb takes 5-20 s on a busy machine, a
 * copy of its output a fraction of a second, so it runs once per PGlite version and machine: the
 * first test file to get here builds it under a lock directory while the others wait, and the
 * rename publishes it atomically.
 */
const pgliteTemplate = async (): Promise<string> => {
  const template = join(tmpdir(), `policy-calc-pglite-template-${pgliteVersion}`);
  const lock = `${template}.lock`;
  while (!existsSync(template)) {
    try {
      await mkdir(lock);
    } catch {
      // Another file is building it; a lock left by a killed run is broken after two minutes.
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 120_000) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      const building = await mkdtemp(join(tmpdir(), "policy-calc-pglite-build-"));
      await (await PGlite.create({ dataDir: building })).close();
      await rename(building, template);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return template;
};

/** An empty database: migrations have not run yet. */
export const scratchDatabase = async (kind: TargetKind): Promise<Scratch> => {
  if (kind === "pglite") {
    const pgliteDir = await mkdtemp(join(tmpdir(), "policy-calc-db-"));
    await cp(await pgliteTemplate(), pgliteDir, { recursive: true });
    return { config: { pgliteDir }, dispose: () => rm(pgliteDir, { recursive: true, force: true }) };
  }
  const name = `policy_calc_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL_TEST as string);
  url.pathname = `/${name}`;
  return { config: { url: url.toString() }, dispose: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
};

/** Environment for a process (the app, a child writer) that should use this database. */
export const envFor = (config: DatabaseConfig): Record<string, string> =>
  "url" in config ? { DATABASE_URL: config.url, PGLITE_DIR: "" } : { DATABASE_URL: "", PGLITE_DIR: config.pgliteDir };

/** In a describe block: the app's own database (getDatabase) is a fresh one of this kind for the block, closed and removed after it. */
export const useScratchDatabase = (kind: TargetKind = "pglite") => {
  let scratch: Scratch | undefined;
  beforeAll(async () => {
    scratch = await scratchDatabase(kind);
    Object.assign(process.env, envFor(scratch.config));
  }, DB_TIMEOUT);
  afterAll(async () => {
    await closeDatabase();
    await scratch?.dispose();
  }, DB_TIMEOUT);
};
