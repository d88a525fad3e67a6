import { price } from "./amount";
import { claimProblem, claimYear, factDate } from "./dates";
import { applicantDefaults } from "./defaults";
import { applyLimits, net, type Working } from "./limits";
import { addRange, range, ZERO } from "./money";
import { applicantMatches, attributeHolds, conditionHolds, factMatches } from "./match";
import { clauseRef, describeStep, renderTrace } from "./trace";
import type {
  Applicant,
  CalcStep,
  Dating,
  EvaluateInput,
  EvaluateOptions,
  Evaluation,
  Fact,
  FactMatch,
  IsoDate,
  Item,
  Line,
  Policy,
  Reason,
  Scalar,
  Unquantified,
} from "./types";
import { policyVersion } from "./version";

interface Compiled {
  byFactType: Map<string, Item[]>;
  items: Map<string, Item>;
}

const compiled = new WeakMap<Policy, Compiled>();

/** Index items by the fact types that trigger them, once per policy object. */
const compile = (policy: Policy): Compiled => {
  let c = compiled.get(policy);
  if (!c) {
    const byFactType = new Map<string, Item[]>();
    for (const item of policy.items) {
      for (const type of new Set(item.facts.map((f) => f.type))) {
        const list = byFactType.get(type);
        if (list) list.push(item);
        else byFactType.set(type, [item]);
      }
    }
    c = { byFactType, items: new Map(policy.items.map((i) => [i.id, i])) };
    compiled.set(policy, c);
  }
  return c;
};

/** Step 1 — is the policy in force, and may this applicant use it at all? */
const policyEligibility = (policy: Policy, applicant: Applicant, asOf: string): { inForce: boolean; reasons: Reason[] } => {
  const reasons: Reason[] = [];
  const { from, to, clause } = policy.effective;
  let inForce = true;
  if (asOf < from) {
    inForce = false;
    reasons.push({ code: "not-yet-in-force", clause, message: `计算日期 ${asOf} 早于政策生效日 ${from}，尚不能申请` });
  } else if (to !== null && asOf > to) {
    inForce = false;
    reasons.push({ code: "not-in-force", clause, message: `计算日期 ${asOf} 晚于政策有效期截止日 ${to}，政策已失效` });
  }
  if (!policy.applicants.kinds.includes(applicant.kind)) {
    reasons.push({
      code: "kind-not-covered",
      clause: policy.applicants.clause,
      message: `本政策适用对象不包括${applicant.kind === "individual" ? "个人" : "单位"}`,
    });
  }
  for (const ex of policy.exclusions) {
    if (applicantMatches(applicant, ex.when, applicantDefaults)) {
      reasons.push({ code: "excluded", clause: ex.clause, message: `${clauseRef(ex.clause)}：${ex.reason}` });
    }
  }
  return { inForce, reasons };
};

const wordFor = (v: Scalar | undefined): string => (v === true ? "是" : v === false ? "否" : v === undefined ? "未知" : String(v));

/** Step 2 — may this item pay for this fact? Returns why not, or null. */
const itemIneligibility = (item: Item, fact: Fact, applicant: Applicant): string | null => {
  const { who } = item;
  if (who.orgTypes && applicant.kind === "organization") {
    const orgType = (applicant.orgType ?? applicantDefaults.orgType) as string;
    if (!who.orgTypes.includes(orgType)) return `${clauseRef(who.clause ?? item.clause)}：本项只支持${who.quote ?? "特定类型的单位"}`;
  }
  for (const a of who.attributes ?? []) {
    if (attributeHolds(applicant, a, applicantDefaults)) continue;
    const assumed = applicant[a.attribute] === undefined ? `（未填写，按默认“${wordFor(applicantDefaults[a.attribute])}”计）` : "";
    return `${clauseRef(who.clause ?? item.clause)}：${a.requirement}${assumed}`;
  }
  for (const c of item.conditions ?? []) {
    if (!conditionHolds(fact, c)) return `${clauseRef(c.clause)}：${c.requirement}`;
  }
  return null;
};

/**
 * Why a fact's date lets it pay nothing under this policy, or null. The window sees the claim
 * (src/engine/dates.ts): a stock of 2022-12-31 is claimed in 2023, and not before. Before the window
 * opens, the reason also says what the text says of earlier achievements (which document covered them).
 */
const factDateProblem = (policy: Policy, date: IsoDate, dating: Dating | undefined, asOf: IsoDate): Reason | null => {
  const { from, to, retroactiveFrom, clause, earlier } = policy.effective;
  const start = retroactiveFrom ?? from;
  const problem = claimProblem(date, dating, start, to, asOf);
  if (!problem) return null;
  if (problem.kind === "after-as-of") return { code: "fact-after-as-of", message: `事项日期 ${date} 晚于计算日期 ${asOf}`, clause };
  const what = dating ? `${dating.label} ${date}，按次年 ${claimYear(date, dating)} 年申报，` : `事项日期 ${date} `;
  if (problem.kind === "not-yet-open") {
    return { code: "claim-not-yet-open", clause, message: `${what}${problem.claim} 起才能申报，计算日期 ${asOf} 尚不能申报` };
  }
  const window = to ? `不在政策适用期 ${start} 至 ${to} 内` : `早于政策适用期起始日 ${start}`;
  return { code: "fact-outside-window", clause, message: `${what}${window}${problem.before && earlier ? `。${earlier.text}` : ""}` };
};

