/**
 * The upload template for one policy: the columns its facts need, Chinese headers, and example
 * applicants built from the policy's own items (so every example row is one the policy pays for),
 * plus, in the workbook, a sheet explaining every column and one listing the fact types.
 */
import { applicantDefaults, factDate } from "@/engine";
import type { Condition, Fact, FactMatch, FactType, Item, Policy, Scalar } from "@/engine/types";
import { factFields, policyDating, type Field } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";
import type { Table } from "@/lib/export/table";
import type { CellValue } from "@/lib/export/safe-cell";
import { displayValue } from "./cells";
import { policyColumns, type Column } from "./columns";
import { policyReadings, usableOptions, type InputReading } from "./policy-readings";

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

/** A claim under this item, every input the policy reads stated: no example row needs an assumption. */
const exampleFact = (policy: Policy, item: Item, match: FactMatch): Fact => {
  const ft = factTypeIndex.get(match.type)!;
  // A stock is dated at the year end before the example's claim.
  const fact: Fact = { type: ft.type, date: factDate(undefined, match.dating, exampleDate(policy)) };
  for (const [name, reading] of policyReadings(policy).inputs.get(ft.type)!) {
    const options = usableOptions(reading);
    if (options) fact[name] = options[0]!.value;
    else if (reading.field.type === "boolean") fact[name] = false;
  }
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
    case "applicant": {
      // An enterprise in good standing, stated: the examples leave nothing to assume.
      const field = column.attribute!;
      const value = field.name === "kind" ? "organization" : applicantDefaults[field.name];
      return value === undefined ? "" : displayValue(field, value);
    }
    case "fact": {
      // The field of this fact's type: shared columns list different options per type.
      const field = column.inputs.get(fact.type);
      const value = field && fact[field.name];
      if (value === undefined) return "";
      return typeof value === "number" ? value : displayValue(field!, value);
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

const policyFactTypes = (policy: Policy) => [...policyReadings(policy).inputs.keys()].map((t) => factTypeIndex.get(t)!);

const ROLE_TEXT: Record<Column["role"], string> = {
  id: "必填。同一申请人的各行填写相同编号（如统一社会信用代码）",
  name: "选填。用于结果列表显示",
  policy: "选填。填写时须与所选政策一致；不选政策时按此列",
  type: "必填。填写事项类型的名称或英文代码，见“事项类型”表",
  applicant: "",
  fact: "",
};

/** A blank is "not stated": what the reader does with it, so nobody leaves a cell blank meaning "否". */
const BLANK_FLAG = "留空不等于“否”：条款以此为条件的，此行列为待核实、暂不计入；其余按“否”计。读取结果逐行列出";

const values = (f: Field, options = f.options) =>
  options ? `可填：${options.map((o) => o.label).join("、")}` : f.type === "boolean" ? `填 是 或 否。${BLANK_FLAG}` : `数字${f.unit ? `（${f.unit}）` : ""}`;

const attributeValues = (f: Field) => {
  const fallback = applicantDefaults[f.name];
  const listed = f.options ? `可填：${f.options.map((o) => o.label).join("、")}` : "填 是 或 否";
  return fallback === undefined ? listed : `${listed}；留空按“${displayValue(f, fallback)}”计，读取结果列出`;
};

const rule = (r: InputReading) => `${r.field.required ? "必填，" : ""}${values(r.field, usableOptions(r))}`;

/** The date column: the day it happened, except for facts this policy claims the year after their date. */
const dateGuide = (policy: Policy, types: FactType[]): string =>
  [
    "YYYY-MM-DD，不填按计算日期",
    ...types.flatMap((ft) => {
      const dating = policyDating(policy, ft.type);
      return dating ? [`${ft.label}填${dating.label}（${dating.hint}），不填按计算日期的上一年末`] : [];
    }),
  ].join("；");

/** One line per column: what it holds and what may be written in it, for the policy's fact types and its options only. */
export const columnGuide = (policy: Policy): Table => {
  const { inputs } = policyReadings(policy);
  const rows = policyColumns(policy).map((c): CellValue[] => {
    const uses = [...inputs].flatMap(([type, byName]) => {
      const field = c.inputs.get(type);
      const reading = field && byName.get(field.name);
      return reading ? [{ ft: factTypeIndex.get(type)!, reading }] : [];
    });
    // The same rule for every fact type is said once; otherwise fact type by fact type.
    const perType = new Set(uses.map(({ reading }) => rule(reading))).size > 1;
    const text =
      ROLE_TEXT[c.role] ||
      (c.key === "date" ? dateGuide(policy, policyFactTypes(policy)) : "") ||
      (c.attribute
        ? `${c.attribute.required ? "必填" : "选填"}。${attributeValues(c.attribute)}`
        : perType
          ? uses.map(({ ft, reading }) => `${ft.label}：${rule(reading)}`).join("；")
          : rule(uses[0]!.reading));
    const keys = c.role === "fact" ? [...new Set(uses.map(({ reading }) => reading.field.name))] : [c.key];
    return [c.header, keys.join(" / "), text];
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
