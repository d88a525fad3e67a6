/**
 * The policy data schema. Every policy module is parsed with it when loaded (and in tests), so a
 * typo in a clause, an amount that is not integer yuan, or a limit naming an unknown item fails
 * loudly instead of paying a wrong figure. What-if drafts are validated by the same schema.
 */
import { z } from "zod";
import type { Policy } from "../src/engine/types";
import { CORE_TOPICS, STEP_TOPICS, stepTopicLabel } from "../src/engine/next-steps";
import { factTypeIndex } from "./vocabulary";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A YYYY-MM-DD naming a day of the Gregorian calendar (the one Date uses, years 0000–9999): counted
 * rather than read back through a Date, since every API request checks several (bench/load.bench.ts).
 */
export const isCalendarDate = (s: string): boolean => {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
};

/** Also validates dates in API requests (src/lib/validation), so both refuse the same strings. */
export const isoDate = z
  .string({ error: "日期应为 YYYY-MM-DD 格式的字符串" })
  .regex(ISO_DATE, "日期格式应为 YYYY-MM-DD")
  .refine(isCalendarDate, "不存在的日期");

const yuan = z.number().int("金额必须是整数元").nonnegative().max(100_000_000_000);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const source = {
  clause: z.string().min(1),
  quote: z.string().min(4),
  reading: z.string().min(4).optional(),
};

const percent = z
  .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
  .refine((p) => p.min <= p.max, "比例下限不能高于上限");

const tier = z.object({
  from: z.number().int().nonnegative(),
  below: z.number().int().positive().optional(),
  label: z.string().min(1),
  amount: z.object({ kind: z.enum(["fixed", "upTo"]), yuan }),
});

const amount = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), yuan }),
  z.object({ kind: z.literal("upTo"), yuan }),
  z.object({
    kind: z.literal("share"),
    base: z.literal("amount"),
    baseLabel: z.string().min(1),
    percent,
    cap: yuan.optional(),
    capInput: z.object({ input: z.string(), label: z.string().min(2) }).optional(),
  }),
  z.object({ kind: z.literal("tiers"), measure: z.literal("count"), unit: z.string().min(1), tiers: z.array(tier).min(1) }),
  z.object({ kind: z.literal("unstated"), why: z.string().min(2) }),
  z.object({ kind: z.literal("none"), why: z.string().min(2) }),
]);

const dating = z.object({ claimed: z.literal("next-year"), label: z.string().min(2), hint: z.string().min(4) });

const factMatch = z
  .object({ type: z.string(), where: z.record(z.string(), z.union([scalar, z.array(scalar)])).optional(), dating: dating.optional() })
  .superRefine((m, ctx) => {
    const ft = factTypeIndex.get(m.type);
    if (!ft) {
      ctx.addIssue({ code: "custom", message: `未知的事实类型 ${m.type}` });
      return;
    }
    for (const [name, want] of Object.entries(m.where ?? {})) {
      const input = ft.inputs.find((i) => i.name === name);
      if (!input) {
        ctx.addIssue({ code: "custom", message: `事实类型 ${m.type} 没有输入项 ${name}` });
        continue;
      }
      for (const v of Array.isArray(want) ? want : [want]) {
        if (input.kind === "enum" && !input.options?.some((o) => o.value === v)) {
          ctx.addIssue({ code: "custom", message: `${m.type}.${name} 没有选项 ${String(v)}` });
        }
      }
    }
  })
  // A fact type that dates its facts (a stock at a year end) dates them so in every item that reads
  // it, unless the item's own text says otherwise: the engine reads the dating on the match alone.
  .transform((m) => {
    const own = factTypeIndex.get(m.type)?.dating;
    return m.dating || !own ? m : { ...m, dating: own };
  });

const kinds = z.array(z.enum(["organization", "individual"])).min(1);
const governmentLevel = z.enum(["national", "provincial", "city", "district"]);

