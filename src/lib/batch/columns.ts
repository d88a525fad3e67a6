/**
 * The columns of a cohort upload: one row per fact, the applicant's id and attributes repeated (or
 * left blank) on each of its rows. Built from the fact vocabulary, so a new input there is a new
 * column here with no other change.
 *
 * A fact input may be headed two ways:
 * - by its plain Chinese label (本单位角色, 资格, 首次取得): what the templates write. Inputs of
 *   different fact types that share a label share the column (奖项 of an award and of a contest);
 *   inputs that share a name but not a label have columns of their own (本单位角色 of a standards
 *   project, 资格 of a qualified person), so no heading joins unrelated words;
 * - by its English key (role, first): what programs write, one column for every fact type that
 *   has the input. The joined headings of earlier templates (本单位角色／本方角色／资格) still
 *   name that column, so files filled in on an old template read the same.
 * Either way the row's fact type says which input a cell fills.
 */
import type { Policy } from "@/engine/types";
import { applicantFields, factFields, type Field } from "@/lib/validation/fields";
import { factTypes } from "@policies/vocabulary";
import { policyReadings } from "./policy-readings";

export type ColumnRole = "id" | "name" | "policy" | "type" | "applicant" | "fact";

export interface Column {
  /** The English key (for a fact column, the input's name). */
  key: string;
  header: string;
  role: ColumnRole;
  /** An applicant column's attribute. */
  attribute?: Field;
  /** A fact column's input for each fact type it serves (no fact type has two inputs under one heading). */
  inputs: ReadonlyMap<string, Field>;
  /** Other headings accepted for this column. */
  aliases: string[];
  /** A fact column headed by its inputs' plain label (what templates write), not only by an English key. */
  labelled?: boolean;
}

const plain = (key: string, header: string, role: ColumnRole): Column => ({ key, header, role, inputs: new Map(), aliases: [] });

const fixed: Column[] = [
  plain("id", "申请人编号", "id"),
  plain("name", "申请人名称", "name"),
  ...applicantFields.map((field): Column => ({ ...plain(`applicant.${field.name}`, field.label, "applicant"), attribute: field })),
  plain("policy", "政策", "policy"),
  plain("type", "事项类型", "type"),
];

/** `等级（标准项目奖）` → `等级`: the qualifier only makes sense next to one fact type. */
export const bareLabel = (label: string) => label.replace(/（[^）]*）$/, "");

/** One heading for inputs every fact type labels its own way (存量日期 is still the 日期 column). */
const SHARED_LABEL: Record<string, string> = { date: "日期", count: "数量", amount: "金额（元）" };

/** The heading of a fact type's input in a template: its label, or the shared one of 日期, 数量 and 金额. */
export const inputLabel = (field: Field): string => SHARED_LABEL[field.name] ?? bareLabel(field.label);

const FIRST = ["date", "count", "amount"];
const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);

/** Every (fact type, input) of the vocabulary, when, how many and how much first. */
const pairs = factTypes
  .flatMap((ft) => factFields(ft).map((field) => ({ type: ft.type, field })))
  .sort((a, b) => rank(a.field.name) - rank(b.field.name));

const serving = (list: typeof pairs): Map<string, Field> => {
  const inputs = new Map<string, Field>();
  for (const { type, field } of list) {
    if (inputs.has(type)) throw new Error(`fact type ${type} has two inputs under one heading (${field.name})`);
    inputs.set(type, field);
  }
  return inputs;
};

const groupBy = <K>(key: (p: (typeof pairs)[number]) => K) => {
  const groups = new Map<K, typeof pairs>();
  for (const p of pairs) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return groups;
};

const sameInputs = (a: ReadonlyMap<string, Field>, b: ReadonlyMap<string, Field>) =>
  a.size === b.size && [...a].every(([type, field]) => b.get(type) === field);

