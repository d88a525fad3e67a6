/**
 * What-if drafts: a named list of changes to one policy's figures (an amount, a cap, a count
 * limit, a date). The changed policy is validated by the same schema as the real data, so a
 * draft can never hold what a policy could not.
 */
import { z } from "zod";
import { policySchema } from "@policies/schema";
import type { Policy } from "@/engine/types";

/** The figures a draft may change, addressed by item or limit id so they survive re-ordering. */
const figure = z.number({ error: "修改后的数值须为数字" }).int({ error: "修改后的数值须为整数（金额为整数元）" }).nonnegative({ error: "修改后的数值不能为负数" });
const itemId = z.string({ error: "缺少条目或限额的 id" }).max(100);

export const draftChangeSchema = z.discriminatedUnion(
  "target",
  [
    z.object({ target: z.literal("item"), id: itemId, field: z.enum(["yuan", "cap", "percent.min", "percent.max"], { error: "条目只能修改 yuan、cap、percent.min、percent.max" }), value: figure }),
    z.object({ target: z.literal("tier"), id: itemId, index: z.number().int().nonnegative().max(20, { error: "档位序号无效" }), value: figure }),
    z.object({
      target: z.literal("limit"),
      id: itemId,
      field: z.enum(["cap", "max", "percent"], { error: "限额只能修改 cap、max、percent" }),
      value: figure.positive({ error: "限额须大于 0" }),
    }),
    z.object({
      target: z.literal("effective"),
      field: z.enum(["from", "to"], { error: "有效期只能修改 from 或 to" }),
      value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期格式应为 YYYY-MM-DD" }).nullable(),
    }),
  ],
  { error: "每项修改须为 { target: item | tier | limit | effective, … }" },
);

export type DraftChange = z.infer<typeof draftChangeSchema>;

export const draftSchema = z.object({
  name: z.string().trim().min(1, "请填写草案名称").max(100),
  policy: z.string({ error: "缺少政策 policy" }).max(40),
  changes: z.array(draftChangeSchema, { error: "changes 须为修改的数组" }).max(500, { error: "一个草案最多 500 项修改" }),
});

export type Draft = z.infer<typeof draftSchema>;

export class DraftError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** What is wrong, without what it is wrong with: the page puts it after the figure's name. */
    readonly reason: string = message,
  ) {
    super(message);
  }
}

const hasChinese = /[\u4e00-\u9fff]/;

/** A schema issue in words: the policy schema's own Chinese messages, zod's bounds said in Chinese. */
const inWords = (issue: z.core.$ZodIssue): string => {
  if (issue.code === "too_small") return `${issue.inclusive === false ? "须大于" : "不能小于"} ${String(issue.minimum)}`;
  if (issue.code === "too_big") return `${issue.inclusive === false ? "须小于" : "不能大于"} ${String(issue.maximum)}`;
  return hasChinese.test(issue.message) ? issue.message : "不符合政策数据的规则";
};

const applyOne = (p: Policy, c: DraftChange, i: number): void => {
  const path = `changes[${i}]`;
  if (c.target === "effective") {
    if (c.field === "from" && c.value === null) throw new DraftError("生效日不能为空", `${path}.value`);
    if (c.field === "from") p.effective.from = c.value as string;
    else p.effective.to = c.value;
    return;
  }
  if (c.target === "limit") {
    const l = p.limits.find((x) => x.id === c.id) as Record<string, unknown> | undefined;
    if (!l) throw new DraftError(`没有限额规则 ${c.id}`, `${path}.id`);
    if (!(c.field in l)) throw new DraftError(`限额规则 ${c.id} 没有可改的“${c.field}”`, `${path}.field`);
    l[c.field] = c.value;
    return;
  }
  const item = p.items.find((x) => x.id === c.id);
  if (!item) throw new DraftError(`没有条目 ${c.id}`, `${path}.id`);
  const a = item.amount as Record<string, unknown>;
  if (c.target === "tier") {
    const tier = item.amount.kind === "tiers" ? item.amount.tiers[c.index] : undefined;
    if (!tier) throw new DraftError(`条目 ${c.id} 没有第 ${c.index + 1} 档`, `${path}.index`);
    tier.amount.yuan = c.value;
    return;
  }
  if (c.field === "percent.min" || c.field === "percent.max") {
    if (item.amount.kind !== "share") throw new DraftError(`条目 ${c.id} 不是按比例计算`, `${path}.field`);
    item.amount.percent[c.field === "percent.min" ? "min" : "max"] = c.value;
    return;
  }
  if (!(c.field in a) && !(c.field === "cap" && item.amount.kind === "share")) {
    throw new DraftError(`条目 ${c.id} 没有可改的“${c.field}”`, `${path}.field`);
  }
  a[c.field] = c.value;
};

/** The policy as the draft would make it; throws DraftError (or a zod error) naming what is wrong. */
export const applyDraft = (policy: Policy, changes: DraftChange[]): Policy => {
  const copy = structuredClone(policy) as Policy;
  changes.forEach((c, i) => applyOne(copy, c, i));
  const parsed = policySchema.safeParse(copy);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DraftError(`草案使政策数据无效：${issue.path.join(".")} ${inWords(issue)}`, issue.path.join("."), inWords(issue));
  }
  return parsed.data as Policy;
};
