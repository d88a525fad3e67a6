/**
 * Policies as the API shows them: plain data plus the sentences the UI would otherwise have to build
 * (describeAmount / describeLimit), so another system can show an item without knowing the rule language.
 */
import { within } from "@/engine/dates";
import { describeAmount, describeLimit, policyVersion } from "@/engine";
import { stepTopicLabel } from "@/engine/next-steps";
import type { IsoDate, Policy, StepTopic } from "@/engine/types";

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
  application: applicationJson(policy),
  // Kept for clients written before `application`: its steps in the earlier flat shape.
  guidance: (policy.application?.steps ?? []).map(({ id, topic, text, clause }) => ({ id, label: stepTopicLabel[topic], text, clause })),
});

/** Next steps with each topic's label; an entry without `items` concerns every item. */
const applicationJson = (policy: Policy) => {
  const { steps = [], silent = [], companion } = policy.application ?? {};
  const labelled = <T extends { topic: StepTopic }>(e: T) => ({ ...e, label: stepTopicLabel[e.topic] });
  return { steps: steps.map(labelled), silent: silent.map(labelled), ...(companion ? { companion } : {}) };
};
