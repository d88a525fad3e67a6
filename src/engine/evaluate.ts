import { newPrice } from "./amount";
import { candidatesFor, compile, type CompiledPolicy, type Window } from "./compile";
import { claimProblem, claimYear, dayOf, factDate } from "./dates";
import { applyLimits } from "./limits";
import { range, ZERO } from "./money";
import { clauseRef, describeStep, renderTrace } from "./trace";
import type { Applicant, CalcStep, Dating, EvaluateInput, EvaluateOptions, Evaluation, IsoDate, Line, Reason, Unquantified } from "./types";

/** Step 1 — is the policy in force, and may this applicant use it at all? Reasons go into `reasons`. */
const policyEligibility = ({ policy, window, kinds, exclusions }: CompiledPolicy, applicant: Applicant, asOf: string, reasons: Reason[]) => {
  const { from, to, clause } = window;
  let inForce = true;
  let eligible = true;
  if (asOf < from) {
    inForce = false;
    reasons.push({ code: "not-yet-in-force", clause, message: `计算日期 ${asOf} 早于政策生效日 ${from}，尚不能申请` });
  } else if (to !== null && asOf > to) {
    inForce = false;
    reasons.push({ code: "not-in-force", clause, message: `计算日期 ${asOf} 晚于政策有效期截止日 ${to}，政策已失效` });
  }
  if (!kinds.includes(applicant.kind)) {
    eligible = false;
    reasons.push({
      code: "kind-not-covered",
      clause: policy.applicants.clause,
      message: `本政策适用对象不包括${applicant.kind === "individual" ? "个人" : "单位"}`,
    });
  }
  for (let e = 0; e < exclusions.length; e++) {
    const ex = exclusions[e]!;
    if (!ex.applies(applicant)) continue;
    eligible = false;
    reasons.push({ code: "excluded", clause: ex.clause, message: ex.message });
  }
  return { inForce, eligible };
};

/**
 * Why a fact's date lets it pay nothing under this policy, naming the fact, or null. The window
 * sees the claim (src/engine/dates.ts): a stock of 2022-12-31 is claimed in 2023, and not before.
 * Before the window opens, the reason also says what the text says of earlier achievements (which
 * document covered them).
 */
const factDateProblem = (window: Window, date: IsoDate, dating: Dating | undefined, asOf: IsoDate, fact: number): Reason | null => {
  const { to, start, clause, earlier } = window;
  const problem = claimProblem(date, dating, start, to, asOf);
  if (!problem) return null;
  if (problem.kind === "after-as-of") return { code: "fact-after-as-of", message: `事项日期 ${date} 晚于计算日期 ${asOf}`, clause, fact };
  const what = dating ? `${dating.label} ${date}，按次年 ${claimYear(date, dating)} 年申报，` : `事项日期 ${date} `;
  if (problem.kind === "not-yet-open") {
    return { code: "claim-not-yet-open", clause, message: `${what}${problem.claim} 起才能申报，计算日期 ${asOf} 尚不能申报`, fact };
  }
  const outside = to ? `不在政策适用期 ${start} 至 ${to} 内` : `早于政策适用期起始日 ${start}`;
  return { code: "fact-outside-window", clause, message: `${what}${outside}${problem.before && earlier ? `。${earlier}` : ""}`, fact };
};

/** Where a line's calculation starts: the step that says when the fact is claimed, if not on its date. */
const firstSteps = (date: IsoDate, dating: Dating | undefined): CalcStep[] =>
  dating ? [{ kind: "claim", label: dating.label, date, year: claimYear(date, dating) }] : [];

/** Words for one fact number, built once: every cohort profile has a first fact, most a second. */
const perFact = (words: (n: number) => string) => {
  const built: string[] = [];
  return (f: number): string => (f < 64 ? (built[f] ??= words(f + 1)) : words(f + 1));
};
const noItem = perFact((n) => `第 ${n} 项：本政策没有对应条款`);
const onlyOrganizations = perFact((n) => `第 ${n} 项：本政策对该事项只支持单位，不支持个人`);
const onlyIndividuals = perFact((n) => `第 ${n} 项：本政策对该事项只支持个人，不支持单位`);

/** No dating seen yet for this fact (undefined is a dating: the fact's own date). */
const UNSEEN: Dating = { claimed: "next-year", label: "", hint: "" };

/**
 * The figures-only path writes no words: its lines share these empty lists (frozen, so a write
 * meant for a line with words fails loudly instead of reaching every line).
 */
const NO_NOTES = Object.freeze([]) as unknown as string[];
const NO_STEPS = Object.freeze([]) as unknown as CalcStep[];

/** The record every fact is priced into: evaluation is synchronous, so one serves all of them. */
const price = newPrice();

/**
 * Evaluate one applicant under one policy: eligibility, amount if eligible, then limits. Pure and
 * deterministic. The policy is compiled on first use (see compile.ts). With `explain: false` no
 * words are built and nothing is allocated per line beyond the line itself.
 */
