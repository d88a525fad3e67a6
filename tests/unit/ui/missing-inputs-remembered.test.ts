/**
 * missingInputs (src/lib/validation/inputs-read.ts) remembers its answer per fact state. Whatever
 * order the states come in, each gets the answer a fresh module computes for it: two module
 * instances walk every state of every fact type — each choice, none, one outside the options; each
 * other required input stated or not — in opposite orders, so a state remembered under too coarse
 * a key would hand one of them another state's answer.
 */
import { describe, expect, it, vi } from "vitest";
import type { Applicant, Fact, FactType, Policy } from "@/engine/types";
import { factFields } from "@/lib/validation/fields";
import { policies } from "@policies/index";
import { applicantAttributes, factTypes } from "@policies/vocabulary";

type MissingInputs = typeof import("@/lib/validation/inputs-read").missingInputs;

const freshMissingInputs = async (): Promise<MissingInputs> => {
  vi.resetModules();
  return (await import("@/lib/validation/inputs-read")).missingInputs;
};

const orgTypes = applicantAttributes.find((a) => a.name === "orgType")!.options!.map((o) => o.value);
const applicants: Applicant[] = [{ kind: "individual" }, ...orgTypes.map((orgType): Applicant => ({ kind: "organization", orgType }))];

/** Every state the walk can tell apart, and more: each value of each choice, none and an unknown one; each required input stated or not. */
const states = (ft: FactType): Fact[] =>
  factFields(ft)
    .filter((f) => f.type === "enum" || f.required)
    .reduce<Fact[]>(
      (facts, f) => {
        const values: unknown[] = f.type === "enum" ? [undefined, "not-an-option", ...(f.options ?? []).map((o) => o.value)] : [undefined, 50];
        return facts.flatMap((fact) => values.map((v) => (v === undefined ? fact : ({ ...fact, [f.name]: v } as Fact))));
      },
      [{ type: ft.type }],
    );

const answers = (missingInputs: MissingInputs, cases: [Policy, Applicant, Fact][]) =>
  cases.map(([policy, applicant, fact]) => missingInputs(policy, applicant, [fact]).flatMap((m) => m.fields.map((f) => f.name)));

describe("missingInputs remembers an answer per fact state", () => {
  it("gives every state its own answer, in either order", async () => {
    const cases = policies.flatMap((policy) => applicants.flatMap((applicant) => factTypes.flatMap((ft) => states(ft).map((fact): [Policy, Applicant, Fact] => [policy, applicant, fact]))));
    const forward = answers(await freshMissingInputs(), cases);
    const backward = answers(await freshMissingInputs(), [...cases].reverse()).reverse();
    expect(backward).toEqual(forward);
    // The states do differ: some are missing inputs, others not.
    expect(forward.filter((a) => a.length > 0).length).toBeGreaterThan(0);
    expect(forward.filter((a) => a.length === 0).length).toBeGreaterThan(0);
  });
});
