/**
 * Rows → applicants. Each row is checked on its own (every cell, then the fact as a whole against
 * the vocabulary's zod schema, the same one the JSON API uses) and grouped by applicant id. An
 * applicant with any bad row is left out of the totals and reported; every other applicant is
 * evaluated. Attributes may be repeated on each row of an applicant or written once; two different
 * values for one applicant are a conflict, reported on the row that disagrees.
 */
import type { Applicant, Fact, FactType, Policy, Scalar } from "@/engine/types";
import type { CohortMember } from "@/lib/cohort/aggregate";
import type { Field } from "@/lib/validation/fields";
import { MAX_FACTS } from "@/lib/validation/evaluate-request";
import { policies } from "@policies/index";
import { factTypes } from "@policies/vocabulary";
import { coerceCell, displayValue, isBlank, type Cell } from "./cells";
import { cellAnswersOf, checkApplicant, factFieldsByType, fieldProblems, readCell, type CellAnswer } from "./fact-schemas";
import { headingOf, readHeader, type Column, type HeaderMap } from "./columns";
import { shardOf, WHOLE, type Shard } from "./shard";
import type { Assumption } from "./assumption";
import { settleBlanks } from "./unstated";
import { MAX_REPORTED_ERRORS } from "./upload-limits";

/** One problem, where a person finds it: the spreadsheet row (the header is row 1) and the column. */
export interface RowError {
  row: number;
  column: string;
  message: string;
  /** The applicant the row belongs to, when it names one. */
  id?: string;
}

/** An applicant left out of the totals for bad data: its rows' problems are among the errors. */
export interface RefusedApplicant {
  id: string;
  name?: string;
  row: number;
  problems: number;
}

export interface BatchMember extends CohortMember {
  name?: string;
  /** The applicant's first row in the file. */
  row: number;
  /** What was taken for its blank cells (unstated.ts); its pending rows are not among `facts`. */
  assumptions?: Assumption[];
}

export interface BatchStats {
  rows: number;
  validRows: number;
  applicants: number;
  validApplicants: number;
}

export interface BatchInput {
  policy: Policy;
  members: BatchMember[];
  refused: RefusedApplicant[];
  errors: RowError[];
  /** Every problem found, also those beyond MAX_REPORTED_ERRORS. */
  errorCount: number;
  warnings: string[];
  stats: BatchStats;
}

interface FactPlan {
  read: { i: number; name: string; field: Field; header: string; answers: Map<string, CellAnswer> }[];
  empty: { i: number; header: string }[];
  required: Field[];
}

/** The upload as a whole is unusable (no header, no policy, nothing to read): a 422, not a row error. */
export class BatchError extends Error {}

interface Group {
  id: string;
  row: number;
  name?: { value: string; row: number };
  attributes: Map<string, { value: Scalar; row: number }>;
  /** Attributes whose cell was unreadable: already reported, not to be reported again as missing (made at the first). */
  unreadable?: Set<string>;
  facts: Fact[];
  /** The row each fact came from. */
  factRows: number[];
  rows: number;
  invalid: boolean;
  problems: number;
}

const ID_MAX = 100;
const NAME_MAX = 200;

const typeByWords = new Map<string, FactType>();
for (const ft of factTypes) {
  typeByWords.set(ft.type.toLowerCase(), ft);
  typeByWords.set(ft.label, ft);
}

const policyByWords = new Map<string, Policy>();
for (const p of policies) for (const words of [p.id, p.shortName, p.region, p.name]) policyByWords.set(words.toLowerCase(), p);

export const findPolicy = (words: string): Policy | undefined => policyByWords.get(words.trim().toLowerCase());

const policyCell = (cell: Cell): Policy | undefined => (cell === undefined ? undefined : findPolicy(text(cell)));

export const NO_DATA_ROWS = "文件只有表头，没有数据行。";

const text = (cell: Cell) => String(cell).trim();

/** The row's cell at `i`, unless the header has no such column or the cell is blank. */
const stated = (cells: readonly Cell[], i: number): Cell => (i < 0 || isBlank(cells[i]) ? undefined : cells[i]);

