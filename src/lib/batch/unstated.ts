/**
 * A blank cell is "not stated", never "no". For each blank an applicant's rows leave where the
 * policy looks (policy-readings.ts), one of two things, said in a sentence the report, the
 * applicant's view and the export all show ("第 12 行 首次取得 未填写，…"):
 *
 * - **assumed**: the questionnaire's own starting value, where it claims nothing — a distinguishing
 *   feature another variant of the clause pays without (强制性 unticked: the plain standard's
 *   amount), one unit, the calculation date, a share's base left to its cap, and the applicant
 *   attributes the engine defaults (a normal enterprise in good standing, src/engine/defaults.ts);
 * - **待核实 (pending)**: the blank decides whether the row pays at all — a requirement of the
 *   clause (首次取得, 新承担, 已聘任), an exclusion of it (免费公益培训), the only variant that pays,
 *   a tier's count, a second ceiling (不超过中介服务所得). The row is left out of the amounts until
 *   someone confirms it; the applicant's other rows still count.
 *
 * The same reading serves uploads and JSON cohorts (POST /api/v1/batch), so both say the same.
 */
import { applicantDefaults, clauseRef } from "@/engine";
import type { Applicant, Fact, Item, Policy, Scalar } from "@/engine/types";
import { applicantFields, type Field } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";
import type { Assumption } from "./assumption";
import { displayValue } from "./cells";
import { inputLabel } from "./columns";
import { keep, kept, step, type Path } from "./answer-path";
import { asArray, policyReadings, type InputReading, type Reading } from "./policy-readings";

/** A blank input of one fact, and what is taken for it. */
interface Blank {
  input: string;
  message: string;
  pending: boolean;
}

/** A pending blank's sentence: what is blank, what follows, and why. */
const waiting = (blank: string, why: string) => `${blank}，此行暂不计入金额，待核实（${why}）`;

/** Can this reading pay this applicant for a fact with these stated values, whatever its blanks turn out to be? */
const compatible = (r: Reading, fact: Fact, applicant: Applicant): boolean => {
  const { who } = r.item;
  if (!who.kinds.includes(applicant.kind)) return false;
  if (applicant.kind === "organization" && who.orgTypes && !who.orgTypes.includes(String(applicant.orgType ?? applicantDefaults.orgType))) return false;
  for (const [name, want] of Object.entries(r.match.where ?? {})) {
    const v = fact[name];
    if (v !== undefined && !asArray(want).includes(v)) return false;
  }
  return true;
};

const where = (item: Item) => clauseRef(item.clause);

/** What a blank boolean means to the readings that look at it, given the readings of the row's fact type. */
const blankFlag = (field: Field, readers: Reading[], all: Reading[]): Blank => {
  const conditioned = readers.find((r) => r.item.conditions?.some((c) => c.input === field.name));
  if (conditioned) {
    const c = conditioned.item.conditions!.find((x) => x.input === field.name)!;
    return { input: field.name, pending: true, message: waiting(`${inputLabel(field)}未填写`, `${where(conditioned.item)}：${c.requirement}`) };
  }
  // A reading that does not look at the flag, or pays when it is false, keeps the row paying as "否".
  const paysAsNo = all.some((r) => {
    const want = r.match.where?.[field.name];
    return want === undefined || asArray(want).includes(false);
  });
  if (paysAsNo) return { input: field.name, pending: false, message: `${inputLabel(field)}未填写，按“否”计` };
  return { input: field.name, pending: true, message: waiting(`${inputLabel(field)}未填写`, `${where(readers[0]!.item)}只支持“是”的情形`) };
};

const blankInput = (reading: InputReading, readers: Reading[], all: Reading[]): Blank => {
  const { field } = reading;
  const name = field.name;
  const blank = `${inputLabel(field)}未填写`;
  const ft = factTypeIndex.get(readers[0]!.match.type)!;
  if (field.type === "boolean") return blankFlag(field, readers, all);
  // As the engine dates it (src/engine/dates.ts factDate): a stock claimed the year after, at the year end before.
  if (name === "date") return { input: name, pending: false, message: `${blank}，${readers.some((r) => r.match.dating) ? "按计算日期的上一年末计" : "按计算日期计"}` };
  if (name === "count") {
    const tiered = readers.find((r) => r.item.amount.kind === "tiers");
    if (tiered) return { input: name, pending: true, message: waiting(blank, `无法确定${where(tiered.item)}的档次`) };
    return { input: name, pending: false, message: `${blank}，按 1 ${ft.count?.unit ?? "项"}计` };
  }
  if (name === "amount") {
    const capped = readers.some((r) => r.item.amount.kind === "share" && r.item.amount.cap !== undefined);
    return { input: name, pending: false, message: `${blank}，${capped ? "按条文上限估算（确定部分计 0）" : "该项金额无法计算，列为未写明金额"}` };
  }
  const ceiling = readers.find((r) => r.item.amount.kind === "share" && r.item.amount.capInput?.input === name);
  if (ceiling && ceiling.item.amount.kind === "share") {
    return { input: name, pending: true, message: waiting(blank, `无法核对${where(ceiling.item)}“${ceiling.item.amount.capInput!.label}”`) };
  }
  // A choice or figure a match or condition looks at has no neutral value.
  return { input: name, pending: true, message: waiting(blank, `无法判断是否符合${where(readers[0]!.item)}`) };
};

