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

/** Distinct answers remembered per cache: a file of a million different amounts must not grow one without end. */
const REMEMBERED = 10_000;

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

const applicantAnswers = new Map<string, ReturnType<typeof applicantSchema.safeParse>>();

/**
 * The applicant schema's answer for these attribute values, kept per combination: a cohort of
 * 100,000 applicants has a few dozen (the answer, and the applicant it gives, are never changed).
 */
export const checkApplicant = (values: Record<string, Scalar>): ReturnType<typeof applicantSchema.safeParse> => {
  const key = JSON.stringify(values);
  let answer = applicantAnswers.get(key);
  if (!answer) {
    answer = applicantSchema.safeParse(values);
    if (applicantAnswers.size < REMEMBERED) applicantAnswers.set(key, answer);
  }
  return answer;
};

/** The fields each fact type accepts, by name: shared names (award, level) have different options per type. */
export const factFieldsByType: ReadonlyMap<string, ReadonlyMap<string, Field>> = new Map(
  factTypes.map((ft) => [ft.type, new Map(factFields(ft).map((f) => [f.name, f]))]),
);

const fieldSchemas = new WeakMap<Field, z.ZodType>();
const answers = new WeakMap<Field, Map<Scalar | undefined, readonly string[]>>();

/**
 * What the API's schema for this one field (fieldSchema) says about a value: the same check and the
 * same words as the whole fact's schema, but kept per value, because an upload repeats the same
 * options, dates and counts over hundreds of thousands of rows. Empty when the value is fine.
 */
export const fieldProblems = (field: Field, value: Scalar | undefined): readonly string[] => {
  let known = answers.get(field);
  if (!known) {
    known = new Map();
    answers.set(field, known);
  }
  let problems = known.get(value);
  if (problems === undefined) {
    let schema = fieldSchemas.get(field);
    if (!schema) {
      schema = fieldSchema(field);
      fieldSchemas.set(field, schema);
    }
    const r = schema.safeParse(value);
    problems = r.success ? [] : r.error.issues.map((i) => i.message);
    if (known.size < REMEMBERED) known.set(value, problems);
  }
  return problems;
};
