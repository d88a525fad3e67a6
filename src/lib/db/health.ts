/**
 * A database integrity check, the PostgreSQL counterpart of SQLite's `PRAGMA integrity_check`: every
 * row of every table is read back in full (which detoasts and parses every stored value), and where
 * the amcheck extension is available (always in PGlite, on a server if the role may create it)
 * every B-tree index and every table's heap is verified page by page.
 */
import type { SqlRunner } from "./driver";

export interface IntegrityReport {
  /** Rows per table of the public schema. */
  rows: Record<string, number>;
  /** False when amcheck could not be used; the full read still ran. */
  amcheck: boolean;
  problems: string[];
}

const tablesOf = (db: SqlRunner) =>
  db.query<{ table: string; oid: string }>(
    "SELECT c.relname AS table, c.oid::text AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1",
  );

const enableAmcheck = async (db: SqlRunner): Promise<boolean> => {
  try {
    await db.exec("CREATE EXTENSION IF NOT EXISTS amcheck");
    return true;
  } catch {
    return false;
  }
};

export const checkIntegrity = async (db: SqlRunner): Promise<IntegrityReport> => {
  const rows: Record<string, number> = {};
  const problems: string[] = [];
  const tables = await tablesOf(db);
  for (const { table } of tables) {
    // md5 of the whole row forces every column, TOASTed JSON included, to be read and decoded.
    const read = await db.query<{ n: number }>(`SELECT count(md5(t::text))::int AS n FROM "${table.replaceAll('"', '""')}" t`);
    rows[table] = read[0]?.n ?? 0;
  }
  const amcheck = await enableAmcheck(db);
  if (amcheck) {
    for (const { table, oid } of tables) {
      const heap = await db.query<{ msg: string }>("SELECT msg FROM verify_heapam($1::oid, check_toast => true)", [oid]);
      problems.push(...heap.map((h) => `${table}: ${h.msg}`));
    }
    const indexes = await db.query<{ index: string; oid: string }>(
      `SELECT c.relname AS index, c.oid::text AS oid FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_am am ON am.oid = c.relam
        WHERE n.nspname = 'public' AND am.amname = 'btree'`,
    );
    for (const { index, oid } of indexes) {
      try {
        // heapallindexed: every heap tuple must have its index entry, not only a well-formed tree.
        await db.query("SELECT bt_index_check($1::oid, true)", [oid]);
      } catch (error) {
        problems.push(`${index}: ${(error as Error).message}`);
      }
    }
  }
  return { rows, amcheck, problems };
};
