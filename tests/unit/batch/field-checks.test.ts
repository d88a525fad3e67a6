/**
 * An upload checks most numbers without the API's zod schema (plainlyValid: amounts differ on nearly
 * every row, too many to remember each answer). It may only ever say "fine" where the schema says so,
 * and every other value still gets the schema's own words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coerceCell } from "@/lib/batch/cells";
import { fieldProblems, plainlyValid } from "@/lib/batch/fact-schemas";
import { fieldSchema } from "@/lib/validation/field-schema";
import { factFields, type Field } from "@/lib/validation/fields";
import { factTypes } from "@policies/vocabulary";

const numeric = [...new Map(factTypes.flatMap((ft) => factFields(ft)).filter((f) => f.type !== "date" && f.type !== "enum" && f.type !== "boolean").map((f) => [`${f.type}:${f.min}:${f.max}:${f.label}`, f])).values()];

const near = (f: Field) =>
  fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -10, max: 10 }),
    fc.constantFrom(f.max ?? 0, (f.max ?? 0) + 1, (f.max ?? 0) - 0.5, Number.MAX_SAFE_INTEGER + 2, -0, Infinity),
    fc.integer({ min: 0, max: 2 * (f.max ?? 1e9) }),
  );

describe("numbers checked without the schema", () => {
  it("covers the vocabulary's yuan, integer and percent fields", () => {
    expect(new Set(numeric.map((f) => f.type))).toEqual(new Set(["yuan", "int"].concat(numeric.some((f) => f.type === "percent") ? ["percent"] : [])));
  });

  it.each(numeric.map((f) => [`${f.label} (${f.type}, ${f.min}–${f.max})`, f] as const))("%s: plainly valid only where the schema accepts, and the schema's words otherwise", (_, f) => {
    const schema = fieldSchema(f);
    fc.assert(
      fc.property(near(f), (v) => {
        const accepted = schema.safeParse(v);
        if (plainlyValid(f, v)) expect(accepted.success).toBe(true);
        expect(fieldProblems(f, v)).toEqual(accepted.success ? [] : accepted.error.issues.map((i) => i.message));
      }),
      { numRuns: 400 },
    );
  });

  it("reads a cell of plain digits as the number it writes, as the general reading does", () => {
    const yuan = numeric.find((f) => f.type === "yuan")!;
    for (const text of ["0", "007", "300000", "123456789012345"]) expect(coerceCell(yuan, text)).toEqual({ ok: true, value: Number(text) });
    expect(fieldProblems(yuan, 1e15)).not.toEqual([]);
  });
});
