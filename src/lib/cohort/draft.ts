/**
 * What-if drafts: a named list of changes to one policy's figures (an amount, a cap, a count
 * limit, a date). The changed policy is validated by the same schema as the real data, so a
 * draft can never hold what a policy could not.
 */
import { z } from "zod";
import { policyById } from "@policies/index";
import { policySchema } from "@policies/schema";
import { plainText } from "@/lib/validation/plain-text";
import type { Policy } from "@/engine/types";

/** The figures a draft may change, addressed by item or limit id so they survive re-ordering. */
const figure = z
  .number({ error: (issue) => (issue.input === undefined ? "缺少修改后的数值 value" : "修改后的数值 value 须为数字") })
  .int({ error: "修改后的数值须为整数（金额为整数元）" })
  .nonnegative({ error: "修改后的数值不能为负数" });
const itemId = plainText("条目或限额的 id", { max: 100 });
const choice = <T extends string>(name: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `缺少 ${name}；可选：${values.join("、")}` : `${name} 只能是 ${values.join("、")}`) });

/** A change of one kind: exactly these keys, any other refused by name (`__proto__` and `constructor` too). */
const change = <T extends string, S extends z.core.$ZodLooseShape>(target: T, shape: S) => {
  const names = ["target", ...Object.keys(shape)].join("、");
  return z.strictObject(
    { target: z.literal(target), ...shape },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `“${target}”修改不支持这个字段；可填：${names}` : "每项修改须为 JSON 对象") },
  );
};

const TARGETS = ["item", "tier", "limit", "effective"];

export const draftChangeSchema = z.discriminatedUnion(
  "target",
  [
    change("item", { id: itemId, field: choice("field", ["yuan", "cap", "percent.min", "percent.max"]), value: figure }),
    change("tier", {
      id: itemId,
      index: z.number({ error: "档位序号 index 须为整数" }).int({ error: "档位序号 index 须为整数" }).nonnegative({ error: "档位序号 index 不能为负数" }).max(20, { error: "档位序号无效" }),
      value: figure,
    }),
    change("limit", { id: itemId, field: choice("field", ["cap", "max", "percent"]), value: figure.positive({ error: "限额须大于 0" }) }),
    change("effective", {
      field: choice("field", ["from", "to"]),
      value: z
        .string({ error: (issue) => (issue.input === undefined ? "缺少日期 value（YYYY-MM-DD，或 null 表示不限）" : "日期 value 须为 YYYY-MM-DD 字符串或 null") })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期格式应为 YYYY-MM-DD" })
        .nullable(),
    }),
  ],
  {
    error: (issue) =>
      typeof issue.input !== "object" || issue.input === null || Array.isArray(issue.input)
        ? "每项修改须为 JSON 对象"
        : `修改的 target 须为 ${TARGETS.join("、")} 之一`,
  },
);

export type DraftChange = z.infer<typeof draftChangeSchema>;

const policyIds = [...policyById.keys()].join("、");

const DRAFT_KEYS = "name、policy、changes";

export const draftSchema = z.strictObject(
  {
    name: plainText("草案名称 name", { max: 100 }).trim().min(1, { error: "请填写草案名称 name" }),
    policy: z
      .string({ error: (issue) => (issue.input === undefined ? `缺少政策 policy；可选：${policyIds}` : "政策 policy 须为字符串") })
      .refine((id) => policyById.has(id), { error: `未知的政策 policy；可选：${policyIds}` }),
    changes: z
      .array(draftChangeSchema, { error: (issue) => (issue.input === undefined ? "缺少 changes（修改的数组，可为空 []）" : "changes 须为修改的数组") })
      .max(500, { error: "一个草案最多 500 项修改" }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `草案不支持这个字段；可填：${DRAFT_KEYS}` : "请求体须为 JSON 对象：{ name, policy, changes }") },
);

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
    if (!l) throw new DraftError("没有这个 id 的限额规则", `${path}.id`);
    if (!(c.field in l)) throw new DraftError(`这条限额规则没有可改的“${c.field}”`, `${path}.field`);
    l[c.field] = c.value;
    return;
  }
  const item = p.items.find((x) => x.id === c.id);
  if (!item) throw new DraftError("没有这个 id 的条目", `${path}.id`);
  const a = item.amount as Record<string, unknown>;
  if (c.target === "tier") {
    const tier = item.amount.kind === "tiers" ? item.amount.tiers[c.index] : undefined;
    if (!tier) throw new DraftError(`这个条目没有第 ${c.index + 1} 档`, `${path}.index`);
    tier.amount.yuan = c.value;
    return;
  }
  if (c.field === "percent.min" || c.field === "percent.max") {
    if (item.amount.kind !== "share") throw new DraftError("这个条目不是按比例计算", `${path}.field`);
    item.amount.percent[c.field === "percent.min" ? "min" : "max"] = c.value;
    return;
  }
  if (!(c.field in a) && !(c.field === "cap" && item.amount.kind === "share")) {
    throw new DraftError(`这个条目没有可改的“${c.field}”`, `${path}.field`);
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
