/**
 * fast-check generators of applicant profiles for any policy, built from the shared fact
 * vocabulary so they keep working as policies and facts are added. Inputs are always valid
 * (options from the vocabulary, counts and amounts within bounds); dates cluster in and around
 * the policy's window, boundaries included, because that is where date bugs live.
 */
import fc from "fast-check";
import { applicantAttributes, factTypeIndex, factTypes } from "@policies/vocabulary";
import type { Applicant, Fact, FactInput, FactType, Item, Policy, Scalar } from "@/engine/types";

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

/** First and last day a fact may be dated (open-ended policies: five years). */
export const windowOf = (p: Policy): { start: string; end: string } => {
  const start = p.effective.retroactiveFrom ?? p.effective.from;
  return { start, end: p.effective.to ?? addDays(p.effective.from, 5 * 365) };
};

/** Dates in the window and up to three months either side, with the four boundary days favoured. */
export const dateAround = (p: Policy): fc.Arbitrary<string> => {
  const { start, end } = windowOf(p);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(addDays(start, -1), start, end, addDays(end, 1)) },
    { weight: 4, arbitrary: fc.integer({ min: -90, max: daysBetween(start, end) + 90 }).map((d) => addDays(start, d)) },
  );
};

/** Mostly a calculation date late in the window (so most facts count), sometimes anywhere around it. */
export const asOfFor = (p: Policy): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(windowOf(p).end) }, { weight: 2, arbitrary: dateAround(p) });

const inputValue = (input: FactInput): fc.Arbitrary<Scalar | undefined> => {
  switch (input.kind) {
    case "enum":
      return fc.constantFrom(...input.options!.map((o) => o.value));
    case "boolean":
      return fc.option(fc.boolean(), { nil: undefined });
    case "percent":
      return fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
    case "int":
    case "yuan":
      return fc.option(fc.integer({ min: 0, max: Math.min(input.max ?? 5_000_000, 5_000_000) }), { nil: undefined });
  }
};

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Any valid fact of one type; `fixed` inputs (an item's `where`) override the random ones. */
export const factOf = (ft: FactType, date: fc.Arbitrary<string | undefined>, fixed: Record<string, Scalar> = {}): fc.Arbitrary<Fact> =>
  fc
    .record({
      inputs: fc.record(Object.fromEntries(ft.inputs.map((i) => [i.name, inputValue(i)]))),
      date,
      count: ft.count
        ? ft.count.meaning === "measure"
          ? fc.integer({ min: 0, max: 60 })
          : fc.integer({ min: 1, max: 12 })
        : fc.constant(undefined),
      amount: ft.amount ? fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ inputs, date, count, amount }) => withoutUndefined<Fact>({ type: ft.type, ...inputs, ...fixed, date, count, amount }));

/** A fact that triggers one of these items (one value of each `where` list chosen). */
export const itemFact = (items: Item[], date: fc.Arbitrary<string | undefined>): fc.Arbitrary<Fact> =>
  fc
    .constantFrom(...items.flatMap((i) => i.facts))
    .chain((m) =>
      fc
        .record(
          Object.fromEntries(
            Object.entries(m.where ?? {}).map(([k, v]) => [k, Array.isArray(v) ? fc.constantFrom(...v) : fc.constant(v)]),
          ),
        )
        .chain((where) => factOf(factTypeIndex.get(m.type)!, date, where)),
    );

/** Mostly facts the policy pays for, some it may not read at all; a few undated (dated as of the calculation). */
export const factFor = (p: Policy): fc.Arbitrary<Fact> => {
  const date = fc.option(dateAround(p), { nil: undefined, freq: 8 });
  return fc.oneof(
    { weight: 4, arbitrary: itemFact(p.items, date) },
    { weight: 1, arbitrary: fc.constantFrom(...factTypes).chain((ft) => factOf(ft, date)) },
  );
};

const optionsOf = (name: string) => applicantAttributes.find((a) => a.name === name)!.options!.map((o) => o.value);

/** Usually left unsaid (the applicant default), sometimes stated. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** Mostly organisations in good standing, as applicants are; the rest exercise exclusions and kinds. */
export const applicantArb: fc.Arbitrary<Applicant> = fc
  .record({
    kind: fc.oneof({ weight: 4, arbitrary: fc.constant("organization" as const) }, { weight: 1, arbitrary: fc.constant("individual" as const) }),
    orgType: fc.option(fc.constantFrom(...optionsOf("orgType")), { nil: undefined }),
    fundedBy: rarely(fc.constantFrom(...optionsOf("fundedBy"))),
    budgetLevel: rarely(fc.constantFrom(...optionsOf("budgetLevel"))),
    sme: rarely(fc.boolean()),
    creditGood: rarely(fc.boolean()),
    seriousViolation: rarely(fc.boolean()),
  })
  .map((a) => withoutUndefined<Applicant>(a));

export interface Profile {
  applicant: Applicant;
  asOf: string;
  facts: Fact[];
}

export const profileFor = (p: Policy, maxFacts = 12): fc.Arbitrary<Profile> =>
  fc.record({ applicant: applicantArb, asOf: asOfFor(p), facts: fc.array(factFor(p), { maxLength: maxFacts }) });

/**
 * Facts of the items some limit covers, dated in the first two years of the window; organisations
 * that say they are an SME, say they are not, or say nothing (长宁区 16 pays only SMEs); calculated
 * at the window's end or in its second year, when a claim made in the year after its fact (a stock
 * at a year end, a loan repaid last year) may not be open yet.
 */
export const crowdedProfile = (policy: Policy): fc.Arbitrary<Profile> => {
  const limited = new Set(policy.limits.flatMap((l) => ("items" in l ? l.items : policy.items.map((i) => i.id))));
  const items = policy.items.filter((i) => limited.has(i.id) || i.who.attributes || i.facts.some((m) => m.dating));
  const { start, end } = windowOf(policy);
  const nextYear = `${Number(start.slice(0, 4)) + 1}-06-30`;
  const secondYear = nextYear <= end ? nextYear : end;
  const date = fc.constantFrom(start, secondYear, end <= nextYear ? end : nextYear);
  const crowded = (f: Fact): Fact => (f.count === undefined ? f : { ...f, count: (f.count % 8) + 1 });
  const pool = items.length ? items : policy.items;
  // Most facts of one limit's items, so that a limit of one or two items among many still binds.
  const groups = policy.limits.flatMap((l) => ("items" in l ? [policy.items.filter((i) => l.items.includes(i.id))] : [])).filter((g) => g.length);
  const facts = fc
    .constantFrom(...groups, pool)
    .chain((group) =>
      fc.array(fc.oneof({ weight: 3, arbitrary: itemFact(group, date) }, { weight: 1, arbitrary: itemFact(pool, date) }).map(crowded), {
        minLength: 2,
        maxLength: 12,
      }),
    );
  return fc.record({
    applicant: fc.constantFrom<Applicant>({ kind: "organization" }, { kind: "organization", sme: true }, { kind: "organization", sme: false }),
    asOf: fc.oneof({ weight: 3, arbitrary: fc.constant(end) }, { weight: 1, arbitrary: fc.constant(secondYear) }),
    facts,
  });
};
