/**
 * The encoding in the vocabulary's words, so a regulator can check each item against the text
 * without reading code: which facts trigger it, who may claim it, what must hold, who pays.
 */
import type { ApplicantKind, Condition, FactInput, FactMatch, Item, Policy, Scalar } from "@/engine/types";
import { retroactiveText } from "@/lib/format/policy-window";
import { applicantAttributes, factTypeIndex } from "@policies/vocabulary";

export const valueText = (input: FactInput | undefined, value: Scalar): string => {
  if (typeof value === "boolean") return value ? "是" : "否";
  const option = input?.options?.find((o) => o.value === value);
  return option ? option.label : `${value}${input?.unit ?? ""}`;
};

/** 政府质量奖（奖项：上海市质量金奖）; 年末拥有的高价值发明专利（日期为存量日期，按次年申报计） */
export const describeFactMatch = (m: FactMatch): string => {
  const type = factTypeIndex.get(m.type);
  const where = Object.entries(m.where ?? {}).map(([name, want]) => {
    const input = type?.inputs.find((i) => i.name === name);
    const values = (Array.isArray(want) ? want : [want]).map((v) => valueText(input, v));
    return `${input?.label ?? name}：${values.join(" 或 ")}`;
  });
  if (m.dating) where.push(`日期为${m.dating.label}，按次年申报计`);
  const label = type?.label ?? m.type;
  return where.length ? `${label}（${where.join("；")}）` : label;
};

const OPS: Record<Condition["op"], string> = { gte: "≥", lt: "<", eq: "=" };

/** 评审成熟度 ≥ 40% — the input a condition reads, on whichever triggering fact declares it. */
export const describeCondition = (c: Condition, item: Item): string => {
  const input = item.facts
    .map((m) => factTypeIndex.get(m.type)?.inputs.find((i) => i.name === c.input))
    .find((i) => i !== undefined);
  return `${input?.label ?? c.input} ${OPS[c.op]} ${valueText(input, c.value)}`;
};

const attributeOptions = (name: string) => applicantAttributes.find((a) => a.name === name)?.options ?? [];

const KIND_LABEL: Record<ApplicantKind, string> = { organization: "单位", individual: "个人" };

export const describeKinds = (kinds: ApplicantKind[]): string => kinds.map((k) => KIND_LABEL[k]).join("、");

export const describeWho = (item: Item): string => {
  const orgTypes = item.who.orgTypes?.map((t) => attributeOptions("orgType").find((o) => o.value === t)?.label ?? t);
  return orgTypes?.length ? `${describeKinds(item.who.kinds)}（仅限：${orgTypes.join("、")}）` : describeKinds(item.who.kinds);
};

/** 2025-04-01 至 2030-12-31, in ISO dates so they can be checked against the data. */
export const effectivePeriod = (policy: Policy): string => {
  const { from, to } = policy.effective;
  const retroactive = retroactiveText(policy.effective);
  return `${from} 至 ${to ?? "未规定截止日"}${retroactive ? `（${retroactive}）` : ""}`;
};
