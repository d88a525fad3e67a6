/**
 * Whether a stated fact is ready to be computed and, if not, what is missing, in words. An entry
 * that is not ready pays nothing: the engine never sees it, and the result lists it as 待补全, so
 * no figure on screen comes from a choice the clerk has not made or a value they did not type.
 */
import { formatWan } from "@/engine";
import type { Fact, Scalar } from "@/engine/types";
import type { Field } from "@/lib/validation/fields";
import { CONFIRM_ABOVE } from "./parse-input";

export interface Entry {
  key: number;
  fact: Fact;
  /** Fields whose typed text is not a value, with the message the field shows ("项目数须为 0 或正整数…"). */
  invalid: Record<string, string>;
  /** Figures above CONFIRM_ABOVE that the clerk has confirmed, by field. */
  confirmed: Record<string, number>;
}

export interface Problem {
  field: string;
  kind: "missing" | "invalid" | "confirm";
  message: string;
}

/**
 * Asked before the fact counts. Every choice (there is no neutral 奖项 to assume), the date (it
 * decides the policy window and the year a cap counts in) and the count (a cleared 3 is not 1):
 * the API may default a missing count or date, the form does not guess for the clerk.
 */
const mustBeStated = (f: Field): boolean => f.type === "enum" || f.type === "date" || f.name === "count" || f.required;

const confirmLimit = (f: Field): number | undefined => (f.type === "int" ? CONFIRM_ABOVE.count : f.type === "yuan" ? CONFIRM_ABOVE.yuan : undefined);

/** A figure so far above what applicants state that it is more likely a slip of the keyboard. */
export const askConfirmation = (f: Field, value: Scalar | undefined): boolean => {
  const limit = confirmLimit(f);
  return limit !== undefined && typeof value === "number" && value > limit;
};

export const confirmQuestion = (f: Field, value: number): string =>
  `${f.label} ${f.type === "yuan" ? formatWan(value) : `${value}${f.unit ? ` ${f.unit}` : ""}`}，是否正确？`;

const missingMessage = (f: Field): string => (f.type === "enum" || f.type === "date" ? `请选择${f.label}` : `请填写${f.label}`);

/** The problems of one entry, in the order its fields are shown. */
export const entryProblems = (fields: Field[], entry: Entry): Problem[] =>
  fields.flatMap((f): Problem[] => {
    const invalid = entry.invalid[f.name];
    if (invalid) return [{ field: f.name, kind: "invalid", message: invalid }];
    const value = entry.fact[f.name];
    if (value === undefined) return mustBeStated(f) ? [{ field: f.name, kind: "missing", message: missingMessage(f) }] : [];
    if (askConfirmation(f, value) && entry.confirmed[f.name] !== value) {
      return [{ field: f.name, kind: "confirm", message: `待确认：${confirmQuestion(f, value as number)}` }];
    }
    return [];
  });

/** Figures already in an entry that arrives finished (a link, a share): they were confirmed, or stated through the API. */
export const confirmedFigures = (fact: Fact): Record<string, number> =>
  Object.fromEntries(Object.entries(fact).filter((kv): kv is [string, number] => typeof kv[1] === "number"));
