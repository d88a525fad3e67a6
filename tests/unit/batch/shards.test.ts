/**
 * An upload read in shards (one per thread or Web Worker, each reading the whole file and keeping
 * its own applicants) gives exactly the report of reading it whole: same figures, applicants in
 * file order, the same row errors — also when an applicant's rows are scattered through the file.
 * The same holds for a cohort sent to the API as JSON.
 */
import { describe, expect, it } from "vitest";
import type { BatchReport } from "@/lib/batch/batch-report";
import { BatchError } from "@/lib/batch/cohort-builder";
import { loadJsonShard, loadShard } from "@/lib/batch/load-shard";
import { mergeReports } from "@/lib/batch/merge-reports";
import { shardOf, type Shard } from "@/lib/batch/shard";
import { ApiError } from "@/lib/http/errors";
import { loadedCohort, shardLoaded, shardWhatIf, whatIfOf } from "@/features/regulator/cohort-shards";
import { applyDraft, type DraftChange } from "@/lib/cohort/draft";
import { policyById } from "@policies/index";
import { cohort, cohortCsv } from "../../../bench/cohort";
import { ASOF, csv, GOOD_ROWS } from "./fixtures";

const jinshan = policyById.get("jinshan")!;
const profiles = cohort({ size: 400, policies: [jinshan], seed: 7 });
const asOf = profiles[0]!.asOf;

