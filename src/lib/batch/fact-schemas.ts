/**
 * The vocabulary's zod schemas for one fact of a given type and for the applicant, built with the
 * same field schemas as the JSON API (src/lib/validation), so an upload refuses exactly what the
 * API refuses, with the same words. Built once per type, on first use; an upload's answers are
 * kept per value, since the same options, dates and attribute combinations recur on every row.
 */
import type { z } from "zod";
import type { FactType, Scalar } from "@/engine/types";
import { fieldSchema, fieldsObject } from "@/lib/validation/field-schema";
import { applicantFields, factFields, type Field } from "@/lib/validation/fields";
import { factTypes } from "@policies/vocabulary";
import { keep, kept, step, type Path } from "./answer-path";
import { coerceCell, type Cell } from "./cells";

/** Distinct answers remembered per cache: a file of a million different amounts must not grow one without end. */
const REMEMBERED = 10_000;

/** `known`'s answer for `key`, worked out on first asking and kept while there is room. */
export const remember = <K, V>(known: Map<K, V>, key: K, answer: () => V): V => {
  const had = known.get(key);
  if (had !== undefined) return had;
  const fresh = answer();
  if (known.size < REMEMBERED) known.set(key, fresh);
  return fresh;
};

const schemas = new Map<string, z.ZodType>();

/** The fact's fields without `type`, which the caller has already resolved to `ft`. */
export const factSchema = (ft: FactType): z.ZodType => {
  let s = schemas.get(ft.type);
  if (!s) {
    s = fieldsObject(factFields(ft), `事项“${ft.label}”`);
    schemas.set(ft.type, s);
  }
  return s;
};

export const applicantSchema = fieldsObject(applicantFields, "申请主体");

const applicantAnswers: Path = new Map();

/**
 * The applicant schema's answer for these attribute values (each a choice or a flag, as cells.ts
 * reads them), kept per combination: a cohort of 100,000 applicants has a few dozen (the answer,
 * and the applicant it gives, are never changed).
 */
export const checkApplicant = (attributes: ReadonlyMap<string, { value: Scalar }>): ReturnType<typeof applicantSchema.safeParse> => {
  let node = applicantAnswers;
  for (const f of applicantFields) node = step(node, attributes.get(f.name)?.value);
  return kept<ReturnType<typeof applicantSchema.safeParse>>(node) ?? keep(node, applicantSchema.safeParse(Object.fromEntries([...attributes].map(([name, { value }]) => [name, value]))));
};

/** The fields each fact type accepts, by name: shared names (award, level) have different options per type. */
export const factFieldsByType: ReadonlyMap<string, ReadonlyMap<string, Field>> = new Map(
  factTypes.map((ft) => [ft.type, new Map(factFields(ft).map((f) => [f.name, f]))]),
);

const NONE: readonly string[] = [];
const fieldChecks = new WeakMap<Field, { schema: z.ZodType; answers: Map<Scalar | undefined, readonly string[]> }>();

/**
 * A number the field's schema surely accepts (an integer where it wants one, within its bounds),
 * answered without asking it: amounts are mostly different on every row, too many to remember.
 * Anything else goes to the schema, which also words what is wrong.
 */
export const plainlyValid = (field: Field, value: Scalar | undefined): boolean =>
  typeof value === "number" &&
  (field.type === "int" || field.type === "yuan" ? Number.isSafeInteger(value) : field.type === "percent" && Number.isFinite(value)) &&
  (field.min === undefined || value >= field.min) &&
  (field.max === undefined || value <= field.max);

/**
 * What the API's schema for this one field (fieldSchema) says about a value: the same check and the
 * same words as the whole fact's schema, but kept per value, because an upload repeats the same
 * options, dates and counts over hundreds of thousands of rows. Empty when the value is fine.
 */
export const fieldProblems = (field: Field, value: Scalar | undefined): readonly string[] => {
  if (plainlyValid(field, value)) return NONE;
  let check = fieldChecks.get(field);
  if (!check) {
    check = { schema: fieldSchema(field), answers: new Map() };
    fieldChecks.set(field, check);
  }
  const { schema, answers } = check;
  return remember(answers, value, () => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  });
};

/** A cell as read: its value, or what is wrong with it (a cell that cannot be read, or a value the field's schema refuses). */
export interface CellAnswer {
  value: Scalar | undefined;
  problems: readonly string[];
}

const cellAnswers = new WeakMap<Field, Map<string, CellAnswer>>();

/** A field's answers by cell text: a reader of many rows asks for them once per field, not once per cell. */
export const cellAnswersOf = (field: Field): Map<string, CellAnswer> => {
  let answers = cellAnswers.get(field);
  if (!answers) cellAnswers.set(field, (answers = new Map()));
  return answers;
};

/**
 * A cell read as a field (coerceCell, then fieldProblems), kept per field and text: the same
 * dates, options and counts are typed on hundreds of thousands of rows, and reading the same text
 * again gives the same answer.
 */
export const readCell = (field: Field, cell: Cell, answers = cellAnswersOf(field)): CellAnswer => {
  const text = typeof cell === "string" ? cell : null;
  const had = text === null ? undefined : answers.get(text);
  if (had) return had;
  const coerced = coerceCell(field, cell);
  const problems = coerced.ok ? fieldProblems(field, coerced.value) : [coerced.message];
  const answer = coerced.ok && problems.length === 0 ? { value: coerced.value, problems: NONE } : { value: undefined, problems };
  if (text !== null && answers.size < REMEMBERED) answers.set(text, answer);
  return answer;
};