export const evaluate = (input: EvaluateInput, options: EvaluateOptions = {}): Evaluation => {
  const { policy, applicant, facts, asOf } = input;
  const { kind } = applicant;
  const organization = kind === "organization";
  const explain = options.explain !== false;
  const compiled = compile(policy);
  const reasons: Reason[] = [];
  const { inForce, eligible } = policyEligibility(compiled, applicant, asOf, reasons);
  const blocked = !inForce || !eligible;

  const lines: Line[] = [];
  const unquantified: Unquantified[] = [];
  const ledger = compiled.ledger;
  ledger.clear();
  const { startDay, toDay } = compiled.window;
  const asOfDay = dayOf(asOf);

  for (let f = 0; f < facts.length; f++) {
    const fact = facts[f]!;
    let matched = false;
    let claimed = false;
    // The fact's date as the last item dated it: items of one fact almost always date it alike.
    let dating: Dating | undefined = UNSEEN;
    let date = "";
    let year = 0;
    let dateProblem: Reason | null = null;
    const candidates = candidatesFor(compiled, fact);
    for (let t = 0; t < candidates.length; t++) {
      const trigger = candidates[t]!;
      // The match that reads the fact says how the item dates it.
      const reading = trigger.match(fact);
      if (!reading) continue;
      matched = true;
      // Items written for the other kind of applicant are alternatives, not failures (单位 50 万 / 个人 10 万).
      if (!(organization ? trigger.organizations : trigger.individuals)) continue;
      claimed = true;
      if (reading.dating !== dating) {
        // An item may date the fact its own way (于上一年度取得), so the window is checked per item.
        dating = reading.dating;
        date = factDate(fact.date, dating, asOf);
        // Most facts are dated on their own date, inside the window and by the calculation date: as numbers, that is three comparisons.
        const day = dating ? -1 : dayOf(date);
        if (day >= startDay && day <= toDay && day <= asOfDay) {
          year = Math.floor(day / 10_000);
          dateProblem = null;
        } else {
          year = claimYear(date, dating);
          dateProblem = factDateProblem(compiled.window, date, dating, asOf, f);
          const message = dateProblem?.message;
          if (dateProblem && !reasons.some((r) => r.fact === f && r.message === message)) reasons.push(dateProblem);
        }
      }
      const ci = trigger.item;
      const why = blocked || !ci.ineligible ? null : ci.ineligible(fact, applicant);
      const steps = explain ? firstSteps(date, dating) : null;
      ci.price(fact, price, steps);
      // An item without a figure that this applicant could claim is listed as unquantified; one it
      // cannot claim still becomes a (zero) line below, so the reason is shown.
      if (price.kind === "unquantified" && !blocked && !why && !dateProblem) {
        unquantified.push({ item: ci.id, clause: ci.clause, title: ci.title, label: ci.label, fact: f, why: price.why, quote: ci.quote });
        continue;
      }
      const priced = price.kind === "priced";
      const units = priced ? price.units : 1;
      const gross = priced ? range(price.perMin * units, price.perMax * units) : ZERO;
      // Pricing writes its steps only for a priced line.
      const calc = steps ?? NO_STEPS;
      const notes = explain ? [] : NO_NOTES;
      const line: Line = ci.payer
        ? { item: ci.id, clause: ci.clause, title: ci.title, label: ci.label, payer: ci.payer, fact: f, year, units, gross, min: 0, max: 0, status: "payable", notes, calc, quote: ci.quote }
        : { item: ci.id, clause: ci.clause, title: ci.title, label: ci.label, fact: f, year, units, gross, min: 0, max: 0, status: "payable", notes, calc, quote: ci.quote };
      if (ci.reading) line.reading = ci.reading;
      if (price.kind !== "unquantified" && price.nearMiss) line.nearMiss = price.nearMiss;
      if (blocked) {
        line.status = inForce ? "ineligible" : "outside-window";
        if (explain) line.notes.push(reasons.filter((r) => r.fact === undefined).map((r) => r.message).join("；"));
      } else if (dateProblem) {
        line.status = "outside-window";
        if (explain) line.notes.push(dateProblem.message);
      } else if (why) {
        line.status = "ineligible";
        if (explain) line.notes.push(why);
      } else if (!priced) {
        line.status = "ineligible";
        if (explain) line.notes.push(`${clauseRef(ci.clause)}：${price.kind === "below-threshold" ? price.why : "—"}`);
      } else {
        if (explain && calc[0]?.kind === "claim") line.notes.push(describeStep(calc[0]));
        ledger.add(line, lines.length, ci, f, year, price.perMin, price.perMax, units);
      }
      lines.push(line);
    }
    if (!claimed) {
      const message = !matched ? noItem(f) : kind === "individual" ? onlyOrganizations(f) : onlyIndividuals(f);
      reasons.push({ code: "no-matching-item", fact: f, message });
    }
  }

  // Every evaluation hands its lines over, none or many: a cohort keeps them member by member (relimit.ts).
  options.beforeLimits?.(ledger);
  const adjustments = applyLimits(compiled.limits, ledger, facts, kind, explain);

  let min = 0;
  let max = 0;
  for (let i = 0; i < ledger.n; i++) {
    const line = ledger.line[i]!;
    const paid = ledger.kept[i]! > 0;
    line.min = paid ? ledger.netMin(i) : 0;
    line.max = paid ? ledger.netMax(i) : 0;
    min += line.min;
    max += line.max;
    line.status =
      line.max === 0 && line.gross.max > 0 ? "dropped" : line.max < line.gross.max || line.min < line.gross.min ? "reduced" : "payable";
  }
  const result: Evaluation = {
    policy: policy.id,
    asOf,
    inForce,
    eligible,
    reasons,
    lines,
    adjustments,
    unquantified,
    notes: explain ? policy.notes.map((n) => `${clauseRef(n.clause)}：${n.text}`) : [],
    total: range(min, max),
    policyVersion: compiled.version,
  };
  if (explain && options.trace !== false) result.trace = renderTrace(policy, result);
  return result;
};