/** The cohort's rows with every seventh moved to the end (so applicants straddle shards' reading order) and a few broken. */
const scrambled = (quoted = false, padding = ""): Uint8Array => {
  const [header, ...rows] = cohortCsv(profiles, jinshan).trimEnd().split("\r\n");
  // A quote anywhere sends the whole file through papaparse's full parser instead of line by line.
  if (quoted) rows[1] = rows[1]!.replace(/^A0,/, '"A0",');
  const moved = rows.filter((_, i) => i % 7 === 3);
  const kept = rows.filter((_, i) => i % 7 !== 3);
  const broken = [...kept, ...moved].map((r, i) => (i % 97 === 5 ? r.replace(/,\d{4}-\d{2}-\d{2},/, ",2025-13-45,") : r));
  return new TextEncoder().encode([`${header},未知列`, ...broken.map((r) => (padding ? `${r},${padding}` : r))].join("\r\n"));
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

  it("numbers the rows of a file decoded in several pieces as one text (line by line and with quotes)", async () => {
    // An ignored column of 2,000 characters makes the file about 4 MB: four pieces of a megabyte.
    for (const quoted of [false, true]) {
      const bytes = scrambled(quoted, "x".repeat(2000));
      expect(bytes.byteLength).toBeGreaterThan(3 * 2 ** 20);
      const one = await whole(bytes, "jinshan");
      expect(one.errors.at(-1)!.row).toBeGreaterThan(1500);
      expect(await sharded(bytes, 2, "jinshan")).toEqual(one);
      expect(one).toEqual(await whole(scrambled(quoted), "jinshan"));
    }
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

  it("finds the id and policy wherever their columns are: short rows, spaced ids, a tab delimiter, a last line without a break", async () => {
    // A shard reads such a file line by line and finds each row's id without splitting it (read-csv.ts).
    const header = "事项类型\t日期\t申请人编号\t政策\t申请人名称\t申请主体";
    const rows = [
      "quality-award\t2025-07-01\t A1\t\t甲公司\torganization",
      "quality-award\t2025-07-02\tA1 \t金山区",
      "quality-award\t2025-07-03",
      "quality-award\t2025-07-04\tB2\tjinshan\t乙公司\tindividual",
      "",
      "quality-award\t2025-07-05\tB2\tlinyi",
      ...Array.from({ length: 40 }, (_, i) => `quality-award\t2025-08-${String((i % 28) + 1).padStart(2, "0")}\tC${i % 9}\t\t\torganization`),
      "quality-award\t2025-09-01\tC1",
    ];
    const bytes = new TextEncoder().encode([header, ...rows].join("\r\n"));
    const one = await whole(bytes, undefined, ASOF);
    expect(one.policy).toBe("jinshan");
    expect(one.input.applicants).toBe(11);
    expect(one.errors.map((e) => e.row)).toEqual(expect.arrayContaining([4, 7]));
    for (const count of [2, 3]) expect(await sharded(bytes, count, undefined, ASOF)).toEqual(one);
  });

  it("gives the regulator page the same cohort and the same what-if from two workers as from one", async () => {
    const bytes = scrambled();
    const load = (count: number) => Promise.all(Array.from({ length: count }, (_, index) => loadShard(bytes, { policy: "jinshan", asOf, shard: { index, count } })));
    const [one, two] = await Promise.all([load(1), load(2)]);
    const cohortOf = (shards: typeof one) => loadedCohort(shards.map((s) => shardLoaded(s.report)), asOf);
    // The table's rows, in its order: the same applicants and figures whichever worker held them.
    const listed = ({ applicants, ...rest }: ReturnType<typeof cohortOf>) => ({ ...rest, applicants: Array.from(applicants.ranked(), (i) => applicants.at(i)) });
    expect(listed(cohortOf(two))).toEqual(listed(cohortOf(one)));
    expect(listed(cohortOf(one)).applicants).toEqual(one[0]!.report.applicants.map(({ assumptions: _, ...a }) => a).sort((a, b) => b.total.max - a.total.max || b.total.min - a.total.min || a.row - b.row));
    const cap = jinshan.limits.find((l) => l.kind === "policyCap")!;
    const changes: DraftChange[] = [{ target: "limit", id: cap.id, field: "cap", value: 500_000 }];
    const draft = applyDraft(jinshan, changes);
    const whatIf = async (shards: typeof one) =>
      whatIfOf(cohortOf(shards), changes, await Promise.all(shards.map(async (s) => (await shardWhatIf(s.held, draft, changes)).whatIf)));
    const [w1, w2] = await Promise.all([whatIf(one), whatIf(two)]);
    expect(w1.byMember.length).toBeGreaterThan(0);
    expect(w1.changed).toBeGreaterThanOrEqual(w1.byMember.length);
    expect(w2).toEqual(w1);
  });
});

describe("a JSON cohort read in shards", () => {
  const TODAY = "2026-11-22";
  const body = (envelope: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify(envelope));
  /** The cohort with broken applicants among the good: a non-object, a duplicate id, a bad applicant and fact, a numeric id, one without facts. */
  const applicants = (): unknown[] => {
    const list: unknown[] = profiles.map((p, i) => ({ id: `A${i}`, applicant: p.applicant, facts: p.facts }));
    list.splice(10, 0, "not an object");
    list.splice(20, 0, { id: "A3", applicant: profiles[3]!.applicant, facts: [] });
    list.splice(30, 0, { id: 77777, applicant: { kind: "robot" }, facts: [{ type: "no-such-fact" }] });
    list.splice(40, 0, { id: 42, applicant: { kind: "organization", orgType: "enterprise" }, facts: profiles[0]!.facts });
    list.push({ id: "no-facts", applicant: { kind: "organization", orgType: "enterprise" }, facts: [] });
    return list;
  };
  const inShards = async (bytes: Uint8Array, count: number) =>
    mergeReports(jinshan, await Promise.all(Array.from({ length: count }, (_, index): Promise<BatchReport> => loadJsonShard(bytes, TODAY, { index, count } satisfies Shard))));

  it.each([2, 3])("gives the report of reading it whole in %i shards: figures, applicants in order, errors", async (count) => {
    const list = applicants();
    const bytes = body({ policy: "jinshan", asOf, applicants: list });
    const one = await loadJsonShard(bytes, TODAY);
    expect(one.asOf).toBe(asOf);
    expect(one.input).toMatchObject({ format: "json", applicants: list.length });
    expect(one.errors.map((e) => e.row)).toEqual(expect.arrayContaining([11, 21, 31]));
    expect(one.applicants.some((a) => a.id === "42")).toBe(true);
    expect(one.byLimit.some((l) => l.applicants > 0)).toBe(true);
    expect(await inShards(bytes, count)).toEqual(one);
  });

  it("accepts applicants that state no facts, whichever shard has none, and evaluates at today without asOf", async () => {
    const bytes = body({ policy: "jinshan", applicants: [{ id: "X", applicant: { kind: "organization", orgType: "enterprise" }, facts: [] }] });
    const one = await loadJsonShard(bytes, TODAY);
    expect(one).toMatchObject({ asOf: TODAY, payable: 0, input: { rows: 0, applicants: 1, validApplicants: 1 } });
    expect(await inShards(bytes, 3)).toEqual(one);
  });

  it("refuses a bad body or envelope in every shard with the API's error naming the field", async () => {
    const refusal = (bytes: Uint8Array) => loadJsonShard(bytes, TODAY, { index: 1, count: 2 }).catch((e: unknown) => e);
    expect(await refusal(new TextEncoder().encode("{\"policy\": "))).toMatchObject({ status: 400, code: "invalid_json" });
    const wrongPolicy = await refusal(body({ policy: "atlantis", applicants: applicants() }));
    expect(wrongPolicy).toBeInstanceOf(ApiError);
    expect(wrongPolicy).toMatchObject({ status: 422, issues: [{ path: "policy" }] });
  });
});
