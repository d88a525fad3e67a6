/**
 * The two databases behind one interface: the embedded PGlite (PostgreSQL compiled to WebAssembly,
 * data in a local directory, nothing to install) and a PostgreSQL server. Prisma talks to either
 * through its driver adapter; the migrator and the integrity check use the raw `SqlRunner`, because
 * they need multi-statement scripts and explicit transactions that Prisma's raw queries do not give.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { amcheck } from "@electric-sql/pglite/contrib/amcheck";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { serialised } from "./bounded";

export type DatabaseKind = "pglite" | "postgres";

/**
 * How long a request may wait for the database, in all (connecting included) or per statement,
 * before it is answered 503 with Retry-After (src/lib/http/route-handler.ts). A stopped, frozen or
 * unreachable server otherwise holds requests for as long as the operating system keeps the
 * socket open: minutes. The raw runner below (migrations at start-up, integrity checks) is not bounded:
 * a migration may rightly take longer.
 */
export const REQUEST_TIMEOUT_MS = 2_500;

/** Runs the raw SQL of migrations and checks (SqlRunner above): not bounded, see REQUEST_TIMEOUT_MS. */
export interface SqlRunner {
  /** A script of one or more statements, no parameters (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Driver extends SqlRunner {
  kind: DatabaseKind;
  /** Prisma's way in, for requests: every call bounded by REQUEST_TIMEOUT_MS. */
  adapter: PrismaPg | PrismaPGlite;
  /** The bounded pool the adapter uses, for other request-time SQL (rate limits); none for PGlite. */
  pool?: pg.Pool;
  /** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Unlike a PostgreSQL server, PGlite does not stop a second process from opening the same data
 * directory, and two writers would corrupt it. A pid file does: it is taken over when the process
 * that wrote it is gone (killed, crashed) and refused while that process runs.
 */
const lockDataDir = (dataDir: string): (() => void) => {
  const file = join(dataDir, "app.pid");
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(file, "utf8"));
    if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && alive(owner)) {
      throw new Error(`数据目录 ${dataDir} 正被进程 ${owner} 使用；同一目录只能由一个服务进程打开（确认该进程已退出后可删除 ${file}）`);
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
};

/**
 * PGlite is a single connection: it queues queries and holds other callers while a transaction
 * runs, so sharing one instance between Prisma and the migrator is safe.
 *
 * Durability: PGlite starts PostgreSQL with fsync off and writes through Node's `fs.writeSync`, so a
 * committed transaction is in the operating system's page cache before the query returns. That
 * survives the process being killed (tests/integration/db-durability.test.ts), not a power cut;
 * deployments that need the latter use PostgreSQL through DATABASE_URL.
 */
export const openPglite = async (dataDir: string): Promise<Driver> => {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const db = await PGlite.create({ dataDir, extensions: { amcheck } }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const runner = (q: Pick<PGlite, "exec" | "query">): SqlRunner => ({
    exec: async (sql) => void (await q.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  // One call at a time, each waiting at most REQUEST_TIMEOUT_MS in all: PGlite is one connection,
  // and a call stuck in it (a transaction left open) must not gather every later request behind it.
  const inTurn = serialised(REQUEST_TIMEOUT_MS);
  const bounded = {
    query: (...args: Parameters<PGlite["query"]>) => inTurn(() => db.query(...args)),
    exec: (...args: Parameters<PGlite["exec"]>) => inTurn(() => db.exec(...args)),
    transaction: <T>(fn: (tx: Parameters<Parameters<PGlite["transaction"]>[0]>[0]) => Promise<T>) => inTurn(() => db.transaction(fn)),
  };
  return {
    kind: "pglite",
    // The adapter uses only these three methods of its PGlite.
    adapter: new PrismaPGlite(bounded as unknown as PGlite),
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: async () => {
      await db.close();
      unlock();
    },
  };
};

export const openPostgres = async (connectionString: string): Promise<Driver> => {
  // Requests: a stopped or frozen server must cost a request seconds, not minutes. The server ends a
  // statement or an abandoned transaction itself; the client gives up on a server that does not
  // answer at all (SIGSTOP, a network black hole), which also ends that connection (pg-pool drops a
  // client released with an error), so the pool recovers by itself when the server is back.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: REQUEST_TIMEOUT_MS,
    statement_timeout: REQUEST_TIMEOUT_MS,
    query_timeout: REQUEST_TIMEOUT_MS + 500,
    idle_in_transaction_session_timeout: 2 * REQUEST_TIMEOUT_MS,
  });
  // Migrations and checks at start-up: one connection, no statement bound, closed when idle.
  const maintenance = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: REQUEST_TIMEOUT_MS, idleTimeoutMillis: 1_000 });
  // An idle client losing its server (restart, failover) must not crash the app; the pool reconnects.
  for (const p of [pool, maintenance]) p.on("error", (error) => console.error("[db] idle PostgreSQL client error", error.message));
  const runner = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    exec: async (sql) => void (await q.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query(sql, params)).rows as T[],
  });
  return {
    kind: "postgres",
    adapter: new PrismaPg(pool),
    pool,
    ...runner(maintenance),
    transaction: async (fn) => {
      const client = await maintenance.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(runner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await Promise.all([pool.end(), maintenance.end()]);
    },
  };
};
