/**
 * The vocabulary's zod schemas for one fact of a given type and for the applicant, built with the
 * same field schemas as the JSON API (src/lib/validation), so an upload refuses exactly what the
 * API refuses, with the same words. Built once per type, on first use.
 */
import type { z } from "zod";
import type { FactType } from "@/engine/types";
import { fieldsObject } from "@/lib/validation/field-schema";
import { applicantFields, factFields, type Field } from "@/lib/validation/fields";
import { isoDate } from "@policies/schema";
import { factTypes } from "@policies/vocabulary";

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

/** The fields each fact type accepts, by name: shared names (award, level) have different options per type. */
export const factFieldsByType: ReadonlyMap<string, ReadonlyMap<string, Field>> = new Map(
  factTypes.map((ft) => [ft.type, new Map(factFields(ft).map((f) => [f.name, f]))]),
);

const dates = new Map<string, string | null>();

/**
 * The vocabulary's date check (does the day exist?) with its answer kept per date: an upload has a
 * few hundred distinct dates over hundreds of thousands of rows. Returns the problem, or null.
 */
export const dateProblem = (iso: string): string | null => {
  let problem = dates.get(iso);
  if (problem === undefined) {
    const r = isoDate.safeParse(iso);
    problem = r.success ? null : r.error.issues[0]!.message;
    // Bounded: a file of garbage dates must not grow the cache without end.
    if (dates.size < 100_000) dates.set(iso, problem);
  }
  return problem;
};
