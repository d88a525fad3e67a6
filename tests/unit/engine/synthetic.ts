/**
 * Small made-up policies for engine tests. They are not the real ones on purpose: each test builds
 * exactly the items and limits it is about, so a change to a district's data cannot hide or fake
 * an engine bug. By default an item is triggered by a fact whose type is the item's id.
 */
import { evaluate } from "@/engine";
import type { AmountRule, Applicant, EvaluateOptions, Evaluation, Fact, Item, Limit, Policy } from "@/engine/types";

export const WAN = 10_000;

export const ORG: Applicant = { kind: "organization" };
export const PERSON: Applicant = { kind: "individual" };

/** In force 2025-01-01 … 2027-12-31; facts evaluated as of 2026-06-01 unless a test says otherwise. */
export const AS_OF = "2026-06-01";

export const item = (id: string, amount: AmountRule, extra: Partial<Item> = {}): Item => ({
  id,
  clause: `第${id}条`,
  title: `条目 ${id}`,
  label: `事项 ${id}`,
  facts: [{ type: id }],
  who: { kinds: ["organization", "individual"] },
  amount,
  quote: `对 ${id} 给予奖励`,
  ...extra,
});

type Bare<L> = L extends unknown ? Omit<L, "clause" | "quote" | "label"> : never;

export const limit = (l: Bare<Limit>): Limit => ({ clause: `限额${l.id}`, quote: `限额 ${l.id} 原文`, label: `限额 ${l.id}`, ...l }) as Limit;

export const policy = (items: Item[], extra: Partial<Policy> = {}): Policy => ({
  id: "demo",
  name: "示例区质量发展若干措施",
  shortName: "示例区",
  region: "示例区",
  issuer: "示例区市场监督管理局",
  published: "2024-12-01",
  sourceFile: "000_0.txt",
  effective: { clause: "第九条", quote: "自2025年1月1日起施行，有效期至2027年12月31日", from: "2025-01-01", to: "2027-12-31" },
  applicants: { clause: "第一条", quote: "各类组织及个人", kinds: ["organization", "individual"] },
  exclusions: [],
  items,
  limits: [],
  notes: [],
  ...extra,
});

export const run = (
  p: Policy,
  facts: Fact[],
  { applicant = ORG, asOf = AS_OF, ...options }: { applicant?: Applicant; asOf?: string } & EvaluateOptions = {},
): Evaluation => evaluate({ policy: p, applicant, facts, asOf }, options);

/** [min, max] of every line of an item, summed. */
export const lineOf = (r: Evaluation, itemId: string): [number, number] => {
  const ls = r.lines.filter((l) => l.item === itemId);
  return [ls.reduce((s, l) => s + l.min, 0), ls.reduce((s, l) => s + l.max, 0)];
};

export const totalOf = (r: Evaluation): [number, number] => [r.total.min, r.total.max];
