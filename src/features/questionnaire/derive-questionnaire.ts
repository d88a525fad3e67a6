/**
 * What to ask, derived from the chosen policy: only the fact types its items pay for (for this kind
 * of applicant), only the inputs those items read, and for each choice only the options they pay
 * for. Choices cascade in vocabulary order — 奖项 decides whether 等级 is asked and which grades are
 * offered — so a clerk never sees a question the policy does not care about.
 */
import { applicantDefaults, clauseRef, factDate } from "@/engine";
import type { Applicant, Dating, Fact, FactGroup, FactMatch, FactType, Item, Policy, Scalar } from "@/engine/types";
import { applicantFields, factFields, policyDating, type Field } from "@/lib/validation/fields";
import { factGroups, factTypeIndex, factTypes } from "@policies/vocabulary";

/** One way an item reads a fact type: the item, its match for that type, and the inputs it reads. */
interface Reading {
  item: Item;
  match: FactMatch;
  reads: Set<string>;
}

export interface FactForm {
  type: string;
  label: string;
  hint?: string;
  /** The policy's own headings that pay for this fact, after their articles: 第五条 政府质量奖. */
  clauses: string[];
  /** Set where this policy claims the fact the year after its date: the date field asks for that date. */
  dating?: Dating;
  fields: Field[];
  readings: Reading[];
}

export interface FactGroupForm {
  group: FactGroup;
  label: string;
  forms: FactForm[];
}

const asArray = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

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

const itemApplies = (item: Item, applicant: Applicant): boolean => {
  if (!item.who.kinds.includes(applicant.kind)) return false;
  if (applicant.kind !== "organization" || !item.who.orgTypes) return true;
  return item.who.orgTypes.includes(String(applicant.orgType ?? applicantDefaults.orgType));
};

/** "第五条 政府质量奖": each heading once, after the articles it sits in (sub-clauses folded into their article). */
const clauseSummary = (items: Item[]): string[] => {
  const byTitle = new Map<string, Set<string>>();
  for (const i of items) {
    const article = /^第[^条]+条/.exec(i.clause)?.[0] ?? clauseRef(i.clause);
    byTitle.set(i.title, (byTitle.get(i.title) ?? new Set()).add(article));
  }
  return [...byTitle].map(([title, articles]) => `${[...articles].join("、")} ${title}`);
};

const factForm = (policy: Policy, ft: FactType, items: Item[]): FactForm | null => {
  const readings: Reading[] = items.flatMap((item) =>
    item.facts.filter((m) => m.type === ft.type).map((match) => ({ item, match, reads: readsOf(policy, item, match, ft) })),
  );
  if (readings.length === 0) return null;
  const read = new Set(readings.flatMap((r) => [...r.reads]));
  const dating = policyDating(policy, ft.type);
  return {
    type: ft.type,
    label: ft.label,
    ...(ft.hint ? { hint: ft.hint } : {}),
    clauses: clauseSummary(readings.map((r) => r.item)),
    ...(dating ? { dating } : {}),
    fields: factFields(ft, dating).filter((f) => read.has(f.name)),
    readings,
  };
};

/** The fact types this policy pays for, for this applicant, grouped the way a company thinks of them. */
export const deriveFactGroups = (policy: Policy, applicant: Applicant): FactGroupForm[] => {
  const items = policy.items.filter((i) => itemApplies(i, applicant));
  const forms = factTypes.map((ft) => factForm(policy, ft, items)).filter((f): f is FactForm => f !== null);
  return (Object.keys(factGroups) as FactGroup[])
    .map((group) => ({ group, label: factGroups[group], forms: forms.filter((f) => factTypeIndex.get(f.type)?.group === group) }))
    .filter((g) => g.forms.length > 0);
};

// ---------------------------------------------------------------- cascading fields of one fact

/** Readings still possible given the choices made in the fields before this one. */
const consistent = (readings: Reading[], fact: Fact, chosen: string[]) =>
  readings.filter((r) => chosen.every((k) => r.match.where?.[k] === undefined || asArray(r.match.where[k]!).includes(fact[k]!)));

/** Only the options some reading pays for; all of them when a condition or limit reads the choice. */
const offered = (field: Field, readers: Reading[]): Field["options"] => {
  const anyValue = readers.some((r) => r.match.where?.[field.name] === undefined);
  if (anyValue) return field.options;
  const wanted = new Set(readers.flatMap((r) => asArray(r.match.where![field.name]!)));
  return field.options?.filter((o) => wanted.has(o.value));
};