export class CohortBuilder {
  private header: HeaderMap | null = null;
  /** Where each role's cells are in a row, worked out once from the header. */
  private layout: {
    id: number;
    name: number;
    policy: number;
    type: number;
    applicant: (readonly [number, Column])[];
    fact: (readonly [number, Column])[];
  } | null = null;
  private readonly plans = new Map<string, FactPlan>();
  private policy: Policy | undefined;
  private readonly groups = new Map<string, Group>();
  private readonly errors: RowError[] = [];
  private errorCount = 0;
  private rows = 0;
  private readonly warnings: string[] = [];
  /** The applicant whose row is being checked: its problems are counted against it. */
  private current: Group | undefined;
  /** The last id asked about, and whether it is this shard's. */
  private ownership: { id: string | null; owned: boolean } = { id: null, owned: false };

  /** `shard`: read every row, but check and keep only this shard's applicants (see shard.ts). */
  constructor(
    policy?: string,
    private readonly shard: Shard = WHOLE,
  ) {
    if (policy !== undefined) {
      this.policy = findPolicy(policy);
      if (!this.policy) throw new BatchError(`未知的政策“${policy}”；可选：${policies.map((p) => p.id).join("、")}`);
    }
  }

  /** The first non-blank row: which column is which. */
  private readHeader(cells: readonly Cell[]): void {
    const header = readHeader(cells);
    if (header.missing.length > 0) {
      const found = cells.filter((c) => !isBlank(c)).map(text).slice(0, 10).join("、");
      throw new BatchError(
        `第 1 行应为表头，缺少必需的列：${header.missing.map((c) => `${c.header}（${c.key}）`).join("、")}。` +
          `找到的是：${found || "（空）"}。请使用模板的表头。`,
      );
    }
    // Every shard reads the header; the first says what is odd about it.
    if (this.shard.index === 0) {
      if (header.unknown.length > 0) this.warnings.push(`未识别的列已忽略：${header.unknown.slice(0, 20).join("、")}`);
      if (header.duplicate.length > 0) this.warnings.push(`重复的列只读取第一列：${header.duplicate.join("、")}`);
    }
    this.header = header;
    const at = (role: Column["role"]) => header.columns.findIndex((c) => c?.role === role);
    this.layout = {
      id: at("id"),
      name: at("name"),
      policy: at("policy"),
      type: at("type"),
      applicant: header.columns.flatMap((c, i) => (c?.role === "applicant" ? [[i, c] as const] : [])),
      fact: header.columns.flatMap((c, i) => (c?.role === "fact" ? [[i, c] as const] : [])),
    };
  }

  /** `problem`: what the reader found wrong with the row as a whole (a malformed quote). */
  add(row: number, cells: readonly Cell[], problem?: string): void {
    if (!this.header) {
      if (cells.every(isBlank)) return;
      this.readHeader(cells);
      return;
    }
    const layout = this.layout!;
    const idCell = stated(cells, layout.id);
    const typeCell = stated(cells, layout.type);
    // Only a row without id and type can be blank: the full check is left for those.
    if (idCell === undefined && typeCell === undefined && cells.every(isBlank)) return;
    const id = idCell === undefined ? "" : text(idCell);
    if (!this.owns(id)) {
      this.passOver(stated(cells, layout.policy));
      return;
    }
    this.rows++;
    const errors = this.errorCount;
    const group = id && id.length <= ID_MAX ? this.group(id, row) : undefined;
    this.current = group;
    if (problem) this.report(row, "（整行）", problem);

    if (!id) this.report(row, "申请人编号", "缺少申请人编号：同一申请人的各行须填写相同的编号");
    else if (id.length > ID_MAX) this.report(row, "申请人编号", `申请人编号不能超过 ${ID_MAX} 个字符`);

    this.checkPolicy(row, stated(cells, layout.policy));
    if (group) this.mergeAttributes(row, group, cells, stated(cells, layout.name));

    const typeWords = typeCell === undefined ? undefined : text(typeCell);
    const ft = typeWords === undefined ? undefined : (typeByWords.get(typeWords) ?? typeByWords.get(typeWords.toLowerCase()));
    if (typeWords === undefined) this.report(row, "事项类型", "缺少事项类型");
    else if (!ft) this.report(row, "事项类型", `未知的事项类型“${typeWords.slice(0, 40)}”，请填写模板“事项类型”列中的名称或英文代码`);
    const fact = ft ? this.readFact(row, ft, cells) : undefined;

    if (group) {
      if (fact && this.errorCount === errors) {
        if (group.facts.length >= MAX_FACTS) this.report(row, "（整行）", `同一申请人最多 ${MAX_FACTS} 行事项；请合并同类事项并填写数量`);
        else {
          group.facts.push(fact);
          group.factRows.push(row);
        }
      }
      if (this.errorCount > errors) group.invalid = true;
      else group.rows++;
    }
  }

