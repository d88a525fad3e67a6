/**
 * The upload template for one policy: the columns its facts need, Chinese headers, and example
 * applicants built from the policy's own items (so every example row is one the policy pays for),
 * plus, in the workbook, a sheet explaining every column and one listing the fact types.
 */
import { factDate } from "@/engine";
import type { Condition, Fact, FactMatch, FactType, Item, Policy, Scalar } from "@/engine/types";
import { factFields, policyDating, type Field } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";
import type { Table } from "@/lib/export/table";
import type { CellValue } from "@/lib/export/safe-cell";
import { displayValue } from "./cells";
import { policyColumns, type Column } from "./columns";

interface Example {
  id: string;
  name: string;
  facts: Fact[];
}

const DAY = 86_400_000;

/** A month into the window (or its last day): inside it, and before any sensible calculation date. */
const exampleDate = (policy: Policy): string => {
  const start = Date.parse(`${policy.effective.retroactiveFrom ?? policy.effective.from}T00:00:00Z`);
  const date = new Date(start + 30 * DAY).toISOString().slice(0, 10);
  return policy.effective.to && date > policy.effective.to ? policy.effective.to : date;
};

const first = (v: Scalar | Scalar[]): Scalar => (Array.isArray(v) ? v[0]! : v);

const meeting = (c: Condition): Scalar => (c.op === "lt" && typeof c.value === "number" ? c.value - 1 : c.value);

const exampleFact = (policy: Policy, item: Item, match: FactMatch): Fact => {
  const ft = factTypeIndex.get(match.type)!;
  // A stock is dated at the year end before the example's claim.
  const fact: Fact = { type: ft.type, date: factDate(undefined, match.dating, exampleDate(policy)) };
  for (const input of ft.inputs) if (input.required && input.options) fact[input.name] = input.options[0]!.value;
  for (const [name, want] of Object.entries(match.where ?? {})) fact[name] = first(want);
  for (const c of item.conditions ?? []) fact[c.input] = meeting(c);
  if (item.amount.kind === "tiers") fact.count = item.amount.tiers[0]!.from;
  else if (ft.count) fact.count = 1;
  if (ft.amount) fact.amount = 200_000;
  return fact;
};

const PAYS = new Set(["fixed", "upTo", "share", "tiers"]);

/** Two example enterprises: the first claims under three of the policy's paying items, the second under one more. */
export const templateExamples = (policy: Policy): Example[] => {
  const usable = policy.items.filter((i) => i.who.kinds.includes("organization") && !i.who.orgTypes);
  const paying = usable.filter((i) => PAYS.has(i.amount.kind));
  const chosen: Item[] = [];
  for (const item of paying.length > 0 ? paying : usable) {
    if (chosen.length === 4) break;
    if (!chosen.some((c) => c.facts[0]!.type === item.facts[0]!.type)) chosen.push(item);
  }
  const facts = chosen.map((item) => exampleFact(policy, item, item.facts[0]!));
  return [
    { id: "示例-001", name: "示例企业甲", facts: facts.slice(0, 3) },
    { id: "示例-002", name: "示例企业乙", facts: facts.slice(3) },
  ].filter((e) => e.facts.length > 0);
};

const cellFor = (column: Column, example: Example, fact: Fact, policy: Policy): CellValue => {
  switch (column.role) {
    case "id":
      return example.id;
    case "name":
      return example.name;
    case "policy":
      return policy.shortName;
    case "type":
      return factTypeIndex.get(fact.type)!.label;
    case "applicant":
      return column.key === "applicant.kind" ? "单位" : "";
    case "fact": {
      const name = [...column.fields.keys()].find((n) => fact[n] !== undefined);
      if (!name) return "";
      const value = fact[name]!;
      // The field of this fact's type: shared columns list different options per type.
      const field = factFields(factTypeIndex.get(fact.type)!).find((f) => f.name === name)!;
      return typeof value === "number" ? value : displayValue(field, value);
    }
  }
};

export const templateTable = (policy: Policy): Table => {
  const columns = policyColumns(policy);
  return {
    name: "申请数据",
    columns: columns.map((c) => c.header),
    rows: templateExamples(policy).flatMap((e) => e.facts.map((f) => columns.map((c) => cellFor(c, e, f, policy)))),
  };
};

const policyFactTypes = (policy: Policy) => [...new Set(policy.items.flatMap((i) => i.facts.map((f) => f.type)))].map((t) => factTypeIndex.get(t)!);

const ROLE_TEXT: Record<Column["role"], string> = {
  id: "必填。同一申请人的各行填写相同编号（如统一社会信用代码）",
  name: "选填。用于结果列表显示",
  policy: "选填。填写时须与所选政策一致；不选政策时按此列",
  type: "必填。填写事项类型的名称或英文代码，见“事项类型”表",
  applicant: "",
  fact: "",
};

/** The date column: the day it happened, except for facts this policy claims the year after their date. */
const dateGuide = (policy: Policy, types: FactType[]): string =>
  [
    "YYYY-MM-DD，不填按计算日期",
    ...types.flatMap((ft) => {
      const dating = policyDating(policy, ft.type);
      return dating ? [`${ft.label}填${dating.label}（${dating.hint}），不填按计算日期的上一年末`] : [];
    }),
  ].join("；");

/** One line per column: what it holds and what may be written in it, for the policy's fact types. */
export const columnGuide = (policy: Policy): Table => {
  const types = policyFactTypes(policy);
  const rows = policyColumns(policy).map((c): CellValue[] => {
    const uses = types.flatMap((ft) =>
      factFields(ft, policyDating(policy, ft.type))
        .filter((f) => c.fields.has(f.name) && c.role === "fact")
        .map((f) => ({ ft, f })),
    );
    const applicantField = c.role === "applicant" ? [...c.fields.values()][0] : undefined;
    const values = (f: Field) =>
      f.options ? `可填：${f.options.map((o) => o.label).join("、")}` : f.type === "boolean" ? "填 是 或 否" : f.type === "date" ? "YYYY-MM-DD" : `数字${f.unit ? `（${f.unit}）` : ""}`;
    const rule = (f: Field) => `${f.required ? "必填，" : ""}${values(f)}`;
    // The same rule for every fact type is said once; otherwise fact type by fact type.
    const perType = new Set(uses.map(({ f }) => rule(f))).size > 1;
    const text =
      ROLE_TEXT[c.role] ||
      (c.key === "date" ? dateGuide(policy, types) : "") ||
      (applicantField
        ? `${applicantField.required ? "必填" : "选填"}。${values(applicantField)}`
        : perType
          ? uses.map(({ ft, f }) => `${ft.label}：${rule(f)}`).join("；")
          : rule(uses[0]!.f));
    return [c.header, [c.key, ...c.aliases.filter((a) => /^[a-z]/i.test(a))].join(" / "), text];
  });
  return { name: "填写说明", columns: ["列名", "英文列名", "说明"], rows };
};

export const factTypeGuide = (policy: Policy): Table => ({
  name: "事项类型",
  columns: ["事项类型", "英文代码", "需填写"],
  rows: policyFactTypes(policy).map((ft) => [
    ft.label,
    ft.type,
    factFields(ft)
      .filter((f) => f.required)
      .map((f) => f.label)
      .join("、") || "日期（其余选填）",
  ]),
});