const factBlanks = new WeakMap<Policy, Path>();

/** Per policy and fact type, the inputs its readings look at, and whether the value itself (a choice, a flag) or only its presence matters. */
const shapes = new WeakMap<Policy, Map<string, { name: string; value: boolean }[]>>();

const shapeOf = (policy: Policy, type: string, byName: ReadonlyMap<string, InputReading>) => {
  let byType = shapes.get(policy);
  if (!byType) shapes.set(policy, (byType = new Map()));
  let shape = byType.get(type);
  if (!shape) {
    shape = [...byName].map(([name, { field }]) => ({ name, value: field.type === "enum" || field.type === "boolean" }));
    byType.set(type, shape);
  }
  return shape;
};

/** The blanks of one fact, worked out (blanksOf keeps them per shape). */
const factBlanksOf = (byName: ReadonlyMap<string, InputReading>, applicant: Applicant, fact: Fact): Blank[] => {
  const all = byName.get("date")!.readers.filter((r) => compatible(r, fact, applicant));
  const blanks: Blank[] = [];
  for (const [name, reading] of byName) {
    if (fact[name] !== undefined) continue;
    const readers = reading.readers.filter((r) => compatible(r, fact, applicant));
    if (readers.length > 0) blanks.push(blankInput(reading, readers, all));
  }
  return blanks;
};

/** The blanks of one fact that the policy's readings look at, kept per shape: rows repeat the same few. */
export const blanksOf = (policy: Policy, applicant: Applicant, fact: Fact): readonly Blank[] => {
  const byName = policyReadings(policy).inputs.get(fact.type);
  if (!byName) return [];
  let node = factBlanks.get(policy);
  if (!node) factBlanks.set(policy, (node = new Map()));
  node = step(step(step(node, applicant.kind), applicant.orgType), fact.type);
  const shape = shapeOf(policy, fact.type, byName);
  for (let i = 0; i < shape.length; i++) {
    const { name, value } = shape[i]!;
    const v = fact[name];
    node = step(node, v === undefined ? undefined : value ? v : true);
  }
  return kept<readonly Blank[]>(node) ?? keep(node, factBlanksOf(byName, applicant, fact));
};

const attributeFields = new Map(applicantFields.map((f) => [f.name, f]));

const attributeBlanks = new WeakMap<Policy, Path>();

/** The blanks of these attributes, worked out (blankAttributes keeps them per combination). */
const attributeBlanksOf = (policy: Policy, applicant: Applicant): Blank[] => {
  const blanks: Blank[] = [];
  for (const name of policyReadings(policy).attributes) {
    if (applicant[name] !== undefined) continue;
    const excluding = policy.exclusions.find(
      (ex) =>
        name in ex.when &&
        Object.entries(ex.when).every(([k, values]) => k === name || applicant[k] === undefined || values.includes(applicant[k] as Scalar)),
    );
    const typed = name === "orgType" && applicant.kind === "organization" && policy.items.some((i) => i.who.orgTypes && i.who.kinds.includes("organization"));
    if (!excluding && !typed) continue;
    const field = attributeFields.get(name)!;
    const fallback = applicantDefaults[name];
    blanks.push({
      input: name,
      pending: false,
      message: `${field.label}未填写，${fallback !== undefined ? `按“${displayValue(field, fallback)}”计` : `按不属于${clauseRef(excluding!.clause)}所列情形计`}`,
    });
  }
  return blanks;
};

/**
 * The applicant's blank attributes that could change what it is paid: one a clause's organisation
 * types test, or one an exclusion tests that the stated attributes do not already rule out.
 */
export const blankAttributes = (policy: Policy, applicant: Applicant): readonly Blank[] => {
  let node = attributeBlanks.get(policy);
  if (!node) attributeBlanks.set(policy, (node = new Map()));
  for (const f of applicantFields) node = step(node, applicant[f.name]);
  return kept<readonly Blank[]>(node) ?? keep(node, attributeBlanksOf(policy, applicant));
};

/**
 * An applicant's facts as they will be evaluated (pending rows left out) and every assumption made
 * about its blanks. `rowOf` and `columnOf` say where a blank is: by the fact's index (null for an
 * attribute) and the input.
 */
export const settleBlanks = (
  policy: Policy,
  applicant: Applicant,
  facts: readonly Fact[],
  rowOf: (fact: number | null) => number,
  columnOf: (fact: number | null, input: string) => string,
): { facts: readonly Fact[]; assumptions: Assumption[] } => {
  const assumptions: Assumption[] = [];
  for (const b of blankAttributes(policy, applicant)) assumptions.push({ row: rowOf(null), column: columnOf(null, b.input), message: b.message, pending: false });
  let kept: Fact[] | null = null;
  for (let i = 0; i < facts.length; i++) {
    const blanks = blanksOf(policy, applicant, facts[i]!);
    let pending = false;
    for (const b of blanks) {
      assumptions.push({ row: rowOf(i), column: columnOf(i, b.input), message: b.message, pending: b.pending });
      pending ||= b.pending;
    }
    // Copied only once a row is held out: most applicants keep every fact.
    if (pending) kept ??= facts.slice(0, i);
    else kept?.push(facts[i]!);
  }
  return { facts: kept ?? facts, assumptions };
};
