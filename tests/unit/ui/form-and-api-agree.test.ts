/**
 * The questionnaire and the API read one answer to "which inputs does this policy read"
 * (src/lib/validation/inputs-read.ts): for every policy, every kind of applicant and every path
 * through a fact's choices, a fact filled in as the form asks is never refused for a missing input,
 * and every required input the form shows is one the API demands when left out.
 */
import { describe, expect, it } from "vitest";
import type { Applicant, Fact } from "@/engine/types";
import { deriveFactGroups, fieldsFor, type FactForm } from "@/features/questionnaire/derive-questionnaire";
import { parseEvaluateRequest } from "@/lib/validation/evaluate-request";
import { policies } from "@policies/index";
import { applicantAttributes } from "@policies/vocabulary";

const orgTypes = applicantAttributes.find((a) => a.name === "orgType")!.options!.map((o) => o.value);
const applicants: Applicant[] = [{ kind: "individual" }, ...orgTypes.map((orgType): Applicant => ({ kind: "organization", orgType }))];

/** Every fact the form can be filled into: each choice the form offers, in turn, down the cascade (other inputs left blank). */
const filledFacts = (form: FactForm, fact: Fact = { type: form.type }): Fact[] => {
  const open = fieldsFor(form, fact).find((f) => f.type === "enum" && fact[f.name] === undefined);
  if (!open) return [fact];
  return (open.options ?? []).flatMap((o) => filledFacts(form, { ...fact, [open.name]: o.value }));
};

/** What the form shows as required beyond the choices (评审成熟度), stated with a valid value. */
const withRequiredValues = (form: FactForm, fact: Fact): Fact =>
  Object.fromEntries([...Object.entries(fact), ...fieldsFor(form, fact).flatMap((f) => (f.required && f.type === "percent" ? [[f.name, 50]] : []))]) as Fact;

/** The paths the evaluate API complains about for this one fact; [] when it takes it. */
const refused = (policy: string, applicant: Applicant, fact: Fact): string[] => {
  const parsed = parseEvaluateRequest({ policy, applicant, facts: [fact], asOf: "2025-09-30" });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
};

describe.each(policies.map((p) => [p.id, p] as const))("%s", (_id, policy) => {
  it.each(applicants.map((a) => [a.orgType ?? a.kind, a] as const))("for %s: the evaluate API demands exactly the required inputs the form shows", (_who, applicant) => {
    let checked = 0;
    for (const form of deriveFactGroups(policy, applicant).flatMap((g) => g.forms)) {
      for (const chosen of filledFacts(form)) {
        const fact = withRequiredValues(form, chosen);
        expect(refused(policy.id, applicant, fact), JSON.stringify(fact)).toEqual([]);
        const shownRequired = fieldsFor(form, fact).filter((f) => f.required);
        for (const field of shownRequired) {
          const { [field.name]: _left, ...without } = fact;
          expect(refused(policy.id, applicant, without as Fact), `${JSON.stringify(without)} lacks ${field.name}`).toEqual([`facts.0.${field.name}`]);
        }
        checked++;
      }
    }
    if (deriveFactGroups(policy, applicant).length > 0) expect(checked).toBeGreaterThan(0);
  });
});