/** A requirement (须为首次取得) starts ticked: the clerk is stating the thing the clause pays for. A distinguishing feature (强制性) starts unticked. */
const booleanDefault = (name: string, readers: Reading[]): boolean =>
  readers.every((r) => r.match.where?.[name] === undefined && r.item.conditions?.some((c) => c.input === name && c.op === "eq" && c.value === true));

/**
 * Where a new field starts: today (for a stock, the year end before it), one unit, the requirement
 * met; amounts and measures stay blank to be typed.
 */
const defaultValue = (form: FactForm, field: Field, readers: Reading[], today: string): Scalar | undefined => {
  if (field.type === "boolean") return booleanDefault(field.name, readers);
  if (field.name === "date") return factDate(undefined, form.dating, today);
  if (field.name === "count" && factTypeIndex.get(form.type)?.count?.meaning === "multiplicity") return 1;
  return undefined;
};

/** Whether a blank amount still yields a figure depends on the clause: a capped share is estimated at its cap. */
const amountHint = (readers: Reading[]): string =>
  readers.every((r) => r.item.amount.kind === "share" && r.item.amount.cap !== undefined)
    ? "不填时按条文上限估算（确定部分计 0）"
    : "填写后才能算出金额";

const walk = (form: FactForm, fact: Fact, fix: boolean, today: string): { fields: Field[]; fact: Fact } => {
  const out: Fact = { ...fact };
  const fields: Field[] = [];
  const chosen: string[] = [];
  for (const field of form.fields) {
    const readers = consistent(form.readings, out, chosen).filter((r) => r.reads.has(field.name));
    if (readers.length === 0) {
      if (fix) delete out[field.name];
      continue;
    }
    const resolved: Field = { ...field };
    if (field.type === "enum") {
      resolved.options = offered(field, readers);
      chosen.push(field.name);
      if (fix && !resolved.options?.some((o) => o.value === out[field.name])) {
        const first = resolved.options?.[0]?.value;
        if (first === undefined) delete out[field.name];
        else out[field.name] = first;
      }
    } else if (fix && out[field.name] === undefined) {
      const v = defaultValue(form, field, readers, today);
      if (v !== undefined) out[field.name] = v;
    }
    if (field.name === "amount") resolved.hint = amountHint(readers);
    fields.push(resolved);
  }
  return { fields, fact: out };
};

/** The fields to show for this fact as it stands, with the options its earlier choices leave open. */
export const fieldsFor = (form: FactForm, fact: Fact): Field[] => walk(form, fact, false, "").fields;

/**
 * The fact after an edit: every shown choice holds an offered option, hidden inputs are dropped (so
 * they cannot pay silently), and new fields start at their defaults (today, one unit).
 */
export const normalizeFact = (form: FactForm, fact: Fact, today: string): Fact => walk(form, fact, true, today).fact;

export const newFact = (form: FactForm, today: string): Fact => normalizeFact(form, { type: form.type }, today);

// ---------------------------------------------------------------- applicant

/**
 * Applicant questions, asked first: the kind (if the policy serves both), then the organisation
 * type (if any clause depends on it), then the attributes the policy's exclusions test.
 */
export const applicantQuestions = (policy: Policy, applicant: Applicant): Field[] => {
  const asked = new Set<string>();
  // Also asked when an opened link states a kind the policy does not serve, so it can be corrected.
  const kinds = policy.applicants.kinds;
  if (kinds.length > 1 || !kinds.includes(applicant.kind)) asked.add("kind");
  if (applicant.kind === "organization" && policy.items.some((i) => i.who.orgTypes)) asked.add("orgType");
  for (const ex of policy.exclusions) {
    if (ex.when.kind && !ex.when.kind.includes(applicant.kind)) continue;
    for (const key of Object.keys(ex.when)) if (key !== "kind") asked.add(key);
  }
  return applicantFields
    .filter((f) => asked.has(f.name))
    .map((f) => (f.name === "kind" ? { ...f, options: f.options?.filter((o) => kinds.includes(o.value as Applicant["kind"]) || o.value === applicant.kind) } : f));
};

/** Keeps only what is asked, so an attribute of a hidden question cannot change the result unseen. */
export const normalizeApplicant = (policy: Policy, applicant: Applicant): Applicant => {
  const asked = new Set(applicantQuestions(policy, applicant).map((f) => f.name));
  return Object.fromEntries(Object.entries(applicant).filter(([k]) => k === "kind" || asked.has(k))) as Applicant;
};

/** A new applicant: the first kind the policy serves, everything else at the engine's defaults. */
export const defaultApplicant = (policy: Policy): Applicant => ({ kind: policy.applicants.kinds[0]! });
