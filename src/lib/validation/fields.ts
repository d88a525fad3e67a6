/**
 * The fields a request may carry, derived from the fact vocabulary (policies/vocabulary.ts) and
 * nothing else. Request validation and the GET /api/v1/facts catalogue both read this list, so
 * what the API documents and what it accepts cannot drift apart.
 */
import type { Dating, FactInput, FactType, InputKind, InputOption, Policy } from "@/engine/types";
import { applicantAttributes, MAX_PLAUSIBLE_COUNT, MAX_PLAUSIBLE_YUAN } from "@policies/vocabulary";

export type FieldType = InputKind | "date";

export interface Field {
  name: string;
  type: FieldType;
  label: string;
  unit?: string;
  hint?: string;
  options?: InputOption[];
  min?: number;
  max?: number;
  required: boolean;
}

/** Bounds for numeric inputs that state none: implausible figures are typing errors, not subsidies. */
const DEFAULT_MAX: Partial<Record<InputKind, number>> = { int: MAX_PLAUSIBLE_COUNT, yuan: MAX_PLAUSIBLE_YUAN, percent: 100 };

const inputField = (input: FactInput, required = input.required ?? false): Field => {
  const max = input.max ?? DEFAULT_MAX[input.kind];
  return {
    name: input.name,
    type: input.kind,
    label: input.label,
    ...(input.unit ? { unit: input.unit } : {}),
    ...(input.hint ? { hint: input.hint } : {}),
    ...(input.options ? { options: input.options } : {}),
    ...(max !== undefined ? { min: 0, max } : {}),
    required,
  };
};

/**
 * The date field says what date to enter: the day it happened, or — for a fact claimed the year
 * after its date (a stock at a year end) — what its dating asks for.
 */
export const dateField = (dating?: Dating): Field => ({
  name: "date",
  type: "date",
  label: dating?.label ?? "日期",
  hint: dating ? `YYYY-MM-DD；${dating.hint}；不填按计算日期的上一年末` : "YYYY-MM-DD；不填按计算日期",
  required: false,
});

/**
 * How a policy dates a fact type: the dating every item reading it agrees on (光明区（二十四）dates
 * 专利代理师 by the day the certificate was obtained), or undefined where they date it on the day.
 */
export const policyDating = (policy: Policy, type: string): Dating | undefined => {
  const matches = policy.items.flatMap((i) => i.facts.filter((m) => m.type === type));
  const first = matches[0]?.dating;
  return first && matches.every((m) => m.dating?.label === first.label) ? first : undefined;
};

/** Every field a fact of this type may carry: the date, `count` and `amount` where the type declares them, then its inputs. */
export const factFields = (ft: FactType, dating = ft.dating): Field[] => [
  dateField(dating),
  ...(ft.count
    ? [
        {
          name: "count",
          type: "int" as const,
          label: ft.count.label,
          unit: ft.count.unit,
          hint: ft.count.meaning === "multiplicity" ? "不填按 1 计" : "不填按 0 计",
          min: 0,
          max: MAX_PLAUSIBLE_COUNT,
          required: false,
        },
      ]
    : []),
  ...(ft.amount
    ? [{ name: "amount", type: "yuan" as const, label: ft.amount.label, unit: "元", min: 0, max: MAX_PLAUSIBLE_YUAN, required: false }]
    : []),
  ...ft.inputs.map((input) => inputField(input)),
];

/**
 * Applicant attributes. Only `kind` must be stated: the engine gives every other attribute a default
 * (src/engine/defaults.ts) or reads it only when present.
 */
export const applicantFields: Field[] = applicantAttributes.map((a) => inputField(a, a.name === "kind"));
