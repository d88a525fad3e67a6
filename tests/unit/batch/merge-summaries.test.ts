import { describe, expect, it } from "vitest";
import { mergeSummaries } from "@/lib/batch/merge-summaries";
import { evaluateCohort } from "@/lib/cohort/aggregate";
import { policyById } from "@policies/index";
import { cohort } from "../../../bench/cohort";

const jinshan = policyById.get("jinshan")!;
const profiles = cohort({ size: 600, policies: [jinshan], seed: 11 });
const members = profiles.map((p, i) => ({ id: `M${i}`, applicant: p.applicant, facts: p.facts }));
const asOf = profiles[0]!.asOf;

describe("a cohort evaluated in parts", () => {
  it("adds up to exactly the summary of one accumulator over the whole cohort", () => {
    const whole = evaluateCohort(jinshan, members, asOf).summary;
    const parts = [members.slice(0, 101), members.slice(101, 350), members.slice(350)].map((m) => evaluateCohort(jinshan, m, asOf).summary);
    expect(mergeSummaries(jinshan, parts)).toEqual(whole);
    expect(whole.byLimit.some((l) => l.applicants > 0)).toBe(true);
  });
});