const item = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  ...source,
  title: z.string().min(1),
  label: z.string().min(1),
  facts: z.array(factMatch).min(1),
  who: z.object({
    kinds,
    orgTypes: z.array(z.string()).optional(),
    attributes: z.array(z.object({ attribute: z.string(), value: scalar, requirement: z.string().min(2) })).min(1).optional(),
    clause: z.string().optional(),
    quote: z.string().optional(),
  }),
  amount,
  unit: z.string().optional(),
  once: z.literal(true).optional(),
  conditions: z
    .array(z.object({ ...source, input: z.string(), op: z.enum(["gte", "lt", "eq"]), value: scalar, requirement: z.string().min(2) }))
    .optional(),
  payer: governmentLevel.optional(),
  level: governmentLevel.optional(),
});

const limitBase = { id: z.string().regex(/^[a-z0-9-]+$/), ...source, label: z.string().min(2) };
const itemIds = z.array(z.string()).min(1);

const limit = z.discriminatedUnion("kind", [
  z.object({
    ...limitBase,
    kind: z.literal("highestOnly"),
    items: itemIds,
    per: z.enum(["year", "policy"]),
    kinds: kinds.optional(),
    by: z.literal("level").optional(),
  }),
  z
    .object({
      ...limitBase,
      kind: z.literal("maxCount"),
      items: itemIds,
      max: z.number().int().positive(),
      per: z.enum(["year", "policy"]),
      maxPerYear: z.number().int().positive().optional(),
    })
    .refine((l) => l.maxPerYear === undefined || (l.per === "policy" && l.maxPerYear < l.max), {
      message: "每年上限只用于政策期计数，且应小于累计上限",
      path: ["maxPerYear"],
    }),
  z.object({ ...limitBase, kind: z.literal("sameMatter"), items: itemIds.min(2) }),
  z.object({ ...limitBase, kind: z.literal("groupCap"), items: itemIds, cap: yuan, per: z.literal("year") }),
  z.object({ ...limitBase, kind: z.literal("policyCap"), cap: yuan, per: z.literal("year"), kinds }),
  z.object({
    ...limitBase,
    kind: z.literal("revisionShare"),
    items: itemIds,
    percent: z.number().positive().max(100),
    when: z.object({ input: z.string(), value: scalar }),
  }),
  z.object({ ...limitBase, kind: z.literal("quota"), items: itemIds }),
]);

const stepTopic = z.enum(STEP_TOPICS);
const stepId = z.string().regex(/^[a-z0-9-]+$/);
const scope = z.array(z.string()).min(1).optional();

