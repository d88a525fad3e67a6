/**
 * What a policy reads of an applicant: the attributes its exclusions and clauses test, and for each
 * fact type each input its items look at (to match, to check a condition, to price), with the
 * items that read it. The template writes only these columns and options; an upload's blank cell
 * matters only where one of these readings looks at it (unstated.ts).
 */
import type { FactMatch, InputOption, Item, Policy, Scalar } from "@/engine/types";
import { factFields, type Field } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";

export interface Reading {
  item: Item;
  match: FactMatch;
}

export interface InputReading {
  field: Field;
  readers: Reading[];
}

export interface PolicyReadings {
  /** Applicant attributes (other than 申请主体) an exclusion or a clause's organisation types test. */
  attributes: ReadonlySet<string>;
  /** Fact type → input name → the field and the items that read it, in vocabulary order. */
  inputs: ReadonlyMap<string, ReadonlyMap<string, InputReading>>;
}

export const asArray = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** The inputs one item reads of a fact it matches, as the engine's match, conditions, limits and pricing do, and those every row must state. */
const readsOf = (policy: Policy, item: Item, match: FactMatch): Set<string> => {
  const ft = factTypeIndex.get(match.type)!;
  // A required input is read in the sense that matters here: a row without it is refused.
  const reads = new Set<string>(["date", ...Object.keys(match.where ?? {}), ...factFields(ft).flatMap((f) => (f.required ? [f.name] : []))]);
  for (const c of item.conditions ?? []) reads.add(c.input);
  for (const l of policy.limits) if (l.kind === "revisionShare" && l.items.includes(item.id)) reads.add(l.when.input);
  const a = item.amount;
  if (ft.count && (a.kind === "tiers" || ((a.kind === "fixed" || a.kind === "upTo" || a.kind === "share") && !item.once))) reads.add("count");
  if (ft.amount && a.kind === "share") reads.add("amount");
  if (a.kind === "share" && a.capInput) reads.add(a.capInput.input);
  return reads;
};

const known = new WeakMap<Policy, PolicyReadings>();

export const policyReadings = (policy: Policy): PolicyReadings => {
  const had = known.get(policy);
  if (had) return had;
  const attributes = new Set<string>();
  for (const ex of policy.exclusions) for (const key of Object.keys(ex.when)) if (key !== "kind") attributes.add(key);
  if (policy.items.some((i) => i.who.orgTypes)) attributes.add("orgType");
  const inputs = new Map<string, Map<string, InputReading>>();
  for (const item of policy.items) {
    for (const match of item.facts) {
      const reads = readsOf(policy, item, match);
      const byName = inputs.get(match.type) ?? new Map<string, InputReading>();
      for (const field of factFields(factTypeIndex.get(match.type)!)) {
        if (!reads.has(field.name)) continue;
        const r = byName.get(field.name) ?? { field, readers: [] };
        r.readers.push({ item, match });
        byName.set(field.name, r);
      }
      inputs.set(match.type, byName);
    }
  }
  // Vocabulary order, as the questionnaire and the template list fact types and inputs.
  const ordered = new Map(
    [...factTypeIndex.keys()].flatMap((type) => {
      const byName = inputs.get(type);
      if (!byName) return [];
      const fields = factFields(factTypeIndex.get(type)!);
      return [[type, new Map(fields.flatMap((f) => (byName.has(f.name) ? [[f.name, byName.get(f.name)!] as const] : [])))] as const];
    }),
  );
  const readings = { attributes, inputs: ordered };
  known.set(policy, readings);
  return readings;
};

/** The options of a choice that some item can use: those its matches name, or all of them when an item reads the choice otherwise. */
export const usableOptions = ({ field, readers }: InputReading): InputOption[] | undefined => {
  if (!field.options) return undefined;
  if (readers.some((r) => r.match.where?.[field.name] === undefined)) return field.options;
  const wanted = new Set(readers.flatMap((r) => asArray(r.match.where![field.name]!)));
  return field.options.filter((o) => wanted.has(o.value));
};
