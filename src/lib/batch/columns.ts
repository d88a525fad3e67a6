/**
 * The columns of a cohort upload: one row per fact, the applicant's id and attributes repeated (or
 * left blank) on each of its rows. Every column has an English key (what programs write) and a
 * Chinese header (what the template writes); either is accepted. Built from the fact vocabulary,
 * so a new input there is a new column here with no other change.
 */
import type { Policy } from "@/engine/types";
import { applicantFields, factFields, type Field } from "@/lib/validation/fields";
import { factTypeIndex, factTypes } from "@policies/vocabulary";

export type ColumnRole = "id" | "name" | "policy" | "type" | "applicant" | "fact";

export interface Column {
  key: string;
  header: string;
  role: ColumnRole;
  /**
   * The applicant attribute or fact inputs the cells fill, with the field each is validated as.
   * A fact column may serve several inputs that share a label (奖项 of an award and of a contest);
   * the row's fact type says which one — no fact type has two of them.
   */
  fields: ReadonlyMap<string, Field>;
  /** Other headings accepted for this column: the keys of shared inputs, each label of a multi-label input. */
  aliases: string[];
}

/** Prefix that keeps applicant attributes apart from fact inputs of the same name (`kind`). */
const APPLICANT_PREFIX = "applicant.";

const plain = (key: string, header: string, role: ColumnRole): Column => ({ key, header, role, fields: new Map(), aliases: [] });

const fixed: Column[] = [
  plain("id", "申请人编号", "id"),
  plain("name", "申请人名称", "name"),
  ...applicantFields.map(
    (field): Column => ({
      key: `${APPLICANT_PREFIX}${field.name}`,
      header: field.label,
      role: "applicant",
      fields: new Map([[field.name, field]]),
      aliases: [],
    }),
  ),
  plain("policy", "政策", "policy"),
  plain("type", "事项类型", "type"),
];

/** `等级（标准项目奖）` → `等级`: the qualifier only makes sense next to one fact type. */
export const bareLabel = (label: string) => label.replace(/（[^）]*）$/, "");

const FIRST = ["date", "count", "amount"];
/** One heading for inputs every fact type labels its own way (存量日期 is still the 日期 column). */
const SHARED_LABEL: Record<string, string> = { date: "日期", count: "数量", amount: "金额（元）" };

/** One column per distinct heading across the vocabulary's fact fields, when, how many and how much first. */
const factColumns = (): Column[] => {
  const byName = new Map<string, { field: Field; labels: Set<string> }>();
  for (const ft of factTypes) {
    for (const field of factFields(ft)) {
      const entry = byName.get(field.name) ?? { field, labels: new Set<string>() };
      entry.labels.add(SHARED_LABEL[field.name] ?? bareLabel(field.label));
      byName.set(field.name, entry);
    }
  }
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  const byHeader = new Map<string, Column>();
  for (const [name, { field, labels }] of [...byName].sort(([a], [b]) => rank(a) - rank(b))) {
    const header = [...labels].join("／");
    const column = byHeader.get(header);
    if (column) {
      (column.fields as Map<string, Field>).set(name, field);
      column.aliases.push(name);
    } else {
      byHeader.set(header, { key: name, header, role: "fact", fields: new Map([[name, field]]), aliases: labels.size > 1 ? [...labels] : [] });
    }
  }
  return [...byHeader.values()];
};

export const columns: readonly Column[] = [...fixed, ...factColumns()];

const normalise = (s: string) => s.replace(/^\uFEFF/, "").replace(/\s+/g, "").toLowerCase();

const byHeading = new Map<string, Column>();
for (const c of columns) for (const heading of [c.key, c.header, ...c.aliases]) byHeading.set(normalise(heading), c);

export interface HeaderMap {
  /** The column each cell position holds, or null for a column that is ignored. */
  columns: (Column | null)[];
  /** Headings that name no known column. */
  unknown: string[];
  /** Required columns the header lacks. */
  missing: Column[];
  /** Columns named twice: the later one is ignored. */
  duplicate: string[];
}

const REQUIRED = ["id", "type"];

export const readHeader = (cells: readonly unknown[]): HeaderMap => {
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const mapped = cells.map((cell) => {
    const text = typeof cell === "string" ? cell : cell === undefined || cell === null ? "" : String(cell);
    if (!text.trim()) return null;
    const column = byHeading.get(normalise(text));
    if (!column) {
      unknown.push(text.trim());
      return null;
    }
    if (seen.has(column.key)) {
      duplicate.push(text.trim());
      return null;
    }
    seen.add(column.key);
    return column;
  });
  const missing = columns.filter((c) => REQUIRED.includes(c.key) && !seen.has(c.key));
  return { columns: mapped, unknown, missing, duplicate };
};

/** The columns a policy's template needs: identity, every applicant attribute, and the inputs of the facts it reads. */
export const policyColumns = (policy: Policy): Column[] => {
  const names = new Set<string>();
  for (const item of policy.items) {
    for (const match of item.facts) {
      for (const field of factFields(factTypeIndex.get(match.type)!)) names.add(field.name);
    }
  }
  return columns.filter((c) => c.role !== "fact" || [...c.fields.keys()].some((name) => names.has(name)));
};

export const columnByKey: ReadonlyMap<string, Column> = new Map(columns.map((c) => [c.key, c]));

/** The column holding a fact input or an applicant attribute, for naming it in an error. */
export const columnOf = (name: string, role: "fact" | "applicant"): Column | undefined =>
  columns.find((c) => c.role === role && c.fields.has(name));
