/**
 * A cohort cut into shards by applicant id, so that several threads can each read the whole file
 * but take only their own applicants — all of an applicant's rows, wherever they are in the file —
 * and evaluate them. The shards' results are added back together in cohort-shards.ts.
 */
export interface Shard {
  index: number;
  count: number;
}

/** 32-bit FNV-1a: spreads ids like A1, A2, … evenly; only the split depends on it, never a result. */
const hash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** Which shard an applicant belongs to; rows without a usable id belong to the first. */
export const shardOf = (id: string, count: number): number => (count <= 1 || id === "" ? 0 : hash(id) % count);

export const WHOLE: Shard = { index: 0, count: 1 };