  /** Is this one shard of several (shard.ts)? */
  get sharded(): boolean {
    return this.shard.count > 1;
  }

  /** Where the id and policy are in a row, once the header is read: what a reader needs to pass over others' rows. */
  get columns(): { id: number; policy: number } | null {
    return this.layout && { id: this.layout.id, policy: this.layout.policy };
  }

  /** Is this applicant this shard's? Rows without a usable id are the first shard's, which reports them. */
  owns(id: string): boolean {
    // An applicant's rows usually follow one another: its id is hashed once, not on every row.
    if (id !== this.ownership.id) this.ownership = { id, owned: shardOf(id.length > ID_MAX ? "" : id, this.shard.count) === this.shard.index };
    return this.ownership.owned;
  }

  /** Does another shard's row still count here: no row has named a policy yet? */
  get wantsPolicy(): boolean {
    return this.policy === undefined;
  }

  /** Another shard's row: only its policy counts here, while no row has named one yet. */
  passOver(policy: Cell): void {
    this.policy ??= policyCell(policy);
  }

  finish(): BatchInput {
    if (!this.header) throw new BatchError("文件为空：没有表头，也没有数据行。请使用模板填写后上传。");
    // A shard may own none of a small file's rows; the merged shards are checked as a whole.
    if (this.rows === 0 && !this.sharded) throw new BatchError(NO_DATA_ROWS);
    if (!this.policy) throw new BatchError("未指定政策：请选择政策，或在文件中填写“政策”列。");
    const members: BatchMember[] = [];
    const refused: RefusedApplicant[] = [];
    let validRows = 0;
    const policy = this.policy;
    for (const g of this.groups.values()) {
      this.current = g;
      const applicant = this.applicant(g);
      if (g.invalid || !applicant) {
        refused.push({ id: g.id, ...(g.name ? { name: g.name.value } : {}), row: g.row, problems: g.problems });
        continue;
      }
      const { facts, assumptions } = settleBlanks(
        policy,
        applicant,
        g.facts,
        (i) => (i === null ? g.row : g.factRows[i]!),
        (i, input) => (i === null ? headingOf(input) : headingOf(input, g.facts[i]!.type)),
      );
      // Assigned, not spread from a literal made to be thrown away: 100,000 members.
      const member: BatchMember = g.name
        ? { id: g.id, name: g.name.value, row: g.row, applicant, facts: facts as Fact[] }
        : { id: g.id, row: g.row, applicant, facts: facts as Fact[] };
      if (assumptions.length > 0) member.assumptions = assumptions;
      members.push(member);
      validRows += g.rows;
    }
    this.current = undefined;
    this.errors.sort((a, b) => a.row - b.row);
    return {
      policy: this.policy,
      members,
      refused,
      errors: this.errors,
      errorCount: this.errorCount,
      warnings: this.warnings,
      stats: { rows: this.rows, validRows, applicants: this.groups.size, validApplicants: members.length },
    };
  }

