/**
 * A stated fact in one line, for the row headings of the comparison: what it is, the choices that
 * distinguish it, how many and when — in the questionnaire's words.
 */
import { formatYuan } from "@/engine";
import type { Fact } from "@/engine/types";
import { valueText } from "@/features/policy-browser/describe-encoding";
import { factTypeIndex } from "@policies/vocabulary";

export const factSummary = (fact: Fact): { title: string; details: string[] } => {
  const type = factTypeIndex.get(fact.type);
  if (!type) return { title: fact.type, details: [] };
  const details: string[] = [];
  for (const input of type.inputs) {
    const value = fact[input.name];
    if (value === undefined) continue;
    if (input.kind === "boolean") {
      if (value === true) details.push(input.label);
    } else {
      details.push(input.kind === "enum" ? valueText(input, value) : `${input.label} ${valueText(input, value)}`);
    }
  }
  if (type.count && fact.count !== undefined) details.push(`${type.count.label} ${fact.count} ${type.count.unit}`);
  if (type.amount && fact.amount !== undefined) details.push(`${type.amount.label} ${formatYuan(fact.amount)}`);
  if (fact.date) details.push(fact.date);
  return { title: type.label, details };
};
