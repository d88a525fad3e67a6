import type { Applicant, ApplicantPredicate, AttributeCondition, Condition, Fact, FactMatch, Scalar } from "./types";

/** A boolean input the applicant did not tick is false; any other missing input matches nothing. */
const missingAs = (expected: Scalar): Scalar | undefined => (typeof expected === "boolean" ? false : undefined);

/** One `where` entry of a fact match: the input, the value it must equal or the values it may take. */
interface Wanted {
  input: string;
  one: Scalar;
  many: readonly Scalar[] | null;
  missing: Scalar | undefined;
}

/**
 * A fact match compiled once, for facts already known to be of its type (and, if `known` is given,
 * to hold a value of that input the match accepts): every other listed input must equal (one of)
 * the value(s). It answers `hit` (what the caller wants back: how the item reads the fact, or
 * true) or undefined, so a trigger is one call. Reading a caller's fact costs more than anything
 * else here, so nothing is read twice.
 */
export const whereMatcher = <T = true>(match: FactMatch, known?: string, hit: T = true as T): ((fact: Fact) => T | undefined) => {
  const wanted: Wanted[] = Object.entries(match.where ?? {})
    .filter(([input]) => input !== known)
    .map(([input, want]) =>
      Array.isArray(want)
        ? { input, one: want[0]!, many: want, missing: missingAs(want[0]!) }
        : { input, one: want, many: null, missing: missingAs(want) },
    );
  if (wanted.length === 0) return () => hit;
  return (fact) => {
    for (let k = 0; k < wanted.length; k++) {
      const w = wanted[k]!;
      const raw = fact[w.input];
      const v = raw === undefined ? w.missing : raw;
      if (w.many ? !w.many.includes(v as Scalar) : v !== w.one) return undefined;
    }
    return hit;
  };
};

/** Every listed attribute must hold one of the listed values; an unstated attribute takes its default. */
export const applicantPredicate = (
  predicate: ApplicantPredicate,
  defaults: Readonly<Record<string, Scalar>>,
): ((applicant: Applicant) => boolean) => {
  const tests = Object.entries(predicate).map(([attr, values]) => ({ attr, values, otherwise: defaults[attr] }));
  return (applicant) => {
    for (let t = 0; t < tests.length; t++) {
      const { attr, values, otherwise } = tests[t]!;
      const v = applicant[attr] ?? otherwise;
      if (v === undefined || !values.includes(v)) return false;
    }
    return true;
  };
};

/** What a clause requires of the applicant itself (长宁区 16: 中小企业); an unstated attribute takes its default. */
export const attributeHolds = (applicant: Applicant, a: AttributeCondition, defaults: Readonly<Record<string, Scalar>>): boolean =>
  (applicant[a.attribute] ?? defaults[a.attribute]) === a.value;

/**
 * A condition on the triggering fact's own inputs, compiled once: `gte` (以上 includes the number),
 * `lt` (以下 excludes it), `eq` (a missing boolean is false).
 */
export const conditionTest = (c: Condition): ((fact: Fact) => boolean) => {
  const { input, value } = c;
  const missing = missingAs(value);
  switch (c.op) {
    case "eq":
      return (fact) => {
        const raw = fact[input];
        return (raw === undefined ? missing : raw) === value;
      };
    case "gte":
      return (fact) => {
        const v = fact[input];
        return typeof v === "number" && v >= (value as number);
      };
    case "lt":
      return (fact) => {
        const v = fact[input];
        return typeof v === "number" && v < (value as number);
      };
  }
};
