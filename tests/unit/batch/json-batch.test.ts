import { describe, expect, it } from "vitest";
import { batchEnvelopeSchema, readJsonBatch } from "@/lib/batch/json-batch";

const read = (body: unknown) => readJsonBatch(batchEnvelopeSchema.parse(body));

describe("a cohort as JSON", () => {
  it("checks each applicant like an upload row and keeps the good ones", () => {
    const r = read({
      policy: "jinshan",
      applicants: [
        { id: "A1", name: "甲", applicant: { kind: "organization" }, facts: [{ type: "quality-award", award: "china-quality-award", date: "2025-06-01" }] },
        { id: "B2", applicant: { kind: "robot" }, facts: [{ type: "quality-award", award: "nope", count: 1 }] },
        { id: "A1", applicant: { kind: "organization" }, facts: [{ type: "no-such-fact" }] },
        "not an object",
      ],
    });
    expect(r.members.map((m) => m.id)).toEqual(["A1"]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "applicant.kind"],
      [2, "facts[0].award"],
      [2, "facts[0].count"],
      [3, "id"],
      [3, "facts[0].type"],
      [4, ""],
    ]);
    expect(r.errors[3]!.message).toBe("编号“A1”与第 1 个申请人重复");
    expect(r.stats).toEqual({ rows: 3, validRows: 1, applicants: 4, validApplicants: 1 });
  });

  it("refuses a wrong envelope as a whole", () => {
    expect(batchEnvelopeSchema.safeParse({ policy: "nowhere", applicants: [{}] }).success).toBe(false);
    expect(batchEnvelopeSchema.safeParse({ policy: "jinshan", applicants: [] }).success).toBe(false);
    expect(batchEnvelopeSchema.safeParse({ policy: "jinshan", applicants: [{}], extra: 1 }).success).toBe(false);
  });
});