/** A line's calculation, after the step that says when the fact is claimed if not on its date. */
const calcSteps = (date: IsoDate, dating: Dating | undefined, steps: CalcStep[]): CalcStep[] =>
  dating ? [{ kind: "claim", label: dating.label, date, year: claimYear(date, dating) }, ...steps] : steps;

/** Evaluate one applicant under one policy: eligibility, amount if eligible, then limits. Pure and deterministic. */
export const evaluate = (input: EvaluateInput, options: EvaluateOptions = {}): Evaluation => {
  const { policy, applicant, facts, asOf } = input;
  const explain = options.explain !== false;
  const { byFactType, items } = compile(policy);
  const { inForce, reasons } = policyEligibility(policy, applicant, asOf);
  const eligible = !reasons.some((r) => r.code === "excluded" || r.code === "kind-not-covered");
  const blocked = !inForce || !eligible;

  const lines: Line[] = [];
  const unquantified: Unquantified[] = [];
  const working: Working[] = [];

  facts.forEach((fact, factIndex) => {
    // Each item with the match that reads this fact: the match says how the item dates it.
    const matching: [Item, FactMatch][] = [];
    for (const item of byFactType.get(fact.type) ?? []) {
      const match = item.facts.find((m) => factMatches(fact, m));
      if (match) matching.push([item, match]);
    }
    // Items written for the other kind of applicant are alternatives, not failures (单位 50 万 / 个人 10 万).
    const candidates = matching.filter(([item]) => item.who.kinds.includes(applicant.kind));
    if (candidates.length === 0) {
      const who = applicant.kind === "individual" ? "个人" : "单位";
      reasons.push({
        code: "no-matching-item",
        fact: factIndex,
        message: matching.length
          ? `第 ${factIndex + 1} 项：本政策对该事项只支持${who === "个人" ? "单位" : "个人"}，不支持${who}`
          : `第 ${factIndex + 1} 项：本政策没有对应条款`,
      });
      return;
    }
    for (const [item, { dating }] of candidates) {
      // An item may date the fact its own way (于上一年度取得), so the window is checked per item.
      const date = factDate(fact.date, dating, asOf);
      const dateProblem = factDateProblem(policy, date, dating, asOf);
      if (dateProblem && !reasons.some((r) => r.fact === factIndex && r.message === dateProblem.message)) {
        reasons.push({ ...dateProblem, fact: factIndex });
      }
      const why = blocked ? null : itemIneligibility(item, fact, applicant);
      const priced = price(item, fact);
      // An item without a figure that this applicant could claim is listed as unquantified; one it
      // cannot claim still becomes a (zero) line below, so the reason is shown.
      if (priced.kind === "unquantified" && !blocked && !why && !dateProblem) {
        unquantified.push({
          item: item.id,
          clause: item.clause,
          title: item.title,
          label: item.label,
          fact: factIndex,
          why: priced.why,
          quote: item.quote,
        });
        continue;
      }
      const line: Line = {
        item: item.id,
        clause: item.clause,
        title: item.title,
        label: item.label,
        ...(item.payer ? { payer: item.payer } : {}),
        fact: factIndex,
        year: claimYear(date, dating),
        units: priced.kind === "priced" ? priced.units : 1,
        gross: priced.kind === "priced" ? priced.total : ZERO,
        min: 0,
        max: 0,
        status: "payable",
        notes: [],
        calc: explain ? calcSteps(date, dating, priced.kind === "priced" ? priced.steps : []) : [],
        quote: item.quote,
        ...(item.reading ? { reading: item.reading } : {}),
        ...(priced.kind !== "unquantified" && priced.nearMiss ? { nearMiss: priced.nearMiss } : {}),
      };
      if (blocked) {
        line.status = inForce ? "ineligible" : "outside-window";
        if (explain) line.notes.push(reasons.filter((r) => r.fact === undefined).map((r) => r.message).join("；"));
      } else if (dateProblem) {
        line.status = "outside-window";
        if (explain) line.notes.push(dateProblem.message);
      } else if (why) {
        line.status = "ineligible";
        if (explain) line.notes.push(why);
      } else if (priced.kind !== "priced") {
        line.status = "ineligible";
        if (explain) line.notes.push(`${clauseRef(item.clause)}：${priced.kind === "below-threshold" ? priced.why : "—"}`);
      } else {
        if (explain && line.calc[0]?.kind === "claim") line.notes.push(describeStep(line.calc[0]));
        working.push({ line, index: lines.length, perUnit: priced.perUnit, kept: priced.units });
      }
      lines.push(line);
    }
  });

  const adjustments = applyLimits(policy.limits, { working, facts, applicant, items, explain });

  let total = ZERO;
  for (const w of working) {
    const r = w.kept > 0 ? net(w) : ZERO;
    w.line.min = r.min;
    w.line.max = r.max;
    total = addRange(total, r);
    w.line.status =
      r.max === 0 && w.line.gross.max > 0 ? "dropped" : r.max < w.line.gross.max || r.min < w.line.gross.min ? "reduced" : "payable";
  }

  const notes = explain ? policy.notes.map((n) => `${clauseRef(n.clause)}：${n.text}`) : [];
  const result: Evaluation = {
    policy: policy.id,
    asOf,
    inForce,
    eligible,
    reasons,
    lines,
    adjustments,
    unquantified,
    notes,
    total: range(total.min, total.max),
    policyVersion: policyVersion(policy),
  };
  if (explain && options.trace !== false) result.trace = renderTrace(policy, result);
  return result;
};
