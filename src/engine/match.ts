import type { Applicant, ApplicantPredicate, AttributeCondition, Condition, Fact, FactMatch, Scalar } from "./types";

/** A boolean input the applicant did not tick is false; any other missing input matches nothing. */
const valueOf = (fact: Fact, input: string, expected: Scalar): Scalar | undefined => {
  const v = fact[input];
  return v === undefined && typeof expected === "boolean" ? false : v;
};

export const factMatches = (fact: Fact, match: FactMatch): boolean => {
  if (fact.type !== match.type) return false;
  if (!match.where) return true;
  for (const input in match.where) {
    const want = match.where[input]!;
    if (Array.isArray(want) ? !want.includes(valueOf(fact, input, want[0]!) as Scalar) : valueOf(fact, input, want) !== want) return false;
  }
  return true;
};

export const applicantMatches = (
  applicant: Applicant,
  predicate: ApplicantPredicate,
  defaults: Readonly<Record<string, Scalar>>,
): boolean => {
  for (const attr in predicate) {
    const v = applicant[attr] ?? defaults[attr];
    if (v === undefined || !predicate[attr]!.includes(v)) return false;
  }
  return true;
};

/** What a clause requires of the applicant itself (长宁区 16: 中小企业); an unstated attribute takes its default. */
export const attributeHolds = (applicant: Applicant, a: AttributeCondition, defaults: Readonly<Record<string, Scalar>>): boolean =>
  (applicant[a.attribute] ?? defaults[a.attribute]) === a.value;

export const conditionHolds = (fact: Fact, c: Condition): boolean => {
  const v = valueOf(fact, c.input, c.value);
  switch (c.op) {
    case "eq":
      return v === c.value;
    case "gte":
      return typeof v === "number" && v >= (c.value as number);
    case "lt":
      return typeof v === "number" && v < (c.value as number);
  }
};