/** One column per plain label, and one per English key where the key's inputs have more than one label. */
const factColumns = (): Column[] => {
  const byLabel = [...groupBy((p) => inputLabel(p.field))].map(
    ([label, list]): Column => ({ key: list[0]!.field.name, header: label, role: "fact", inputs: serving(list), aliases: [], labelled: true }),
  );
  const byKey: Column[] = [];
  for (const [name, list] of groupBy((p) => p.field.name)) {
    const inputs = serving(list);
    const labelled = byLabel.find((c) => sameInputs(c.inputs, inputs));
    if (labelled) {
      labelled.aliases.push(name);
      continue;
    }
    // Headed as earlier templates headed it: its labels joined.
    const joined = [...new Set(list.map((p) => inputLabel(p.field)))].join("／");
    byKey.push({ key: name, header: joined, role: "fact", inputs, aliases: [] });
  }
  return [...byLabel, ...byKey];
};

export const columns: readonly Column[] = [...fixed, ...factColumns()];

const normalise = (s: string) => s.replace(/^\uFEFF/, "").replace(/\s+/g, "").toLowerCase();

/**
 * A label column answers to its key only where it is the key's one column (then the key is among its
 * aliases); a key column to its heading only where that joins several labels (each alone is a label column's).
 */
const headingsOf = (c: Column) =>
  c.labelled ? [c.header, ...c.aliases] : c.role === "fact" && !c.header.includes("／") ? [c.key] : [c.key, c.header, ...c.aliases];

const byHeading = new Map<string, Column>();
for (const c of columns) {
  for (const heading of headingsOf(c)) {
    const had = byHeading.get(normalise(heading));
    if (had && had !== c) throw new Error(`two upload columns are headed “${heading}”`);
    byHeading.set(normalise(heading), c);
  }
}

export interface HeaderMap {
  /** The column each cell position holds, or null for a column that is ignored. */
  columns: (Column | null)[];
  /** Headings that name no known column. */
  unknown: string[];
  /** Required columns the header lacks. */
  missing: Column[];
  /** Columns named twice, or filling an input another column already fills: the later one is ignored. */
  duplicate: string[];
}

const REQUIRED = ["id", "type"];

/** What a column fills, as keys that two columns of one header may not share. */
const filled = (c: Column): string[] => (c.role === "fact" ? [...c.inputs].map(([type, f]) => `${type}.${f.name}`) : [c.key]);

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
    const fills = filled(column);
    if (fills.some((f) => seen.has(f))) {
      duplicate.push(text.trim());
      return null;
    }
    for (const f of fills) seen.add(f);
    return column;
  });
  const missing = columns.filter((c) => REQUIRED.includes(c.key) && !seen.has(c.key));
  return { columns: mapped, unknown, missing, duplicate };
};

/**
 * A policy's own columns, as its template writes them: identity, the applicant attributes the
 * policy reads (申请主体 always), and one column per plain label of the inputs its items read.
 */
export const policyColumns = (policy: Policy): Column[] => {
  const { attributes, inputs } = policyReadings(policy);
  const labels = new Set([...inputs.values()].flatMap((byName) => [...byName.values()].map((r) => inputLabel(r.field))));
  return columns.filter((c) =>
    c.role === "applicant" ? c.key === "applicant.kind" || attributes.has(c.attribute!.name) : c.role !== "fact" || (c.labelled === true && labels.has(c.header)),
  );
};

/** Headings by fact type (none for an applicant attribute), then input: asked once per assumption, hundreds of thousands of times. */
const headings = new Map<string | undefined, Map<string, string>>();
const setHeading = (type: string | undefined, name: string, header: string) => {
  let byName = headings.get(type);
  if (!byName) headings.set(type, (byName = new Map()));
  byName.set(name, header);
};
for (const c of columns) {
  if (c.attribute) setHeading(undefined, c.attribute.name, c.header);
  if (c.labelled) for (const [type, field] of c.inputs) setHeading(type, field.name, c.header);
}

/** The heading of the column holding a fact type's input (or an applicant attribute), for naming it in a message. */
export const headingOf = (name: string, type?: string): string => headings.get(type)?.get(name) ?? name;
