/**
 * A stated fact in the questionnaire's words: what it is, the choices that distinguish it, how many,
 * how much and when. The comparison's row headings show it in one line; the answers list of a shared
 * result or printout (features/share/answers-list.tsx) in columns.
 */
import { formatYuan } from "@/engine";
import type { Fact } from "@/engine/types";
import { valueText } from "@/features/policy-browser/describe-encoding";
import { factTypeIndex } from "@policies/vocabulary";

export interface FactParts {
  title: string;
  /** The enum choices, the flags that are set and any other input, in the order the questionnaire asks. */
  choices: string[];
  /** As stated; absent when the user left it out. */
  date?: string;
  count?: string;
  amount?: string;
}

/**
 * `unstated` also says what a left-out count or amount is taken to be (the engine's defaults), for a
 * list that must show everything the result was computed from.
 */
export const factParts = (fact: Fact, { unstated = false }: { unstated?: boolean } = {}): FactParts => {
  const type = factTypeIndex.get(fact.type);
  if (!type) return { title: fact.type, choices: [] };
  const choices: string[] = [];
  for (const input of type.inputs) {
    const value = fact[input.name];
    if (value === undefined) continue;
    if (input.kind === "boolean") {
      if (value === true) choices.push(input.label);
    } else {
      choices.push(input.kind === "enum" ? valueText(input, value) : `${input.label} ${valueText(input, value)}`);
    }
  }
  return {
    title: type.label,
    choices,
    ...(fact.date ? { date: fact.date } : {}),
    ...(type.count && (fact.count !== undefined || unstated)
      ? {
          count:
            fact.count !== undefined
              ? `${type.count.label} ${fact.count} ${type.count.unit}`
              : `${type.count.label}未填（按 ${type.count.meaning === "multiplicity" ? 1 : 0} ${type.count.unit}计）`,
        }
      : {}),
    ...(type.amount && (fact.amount !== undefined || unstated)
      ? { amount: fact.amount !== undefined ? `${type.amount.label} ${formatYuan(fact.amount)}` : `${type.amount.label}未填` }
      : {}),
  };
};

export const factSummary = (fact: Fact): { title: string; details: string[] } => {
  const { title, choices, date, count, amount } = factParts(fact);
  return { title, details: [...choices, ...[count, amount, date].filter((s): s is string => s !== undefined)] };
};
