/**
 * The fact vocabulary as the API publishes it: exactly the fields request validation accepts
 * (src/lib/validation/fields.ts), so a client can build its form from this and never be refused.
 */
import { factGroups, factTypes } from "@policies/vocabulary";
import { applicantFields, factFields } from "@/lib/validation/fields";
import { MAX_FACTS } from "@/lib/validation/evaluate-request";

export const factsCatalog = () => ({
  facts: factTypes.map((ft) => ({
    type: ft.type,
    label: ft.label,
    group: ft.group,
    groupLabel: factGroups[ft.group],
    ...(ft.hint ? { hint: ft.hint } : {}),
    ...(ft.count ? { count: ft.count } : {}),
    ...(ft.amount ? { amount: ft.amount } : {}),
    inputs: factFields(ft),
  })),
  applicant: { inputs: applicantFields },
  groups: Object.entries(factGroups).map(([id, label]) => ({ id, label })),
  maxFacts: MAX_FACTS,
});