const application = z.object({
  steps: z.array(z.object({ id: stepId, topic: stepTopic, ...source, text: z.string().min(2), items: scope })),
  silent: z.array(z.object({ id: stepId, topic: z.enum(CORE_TOPICS), text: z.string().min(4), items: scope })),
  companion: z
    .object({
      title: z.string().min(4),
      docNumber: z.string().min(4),
      issuer: z.string().min(4),
      issued: isoDate,
      sets: z.string().min(2),
      knownFrom: z.string().min(4),
    })
    .optional(),
});

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    name: z.string().min(4),
    shortName: z.string().min(2),
    region: z.string().min(2),
    issuer: z.string().min(2),
    docNumber: z.string().optional(),
    published: isoDate,
    sourceFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    effective: z.object({
      ...source,
      from: isoDate,
      to: isoDate.nullable(),
      retroactiveFrom: isoDate.optional(),
      // Required of every policy: what its text says of achievements dated before it (SPEC.md, Dates).
      earlier: z.object({ ...source, text: z.string().min(10), document: z.string().min(4).optional() }),
    }),
    applicants: z.object({ ...source, kinds }),
    exclusions: z.array(
      z.object({ id: z.string(), ...source, when: z.record(z.string(), z.array(scalar).min(1)), reason: z.string().min(2) }),
    ),
    items: z.array(item).min(1),
    limits: z.array(limit),
    notes: z.array(z.object({ id: z.string(), ...source, text: z.string().min(2) })),
    application,
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.items.forEach((it, i) => {
      if (ids.has(it.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `重复的条目 id ${it.id}` });
      ids.add(it.id);
    });
    p.limits.forEach((l, i) => {
      if ("items" in l) {
        for (const id of l.items) {
          if (!ids.has(id)) ctx.addIssue({ code: "custom", path: ["limits", i, "items"], message: `限额 ${l.id} 引用了不存在的条目 ${id}` });
        }
      }
      // 就高 by level ranks the items by their level: each must state one.
      if (l.kind === "highestOnly" && l.by === "level") {
        for (const id of l.items) {
          if (p.items.some((it) => it.id === id && !it.level)) {
            ctx.addIssue({ code: "custom", path: ["limits", i, "items"], message: `限额 ${l.id} 按级别就高，条目 ${id} 须写明级别（level）` });
          }
        }
      }
    });
    const { earlier } = p.effective;
    if (earlier.document && !earlier.text.includes(earlier.document)) {
      ctx.addIssue({ code: "custom", path: ["effective", "earlier", "text"], message: `此前事项的说明须写出文件 ${earlier.document}` });
    }
    checkApplication(p as Policy, ctx);
    if (p.effective.to && p.effective.to < p.effective.from) {
      ctx.addIssue({ code: "custom", path: ["effective", "to"], message: "有效期截止日早于生效日" });
    }
    // Greedy selection is optimal only when choice groups (highest-only, counts) are disjoint and a
    // policy-wide choice never competes inside a yearly money cap (see docs/engine.md).
    // A count counts one fact's lines under one same-matter rule as one project (src/engine/projects.ts): one rule per item.
    const matters = new Map<string, string>();
    for (const l of p.limits) {
      if (l.kind !== "sameMatter") continue;
      for (const id of l.items) {
        const other = matters.get(id);
        if (other) ctx.addIssue({ code: "custom", path: ["limits"], message: `条目 ${id} 同时属于同一事项规则 ${other} 和 ${l.id}` });
        matters.set(id, l.id);
      }
    }
    const chosen = new Map<string, string>();
    for (const l of p.limits) {
      if (l.kind !== "highestOnly" && l.kind !== "maxCount") continue;
      for (const id of l.items) {
        const other = chosen.get(id);
        if (other) ctx.addIssue({ code: "custom", path: ["limits"], message: `条目 ${id} 同时属于选择规则 ${other} 和 ${l.id}` });
        chosen.set(id, l.id);
      }
      if (l.per === "policy") {
        const capped = p.limits.some(
          (c) => (c.kind === "groupCap" && c.items.some((id) => l.items.includes(id))) || c.kind === "policyCap",
        );
        if (capped) ctx.addIssue({ code: "custom", path: ["limits"], message: `政策期选择规则 ${l.id} 与年度金额上限相交` });
      }
    }
  });

/**
 * Next steps name only items that exist, and leave no item without an answer — a step or an
 * explicit silence — to who accepts, when, what materials and whom to ask.
 */
function checkApplication(p: Policy, ctx: z.RefinementCtx) {
  const { steps, silent } = p.application!;
  const ids = new Set<string>();
  const itemIds = new Set(p.items.map((i) => i.id));
  [...steps, ...silent].forEach((s) => {
    if (ids.has(s.id)) ctx.addIssue({ code: "custom", path: ["application"], message: `重复的申报指引 id ${s.id}` });
    ids.add(s.id);
    for (const id of s.items ?? []) {
      if (!itemIds.has(id)) ctx.addIssue({ code: "custom", path: ["application"], message: `申报指引 ${s.id} 引用了不存在的条目 ${id}` });
    }
  });
  for (const item of p.items) {
    for (const topic of CORE_TOPICS) {
      const answered = [...steps, ...silent].some((s) => s.topic === topic && (!s.items || s.items.includes(item.id)));
      if (!answered) ctx.addIssue({ code: "custom", path: ["application"], message: `条目 ${item.id} 没有“${stepTopicLabel[topic]}”的申报指引，也没有写明原文未提及` });
    }
  }
}

/** Parse a policy module's data; throws with every problem listed if the data is wrong. */
export const definePolicy = (data: Policy): Policy => policySchema.parse(data) as Policy;
