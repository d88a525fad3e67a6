/**
 * Bounded waits for the embedded database. PGlite runs inside this process as a single connection;
 * a call that never returns (a transaction left open) would otherwise hold every later call, and
 * every request behind it, for good. A PostgreSQL server gets the same bounds from its pool's
 * timeouts (driver.ts).
 */

/** The database did not answer in time: mapped to 503 + Retry-After like an unreachable server. */
export class DatabaseTimeout extends Error {
  readonly code = "DATABASE_TIMEOUT";

  constructor(ms: number) {
    super(`the database did not answer within ${ms} ms`);
    this.name = "DatabaseTimeout";
  }
}

/** `work`, or a DatabaseTimeout after `ms`; `onTimeout` lets the caller drop work not yet started. */
export const withDeadline = <T>(work: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new DatabaseTimeout(ms));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
};

/**
 * Calls run one at a time, in order, and each caller waits at most `ms` for its call, queueing
 * included. A call whose caller has given up before its turn never runs: behind a stuck call the
 * queue empties by itself instead of piling up work that nobody is waiting for any more.
 */
export const serialised = (ms: number) => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(call: () => Promise<T>): Promise<T> => {
    let abandoned = false;
    const turn = tail.then(() => (abandoned ? Promise.reject(new DatabaseTimeout(ms)) : call()));
    tail = turn.catch(() => undefined);
    return withDeadline(turn, ms, () => {
      abandoned = true;
    });
  };
};
