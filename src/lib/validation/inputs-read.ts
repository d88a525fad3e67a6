/**
 * Which inputs of a stated fact a policy reads — derived from the policy data, in one place, for
 * both the questionnaire (the fields it shows) and request validation (the inputs a request must
 * state), so the form never leaves out what the API then demands, nor the API demand what the form
 * never asks.
 *
 * An item reads the inputs its fact match's `where` names, those its conditions test, those a limit
 * on it tests (修订 is `action` = revise), and count / amount where its pricing uses them. Choices
 * cascade in vocabulary order: once a fact states 成果类别 = 上海市产业质量提升标志性项目成果, only
 * the items paying for that still read it, and in 金山区 none of them reads 等级; a 临沂市 certificate
 * is read by 认证类别 alone, while 长宁区 also reads its 取得方式.
 */
import type { Applicant, Fact, FactMatch, FactType, Item, Policy, Scalar } from "@/engine/types";
import { applicantDefaults, factTypeIndex } from "@policies/vocabulary";
import { factFields, type Field } from "./fields";

/** One way an item reads a fact type: the item, its match for that type, and the inputs it reads. */
export interface Reading {
  item: Item;
  match: FactMatch;
  reads: Set<string>;
}

/** A match's `where` names one value or several. */
export const asArray = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** Inputs read through a limit rather than the item itself (修订 is marked by `action` = revise). */
const limitInputs = (policy: Policy, item: Item): string[] =>
  policy.limits.flatMap((l) => (l.kind === "revisionShare" && l.items.includes(item.id) ? [l.when.input] : []));

/** Mirrors what the engine's pricing reads: count multiplies fixed/upTo items and picks a tier; amount is a share's base. */
const readsOf = (policy: Policy, item: Item, match: FactMatch, ft: FactType): Set<string> => {
  const reads = new Set<string>(["date", ...Object.keys(match.where ?? {}), ...limitInputs(policy, item)]);
  for (const c of item.conditions ?? []) reads.add(c.input);
  const a = item.amount.kind;
  if (ft.count && (a === "tiers" || ((a === "fixed" || a === "upTo") && !item.once))) reads.add("count");
  if (ft.amount && a === "share") reads.add("amount");
  return reads;
};

/** Whether an item is open to this applicant at all (its kinds, and the organisation types it names). */
export const itemApplies = (item: Item, applicant: Applicant): boolean => {
  if (!item.who.kinds.includes(applicant.kind)) return false;
  if (applicant.kind !== "organization" || !item.who.orgTypes) return true;
  return item.who.orgTypes.includes(String(applicant.orgType ?? applicantDefaults.orgType));
};

/** Every way the given items read facts of this type. */
export const readingsOf = (policy: Policy, ft: FactType, items: readonly Item[]): Reading[] =>
  items.flatMap((item) => item.facts.filter((m) => m.type === ft.type).map((match) => ({ item, match, reads: readsOf(policy, item, match, ft) })));

/** Readings still possible given the choices made in the fields before this one. */
const consistent = (readings: readonly Reading[], fact: Fact, chosen: readonly string[]) =>
  readings.filter((r) => chosen.every((k) => r.match.where?.[k] === undefined || asArray(r.match.where[k]!).includes(fact[k]!)));

/**
 * Visits a fact's fields in vocabulary order, each with the readings that read it given the choices
 * stated before it (none: the field is not asked). `visit` may change `fact`; the fields after see
 * the change (the questionnaire clears a choice the earlier ones no longer allow).
 */
export const walkFields = (fields: readonly Field[], readings: readonly Reading[], fact: Fact, visit: (field: Field, readers: Reading[]) => void): void => {
  const chosen: string[] = [];
  for (const field of fields) {
    const readers = consistent(readings, fact, chosen).filter((r) => r.reads.has(field.name));
    visit(field, readers);
    if (readers.length > 0 && field.type === "enum") chosen.push(field.name);
  }
};

/** A fact type as one policy reads it for one scope of applicant: its fields and the readings. */
interface TypeReading {
  fields: Field[];
  readings: Reading[];
  /** The fields a fact still lacks, by what it states in `fields` (stateOf): the same few choices come over and over. */
  missing: Map<string, readonly Field[]>;
}

/** Per policy and applicant scope, since requests state the same few fact types over and over. */
const cache = new WeakMap<Policy, Map<string, TypeReading>>();

const typeReading = (policy: Policy, applicant: Applicant, ft: FactType): TypeReading => {
  const orgType = applicant.kind === "organization" ? String(applicant.orgType ?? applicantDefaults.orgType) : "";
  const key = `${ft.type}|${applicant.kind}|${orgType}`;
  let byKey = cache.get(policy);
  if (!byKey) cache.set(policy, (byKey = new Map()));
  let known = byKey.get(key);
  if (!known) {
    const readings = readingsOf(
      policy,
      ft,
      policy.items.filter((i) => itemApplies(i, applicant)),
    );
    // Only inputs some reading reads can be missing; the choices among them decide which readings are left.
    const read = new Set(readings.flatMap((r) => [...r.reads]));
    known = { fields: factFields(ft).filter((f) => (f.required || f.type === "enum") && read.has(f.name)), readings, missing: new Map() };
    byKey.set(key, known);
  }
  return known;
};

/** A stated fact missing inputs the policy reads: its position in the request and those fields. */
export interface MissingInputs {
  fact: number;
  type: string;
  fields: readonly Field[];
}

/**
 * All the walk below reads of a fact: each choice (an enum's value) and whether each other field
 * is stated. Undefined for a choice outside the field's options, which is walked but not remembered,
 * so that what is remembered stays bounded by the vocabulary's options.
 */
const stateOf = (fields: readonly Field[], fact: Fact): string | undefined => {
  let state = "";
  for (const field of fields) {
    const value = fact[field.name];
    if (value === undefined) state += "-\u0000";
    else if (field.type !== "enum") state += "+\u0000";
    else if (field.options?.some((o) => o.value === value)) state += `=${String(value)}\u0000`;
    else return undefined;
  }
  return state;
};

const walkMissing = ({ fields: asked, readings }: TypeReading, fact: Fact): Field[] => {
  const fields: Field[] = [];
  walkFields(asked, readings, fact, (field, readers) => {
    if (field.required && readers.length > 0 && fact[field.name] === undefined) fields.push(field);
  });
  return fields;
};

/**
 * The inputs each fact must still state for this policy: the vocabulary's required inputs (the
 * choices, 评审成熟度) that an item open to this applicant reads, given the fact's earlier choices.
 * Everything else the API may leave out has a stated default (count, date, a flag). Remembered per
 * fact state: the walk allocated two thirds of what checking a typical evaluate request does, on
 * every request (docs/security.md, load).
 */
export const missingInputs = (policy: Policy, applicant: Applicant, facts: readonly Fact[]): MissingInputs[] =>
  facts.flatMap((fact, index) => {
    const ft = factTypeIndex.get(fact.type);
    if (!ft) return [];
    const reading = typeReading(policy, applicant, ft);
    if (reading.fields.length === 0) return [];
    const state = stateOf(reading.fields, fact);
    let fields = state === undefined ? undefined : reading.missing.get(state);
    if (!fields) {
      fields = walkMissing(reading, fact);
      if (state !== undefined) reading.missing.set(state, fields);
    }
    return fields.length > 0 ? [{ fact: index, type: ft.type, fields }] : [];
  });
