/**
 * The questionnaire's starting answers: those in the address (?s=, the share codec's format,
 * unfinished entries included) when it holds valid ones, else a blank form dated today. A link
 * made for another policy keeps its answers, so the same profile can be carried from one district
 * to the next.
 */
import { factDate } from "@/engine";
import type { Applicant, Fact, Policy } from "@/engine/types";
import { decodeDraft, encodeDraft } from "@/lib/share/codec";
import { policyDating } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";
import { addButtonId, factAnchor } from "./anchors";
import { defaultApplicant, deriveFactGroups, newFact } from "./derive-questionnaire";

export interface CalcState {
  /** Blank while the clerk has cleared the calculation date: nothing is computed then. */
  asOf: string | undefined;
  applicant: Applicant;
  facts: Fact[];
  /** Positions of the facts not yet finished: they are shown as they stand and pay nothing. */
  incomplete: number[];
}

/**
 * A finished fact from a link means what the API makes of it: a missing count is one unit (zero
 * for a measure), a missing date the calculation date (for a fact this policy claims the year after
 * its date, the year end before it: factDate). The form shows those values rather than blanks it
 * would have to report as 待补全.
 */
const withStatedDefaults = (policy: Policy, fact: Fact, asOf: string | undefined): Fact => {
  const count = factTypeIndex.get(fact.type)?.count;
  return {
    ...fact,
    ...(count && fact.count === undefined ? { count: count.meaning === "multiplicity" ? 1 : 0 } : {}),
    ...(asOf && fact.date === undefined ? { date: factDate(undefined, policyDating(policy, fact.type), asOf) } : {}),
  };
};

export const initialState = (policy: Policy, encoded: string | undefined, today: string): { state: CalcState; notice?: string } => {
  const blank: CalcState = { asOf: today, applicant: defaultApplicant(policy), facts: [], incomplete: [] };
  if (!encoded) return { state: blank };
  const decoded = decodeDraft(encoded);
  if (!decoded.ok) return { state: blank, notice: `${decoded.error}。已从空白问卷开始。` };
  const { asOf, applicant, facts, incomplete } = decoded.draft;
  return { state: { asOf, applicant, facts: facts.map((f, i) => (incomplete.includes(i) ? f : withStatedDefaults(policy, f, asOf))), incomplete } };
};

// ---------------------------------------------------------------- before the scripts run

/**
 * ＋ 事项 and 删除 are submit buttons of a GET form, so they work from the first paint, before the
 * page's scripts have loaded: the server applies the action to the answers in ?s= and sends the
 * browser to the new address. Once the scripts run, the same buttons act in place.
 */
export interface FormAction {
  add?: string;
  remove?: number;
}

export const readFormAction = (query: Record<string, string | string[] | undefined>): FormAction | undefined => {
  const { add, remove } = query;
  if (typeof add === "string") return { add };
  if (typeof remove === "string" && /^\d{1,3}$/.test(remove)) return { remove: Number(remove) };
  return undefined;
};

/** The address after the action, with the part of the page to show; the unchanged answers when the action does not apply. */
export const addressAfter = (policy: Policy, state: CalcState, action: FormAction): string => {
  const at = (s: CalcState, hash = "") => `/calc/${policy.id}?s=${encodeDraft({ policy: policy.id, ...s })}${hash}`;
  const form = deriveFactGroups(policy, state.applicant)
    .flatMap((g) => g.forms)
    .find((f) => f.type === action.add);
  if (form) {
    const added = state.facts.length;
    return at({ ...state, facts: [...state.facts, newFact(form)], incomplete: [...state.incomplete, added] }, `#${factAnchor(added)}`);
  }
  const gone = action.remove;
  if (gone === undefined || gone >= state.facts.length) return at(state);
  const type = state.facts[gone]!.type;
  return at(
    {
      ...state,
      facts: state.facts.filter((_, i) => i !== gone),
      incomplete: state.incomplete.filter((i) => i !== gone).map((i) => (i > gone ? i - 1 : i)),
    },
    `#${addButtonId(type)}`,
  );
};
