import { describe, expect, it } from "vitest";
import { countAssumptions, mergeAssumptionCounts, ROWS_LISTED } from "@/lib/batch/batch-report";

const first = (row: number, pending = true) => ({ row, column: "首次取得", message: "首次取得未填写", pending });
const count = (row: number) => ({ row, column: "数量", message: "数量未填写，按 1 项计", pending: false });

describe("the report's count of assumptions", () => {
  it("counts an applicant once however many of its rows the assumption is made on, and every row", () => {
    const counts = countAssumptions([{ assumptions: [first(2), count(3), first(4)] }, {}, { assumptions: [first(6)] }]);
    expect(counts).toEqual([
      { message: "首次取得未填写", pending: true, applicants: 2, count: 3, rows: [2, 4, 6] },
      { message: "数量未填写，按 1 项计", pending: false, applicants: 1, count: 1, rows: [3] },
    ]);
  });

  it("keeps the same words apart when one row waits and the other was assumed", () => {
    const counts = countAssumptions([{ assumptions: [first(2, false)] }, { assumptions: [first(3, true)] }]);
    expect(counts.map((c) => [c.pending, c.applicants, c.rows])).toEqual([
      [true, 1, [3]],
      [false, 1, [2]],
    ]);
  });

  it("adds shards' counts up to the count of the whole, the first rows in row order", () => {
    const members = Array.from({ length: 3 * ROWS_LISTED }, (_, i) => ({ assumptions: [first(i + 2), count(i + 2)] }));
    const shards = [members.filter((_, i) => i % 2 === 0), members.filter((_, i) => i % 2 === 1)];
    expect(mergeAssumptionCounts(shards.map(countAssumptions))).toEqual(countAssumptions(members));
    expect(countAssumptions(members)[0]!.rows).toEqual(Array.from({ length: ROWS_LISTED }, (_, i) => i + 2));
  });
});
