/**
 * The app's database: PostgreSQL when DATABASE_URL names a server, otherwise the embedded PGlite in
 * ./data/pglite (or PGLITE_DIR). Either way the same migrations run before the first query, so a
 * fresh clone needs no set-up step and both databases have one schema.
 */
import { resolve } from "node:path";
import { PrismaClient } from "@/generated/prisma/client";
import { openPglite, openPostgres, type DatabaseKind, type Driver } from "./driver";
import { migrate, readMigrations } from "./migrate";

export type DatabaseConfig = { url: string } | { pgliteDir: string };

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  driver: Driver;
  close(): Promise<void>;
}

/** A server address that is not one stops the start-up (src/instrumentation.ts) instead of looking like a server that is down. */
const checkedUrl = (url: string): string => {
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "postgresql:" && protocol !== "postgres:") throw new Error("DATABASE_URL must be a PostgreSQL address, postgresql://user:password@host:port/database");
  return url;
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): DatabaseConfig =>
  env.DATABASE_URL
    ? { url: checkedUrl(env.DATABASE_URL) }
    : // Data, not code: the production build must not trace (and bundle) whatever this names.
      { pgliteDir: resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR || "data/pglite") };

/** Opens, migrates and returns a client; tests call it directly, the app goes through `getDatabase`. */
export const openDatabase = async (config: DatabaseConfig): Promise<Database> => {
  const driver = "url" in config ? await openPostgres(config.url) : await openPglite(config.pgliteDir);
  try {
    await migrate(driver, await readMigrations());
  } catch (error) {
    await driver.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: driver.adapter });
  return {
    kind: driver.kind,
    prisma,
    driver,
    close: async () => {
      await prisma.$disconnect();
      await driver.close();
    },
  };
};

// Kept on globalThis so that hot reloads in `next dev` reuse the open database: PGlite allows only
// one instance per data directory.
const holder = globalThis as { __database?: Promise<Database> };

/** The process-wide database, opened (and migrated) on first use. A failed open is retried next time. */
export const getDatabase = (): Promise<Database> =>
  (holder.__database ??= openDatabase(configFromEnv()).catch((error: unknown) => {
    holder.__database = undefined;
    throw error;
  }));

/** Closes the process-wide database; the next `getDatabase` opens it again (a restart, for tests). */
export const closeDatabase = async (): Promise<void> => {
  const open = holder.__database;
  holder.__database = undefined;
  if (open) await (await open).close();
};
