/**
 * A deterministic cohort of realistic applicant profiles for benchmarks: the same seed gives the
 * same profiles on every machine, so figures from different runs measure the same work.
 *
 * "Realistic" means what a regulator's list of applicants looks like: mostly enterprises in good
 * standing, a few individuals, public institutions and excluded units; one to fifteen facts, most
 * of them things one of the policies pays for (applicants state what they hope to claim), some it
 * does not; usually one unit of each, sometimes several; dates spread over the years the policies
 * share, a few before the window.
 */
import type { Applicant, Fact, FactType, IsoDate, Policy, Scalar } from "../src/engine/types";
import { policyColumns, type Column } from "../src/lib/batch/columns";
import { applicantAttributes, factTypeIndex, factTypes } from "../policies/vocabulary";

export interface Profile {
  applicant: Applicant;
  facts: Fact[];
  asOf: IsoDate;
}

/** mulberry32: a tiny, fast, seedable PRNG; plenty for picking test data. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const DAY = 86_400_000;
const toDate = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const ms = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);

/**
 * The dates every given policy accepts a fact in: from the latest start, for at most two years
 * (so yearly limits meet several facts in one year). Profiles are evaluated at its last day.
 */
export const commonWindow = (policies: readonly Policy[]): { from: IsoDate; to: IsoDate } => {
  const from = policies.map((p) => p.effective.retroactiveFrom ?? p.effective.from).reduce((a, b) => (a > b ? a : b));
  const twoYears = toDate(ms(from) + 2 * 365 * DAY);
  const to = policies.map((p) => p.effective.to ?? twoYears).reduce((a, b) => (a < b ? a : b), twoYears);
  return { from, to: to < from ? from : to };
};

const options = (name: string) => applicantAttributes.find((a) => a.name === name)!.options!.map((o) => o.value);
const ORG_TYPES = options("orgType").filter((t) => t !== "enterprise");

export interface CohortOptions {
  /** How many profiles. */
  size: number;
  /** The policies the applicants have in mind: facts are drawn from their items, dates from their common window. */
  policies: readonly Policy[];
  seed?: number;
}

export const cohort = ({ size, policies, seed = 20250401 }: CohortOptions): Profile[] => {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

  const { from, to } = commonWindow(policies);
  const span = (ms(to) - ms(from)) / DAY;
  const matches = policies.flatMap((p) => p.items.flatMap((i) => i.facts));

  const applicant = (): Applicant => {
    if (chance(0.1)) return chance(0.97) ? { kind: "individual" } : { kind: "individual", creditGood: false };
    const a: Applicant = { kind: "organization" };
    if (chance(0.15)) a.orgType = pick(ORG_TYPES);
    if (chance(0.03)) a.fundedBy = "full-budget";
    if (chance(0.2)) a.sme = true;
    if (chance(0.02)) a.creditGood = false;
    if (chance(0.01)) a.seriousViolation = true;
    return a;
  };

  /** Flags are stated the way an applicant hoping to qualify states them: mostly yes. */
  const inputValue = (kind: string, opts: readonly string[], max = 100): Scalar | undefined => {
    switch (kind) {
      case "enum":
        return pick(opts);
      case "boolean":
        return chance(0.2) ? undefined : chance(0.8);
      case "percent":
        return int(20, 90);
      default:
        return chance(0.5) ? undefined : int(0, Math.min(max, 1_000_000));
    }
  };

  const fact = (ft: FactType, fixed: Record<string, Scalar>): Fact => {
    const f: Fact = { type: ft.type };
    for (const input of ft.inputs) {
      const v = fixed[input.name] ?? inputValue(input.kind, input.options?.map((o) => o.value) ?? [], input.max);
      if (v !== undefined) f[input.name] = v;
    }
    f.date = chance(0.04) ? toDate(ms(from) - int(1, 200) * DAY) : toDate(ms(from) + int(0, span) * DAY);
    if (ft.count) f.count = ft.count.meaning === "measure" ? int(0, 40) : chance(0.75) ? 1 : chance(0.8) ? int(2, 5) : int(6, 12);
    // Bases (premiums, costs, higher-level awards) spread log-uniformly from 1 万 to 500 万元.
    if (ft.amount && chance(0.8)) f.amount = Math.round(10_000 * 500 ** random());
    return f;
  };

  const someFact = (): Fact => {
    if (chance(0.1)) return fact(pick(factTypes), {});
    const m = pick(matches);
    const fixed = Object.fromEntries(Object.entries(m.where ?? {}).map(([k, v]) => [k, Array.isArray(v) ? pick(v) : v]));
    return fact(factTypeIndex.get(m.type)!, fixed);
  };

  // Most applicants state a handful of facts; a few state many (1–15, skewed low).
  return Array.from({ length: size }, () => ({
    applicant: applicant(),
    facts: Array.from({ length: 1 + Math.floor(15 * random() ** 2) }, someFact),
    asOf: to,
  }));
};

/** A cell as a program exporting the cohort writes it: option keys, 1/0, plain integers. */
const cellOf = (column: Column, record: Record<string, unknown>): string | number => {
  const name = column.attribute?.name ?? column.inputs.get(record.type as string)?.name;
  const value = name === undefined ? undefined : record[name];
  return value === undefined ? "" : typeof value === "boolean" ? Number(value) : (value as string | number);
};

/**
 * The policy's template columns that the cohort uses, applicant attributes written on each
 * applicant's first row only and the policy chosen with the upload rather than repeated on every
 * row: as compact as a real export can be, so 500,000 rows stay under the 50 MB upload limit.
 */
export const cohortCsv = (profiles: Profile[], policy: Policy): string => {
  const read = new Set(policy.items.flatMap((i) => i.facts.map((f) => f.type)));
  const facts = profiles.map((p) => p.facts.filter((f) => read.has(f.type)));
  const used = policyColumns(policy).filter((c) =>
    c.role === "id" || c.role === "type"
      ? true
      : c.role === "applicant"
        ? profiles.some((p) => cellOf(c, p.applicant) !== "")
        : c.role === "fact" && facts.some((fs) => fs.some((f) => cellOf(c, f) !== "")),
  );
  const lines = [used.map((c) => c.header).join(",")];
  profiles.forEach((p, n) => {
    facts[n]!.forEach((fact, i) => {
      const row = used.map((c): string | number => {
        if (c.role === "id") return `A${n}`;
        if (c.role === "type") return fact.type;
        if (c.role === "applicant") return i === 0 ? cellOf(c, p.applicant) : "";
        return cellOf(c, fact);
      });
      lines.push(row.join(","));
    });
  });
  return `${lines.join("\r\n")}\r\n`;
};
