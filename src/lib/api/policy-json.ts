/**
 * Policies as the API shows them: plain data plus the sentences the UI would otherwise have to build
 * (describeAmount / describeLimit), so another system can show an item without knowing the rule language.
 */
import { within } from "@/engine/dates";
import { describeAmount, describeLimit, policyVersion } from "@/engine";
import type { IsoDate, Policy } from "@/engine/types";

export const policySummary = (policy: Policy, today: IsoDate) => ({
  id: policy.id,
  name: policy.name,
  shortName: policy.shortName,
  region: policy.region,
  issuer: policy.issuer,
  ...(policy.docNumber ? { docNumber: policy.docNumber } : {}),
  published: policy.published,
  effective: { from: policy.effective.from, to: policy.effective.to },
  ...(policy.effective.retroactiveFrom ? { retroactiveFrom: policy.effective.retroactiveFrom } : {}),
  inForce: within(today, policy.effective.from, policy.effective.to),
  policyVersion: policyVersion(policy),
  counts: { items: policy.items.length, limits: policy.limits.length },
});

export const policyDetail = (policy: Policy, today: IsoDate) => ({
  ...policySummary(policy, today),
  effective: policy.effective,
  applicants: policy.applicants,
  exclusions: policy.exclusions,
  items: policy.items.map((item) => ({
    ...item,
    amount: { ...item.amount, text: describeAmount(item.amount, item.unit) },
    conditions: item.conditions ?? [],
  })),
  limits: policy.limits.map((limit) => ({ ...limit, text: describeLimit(limit) })),
  notes: policy.notes,
  guidance: policy.guidance ?? [],
});
