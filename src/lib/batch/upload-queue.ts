/**
 * Large uploads take their turn. Each is read on every core (shard-threads.ts) and may hold over a
 * gigabyte while it is (a 50 MB file of 700,000 one-row applicants: 1.4 GB), so two at once would
 * only share the cores and add up the memory; the batch rate limit bounds how many can wait.
 *
 * Several app processes on one PostgreSQL server (npm run start:cluster, or several machines'
 * worth) take turns among themselves too: the turn is a session-level advisory lock on a connection
 * held while the upload is read, which the server also releases if the process holding it dies.
 */
import type pg from "pg";
import { coordinationPool } from "@/lib/db/coordination";

/** Any constant will do, as long as every instance of this app uses the same one (not migrate.ts's). */
const UPLOAD_LOCK = 0x5ea7_0b47;

/** How often a waiting process asks again: statements never wait on the server, which bounds them (coordination.ts). */
const POLL_MS = 200;

let last: Promise<unknown> = Promise.resolve();

/** One at a time in this process. */
const inThisProcess = <T>(job: () => Promise<T>): Promise<T> => {
  const mine = last.then(job, job);
  // A failed job is its caller's to report; the next one starts all the same.
  last = mine.catch(() => undefined);
  return mine;
};

/**
 * One at a time across the processes sharing the server. When the server cannot be asked, the turn
 * in this process is all there is: evaluating a batch needs no database and must not fail with it.
 */
const acrossProcesses = async <T>(job: () => Promise<T>): Promise<T> => {
  const pool = coordinationPool();
  if (!pool) return job();
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    while (!(await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [UPLOAD_LOCK])).rows[0]?.ok) {
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } catch (error) {
    client?.release(error as Error);
    console.error("[batch] upload turn across processes unavailable, taking this process's turn only:", (error as Error).message);
    return job();
  }
  const held = client;
  try {
    return await job();
  } finally {
    await held.query("SELECT pg_advisory_unlock($1)", [UPLOAD_LOCK]).then(
      () => held.release(),
      // A connection that cannot unlock is dropped, and the server releases the lock with it.
      (error: Error) => held.release(error),
    );
  }
};

export const inTurn = <T>(job: () => Promise<T>): Promise<T> => inThisProcess(() => acrossProcesses(job));
