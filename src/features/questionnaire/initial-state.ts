/**
 * The questionnaire's starting answers: those in the address (?s=, the share codec's format) when
 * it holds valid ones, else a blank form dated today. A link made for another policy keeps its
 * answers, so the same profile can be carried from one district to the next.
 */
import type { Policy } from "@/engine/types";
import { decodeState } from "@/lib/share/codec";
import type { CalcState } from "./calculator";
import { defaultApplicant } from "./derive-questionnaire";

export const initialState = (policy: Policy, encoded: string | undefined, today: string): { state: CalcState; notice?: string } => {
  const blank: CalcState = { asOf: today, applicant: defaultApplicant(policy), facts: [] };
  if (!encoded) return { state: blank };
  const decoded = decodeState(encoded);
  if (!decoded.ok) return { state: blank, notice: `${decoded.error}。已从空白问卷开始。` };
  const { asOf, applicant, facts } = decoded.state;
  return { state: { asOf, applicant, facts } };
};
