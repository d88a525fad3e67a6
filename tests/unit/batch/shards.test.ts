/**
 * An upload read in shards (one per thread or Web Worker, each reading the whole file and keeping
 * its own applicants) gives exactly the report of reading it whole: same figures, applicants in
 * file order, the same row errors — also when an applicant's rows are scattered through the file.
 */
import { describe, expect, it } from "vitest";
import type { BatchReport } from "@/lib/batch/batch-report";
import { BatchError } from "@/lib/batch/cohort-builder";
import { loadShard } from "@/lib/batch/load-shard";
import { mergeReports } from "@/lib/batch/merge-reports";
import { shardOf } from "@/lib/batch/shard";
import { loadedCohort, whatIfOf } from "@/features/regulator/cohort-shards";
import { evaluateBatch } from "@/lib/batch/evaluate-batch";
import { applyDraft, type DraftChange } from "@/lib/cohort/draft";
import { policyById } from "@policies/index";
import { cohort, cohortCsv } from "../../../bench/cohort";
import { ASOF, csv, GOOD_ROWS } from "./fixtures";

const jinshan = policyById.get("jinshan")!;
const profiles = cohort({ size: 400, policies: [jinshan], seed: 7 });
const asOf = profiles[0]!.asOf;

/** The cohort's rows with every seventh moved to the end (so applicants straddle shards' reading order) and a few broken. */
const scrambled = (quoted = false): Uint8Array => {
  const [header, ...rows] = cohortCsv(profiles, jinshan).trimEnd().split("\r\n");
  // A quote anywhere sends the whole file through papaparse's full parser instead of line by line.
  if (quoted) rows[1] = rows[1]!.replace(/^A0,/, '"A0",');
  const moved = rows.filter((_, i) => i % 7 === 3);
  const kept = rows.filter((_, i) => i % 7 !== 3);
  const broken = [...kept, ...moved].map((r, i) => (i % 97 === 5 ? r.replace(/,\d{4}-\d{2}-\d{2},/, ",2025-13-45,") : r));
  return new TextEncoder().encode([`${header},未知列`, ...broken].join("\r\n"));
};

const whole = async (bytes: Uint8Array, policy?: string, at = asOf) => (await loadShard(bytes, { policy, asOf: at })).report;

const sharded = async (bytes: Uint8Array, count: number, policy?: string, at = asOf): Promise<BatchReport> => {
  const parts = await Promise.all(Array.from({ length: count }, (_, index) => loadShard(bytes, { policy, asOf: at, shard: { index, count } })));
  return mergeReports(parts[0]!.input.policy, parts.map((p) => p.report));
};

describe("an upload read in shards", () => {
  it("spreads applicants over the shards", () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[shardOf(`A${i}`, 3)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(900);
  });

  it.each([
    [2, false],
    [3, false],
    [2, true],
  ])("gives the report of the whole file in %i shards (quoted: %s): figures, applicants in order, errors, warnings", async (count, quoted) => {
    const bytes = scrambled(quoted);
    const one = await whole(bytes, "jinshan");
    expect(one.errorCount).toBeGreaterThan(0);
    expect(one.warnings).toHaveLength(1);
    expect(one.byLimit.some((l) => l.applicants > 0)).toBe(true);
    expect(await sharded(bytes, count, "jinshan")).toEqual(one);
  });

  it("decides the policy from the first row that names one, whichever shard owns it", async () => {
    const bytes = csv(...GOOD_ROWS);
    expect((await sharded(bytes, 3, undefined, ASOF)).policy).toBe("jinshan");
    expect(await sharded(bytes, 3, undefined, ASOF)).toEqual(await whole(bytes, undefined, ASOF));
  });

  it("refuses a file without data rows as a whole, though a shard may own no row", async () => {
    const bytes = csv(GOOD_ROWS[2]!);
    await expect(sharded(bytes, 4, undefined, ASOF)).resolves.toEqual(await whole(bytes, undefined, ASOF));
    await expect(sharded(csv(), 2, "jinshan", ASOF)).rejects.toThrow(BatchError);
  });

  it("gives the regulator page the same cohort and the same what-if from two workers as from one", async () => {
    const bytes = scrambled();
    const load = (count: number) => Promise.all(Array.from({ length: count }, (_, index) => loadShard(bytes, { policy: "jinshan", asOf, shard: { index, count } })));
    const [one, two] = await Promise.all([load(1), load(2)]);
    const cohortOf = (shards: typeof one) => loadedCohort(shards.map((s) => s.report), asOf);
    expect(cohortOf(two)).toEqual(cohortOf(one));
    const cap = jinshan.limits.find((l) => l.kind === "policyCap")!;
    const changes: DraftChange[] = [{ target: "limit", id: cap.id, field: "cap", value: 500_000 }];
    const draft = applyDraft(jinshan, changes);
    const whatIf = async (shards: typeof one) =>
      whatIfOf(cohortOf(shards), changes, await Promise.all(shards.map((s) => evaluateBatch(draft, s.input.members, asOf))));
    const [w1, w2] = await Promise.all([whatIf(one), whatIf(two)]);
    expect(w1.byMember.length).toBeGreaterThan(0);
    expect(w2).toEqual(w1);
  });
});