  private report(row: number, column: string, message: string): void {
    this.errorCount++;
    const g = this.current;
    if (g) g.problems++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ row, column, message, ...(g ? { id: g.id } : {}) });
  }

  private group(id: string, row: number): Group {
    // An applicant's rows usually follow one another: its group is looked up once, not on every row.
    if (this.current?.id === id) return this.current;
    let g = this.groups.get(id);
    if (!g) {
      g = { id, row, attributes: new Map(), facts: [], factRows: [], rows: 0, invalid: false, problems: 0 };
      this.groups.set(id, g);
    }
    return g;
  }

  private checkPolicy(row: number, cell: Cell): void {
    if (cell === undefined) return;
    const named = policyCell(cell);
    if (!named) {
      this.report(row, "政策", `未知的政策“${text(cell).slice(0, 40)}”；可填：${policies.map((p) => `${p.shortName}（${p.id}）`).join("、")}`);
      return;
    }
    // The first policy named decides for a file uploaded without choosing one.
    this.policy ??= named;
    if (named !== this.policy) this.report(row, "政策", `本次测算的政策是${this.policy.shortName}，此行填写的是${named.shortName}；一个文件只能测算一项政策`);
  }

  private mergeAttributes(row: number, group: Group, cells: readonly Cell[], nameCell: Cell): void {
    if (nameCell !== undefined) {
      const value = text(nameCell).slice(0, NAME_MAX);
      if (!group.name) group.name = { value, row };
      else if (group.name.value !== value) this.report(row, "申请人名称", `与第 ${group.name.row} 行的申请人名称“${group.name.value}”不一致`);
    }
    for (const [i, column] of this.layout!.applicant) {
      const cell = cells[i];
      if (isBlank(cell)) continue;
      const field = column.attribute!;
      const name = field.name;
      const coerced = coerceCell(field, cell);
      if (!coerced.ok) {
        this.report(row, column.header, coerced.message);
        (group.unreadable ??= new Set()).add(name);
        continue;
      }
      const before = group.attributes.get(name);
      if (!before) group.attributes.set(name, { value: coerced.value, row });
      else if (before.value !== coerced.value) {
        const was = displayValue(field, before.value);
        this.report(row, column.header, `同一申请人的${column.header}前后不一致：第 ${before.row} 行为“${was}”，此行为“${displayValue(field, coerced.value)}”`);
      }
    }
  }

  /** Which of the file's fact columns a fact type reads (and as which field), and which it must find empty. */
  private plan(ft: FactType): FactPlan {
    let plan = this.plans.get(ft.type);
    if (!plan) {
      const allowed = factFieldsByType.get(ft.type)!;
      plan = { read: [], empty: [], required: [...allowed.values()].filter((f) => f.required) };
      for (const [i, column] of this.layout!.fact) {
        const field = column.inputs.get(ft.type);
        if (field) plan.read.push({ i, name: field.name, field, header: column.header, answers: cellAnswersOf(field) });
        else plan.empty.push({ i, header: column.header });
      }
      this.plans.set(ft.type, plan);
    }
    return plan;
  }

  private readFact(row: number, ft: FactType, cells: readonly Cell[]): Fact | undefined {
    const plan = this.plan(ft);
    const fact: Record<string, Scalar> = { type: ft.type };
    let ok = true;
    for (const { i, header } of plan.empty) {
      if (isBlank(cells[i])) continue;
      this.report(row, header, `事项“${ft.label}”没有“${header}”这一项，请留空`);
      ok = false;
    }
    for (const { i, name, field, header, answers } of plan.read) {
      const cell = cells[i];
      if (isBlank(cell)) continue;
      const { value, problems } = readCell(field, cell, answers);
      for (const message of problems) this.report(row, header, message);
      if (value === undefined) ok = false;
      else fact[name] = value;
    }
    if (!ok) return undefined;
    for (const field of plan.required) {
      if (fact[field.name] !== undefined) continue;
      for (const message of fieldProblems(field, undefined)) this.report(row, headingOf(field.name, ft.type), message);
      ok = false;
    }
    return ok ? (fact as Fact) : undefined;
  }

  private applicant(g: Group): Applicant | undefined {
    const parsed = checkApplicant(g.attributes);
    if (parsed.success) return parsed.data as Applicant;
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "kind");
      if (g.unreadable?.has(name)) continue;
      this.report(g.attributes.get(name)?.row ?? g.row, headingOf(name), issue.message);
    }
    g.invalid = true;
    return undefined;
  }
}
