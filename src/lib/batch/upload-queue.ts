/**
 * Large uploads take their turn. Each is read on every core (shard-threads.ts) and may hold over a
 * gigabyte while it is (a 50 MB file of 700,000 one-row applicants: 1.4 GB), so two at once would
 * only share the cores and add up the memory; the batch rate limit bounds how many can wait.
 */
let last: Promise<unknown> = Promise.resolve();

export const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
  const mine = last.then(job, job);
  // A failed job is its caller's to report; the next one starts all the same.
  last = mine.catch(() => undefined);
  return mine;
};
