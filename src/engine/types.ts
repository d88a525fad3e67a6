/**
 * The rule language. A policy is data written in these types; the engine interprets it.
 * Nothing here knows about any particular district: amounts, caps and conditions live in `policies/`.
 *
 * Money is always integer yuan (元). Dates are ISO `YYYY-MM-DD` strings, compared as strings.
 */
import type { Ledger } from "./limits";

export type Yuan = number;
export type IsoDate = string;
export type Scalar = string | number | boolean;

/** Where a number or rule comes from: the clause label as the policy writes it and the verbatim sentence. */
export interface Source {
  clause: string;
  quote: string;
  /** Where a reasonable reader could take the text two ways: the reading chosen and why. */
  reading?: string;
}

// ---------------------------------------------------------------- facts

export type FactGroup =
  | "quality-awards"
  | "brand-certification"
  | "standards"
  | "intellectual-property"
  | "testing-metrology"
  | "talent"
  | "finance-insurance";

export type InputKind = "enum" | "boolean" | "int" | "yuan" | "percent";

export interface InputOption {
  value: string;
  label: string;
}

export interface FactInput {
  name: string;
  kind: InputKind;
  label: string;
  unit?: string;
  hint?: string;
  options?: InputOption[];
  /** Upper bound for int / yuan inputs: anything larger is refused as implausible. */
  max?: number;
  required?: boolean;
}

export interface FactType {
  type: string;
  label: string;
  group: FactGroup;
  hint?: string;
  /**
   * What `count` means for this fact. `multiplicity`: how many identical things (projects, persons,
   * certificates); every item the fact triggers is paid per unit. `measure`: a quantity read by a
   * tier (e.g. high-value patents held at year end); the item is paid once.
   */
  count?: { meaning: "multiplicity" | "measure"; label: string; unit: string };
  /** What `amount` means (a base such as premium paid or the higher-level award received). */
  amount?: { label: string };
  /** Set where the date is not the day of the claim (a stock at a year end): see `Dating`. */
  dating?: Dating;
  inputs: FactInput[];
}

/**
 * A fact whose date is not the day it is claimed. `next-year`: the date is a stock at a past date or
 * an event of one year (上一年度末拥有…, 于上一年度取得…), and the claim it supports is made in the
 * calendar year after it. That claim year, not the date, is what the window and the per-year limits
 * see (src/engine/dates.ts). A fact without a dating is claimed on its own date.
 */
export interface Dating {
  claimed: "next-year";
  /** What the date is, in the questionnaire's words: 存量日期, 取得日期. */
  label: string;
  /** What to enter: 填上一年度的 12 月 31 日. */
  hint: string;
}

export interface Fact {
  type: string;
  date?: IsoDate;
  count?: number;
  amount?: Yuan;
  [input: string]: Scalar | undefined;
}

// ---------------------------------------------------------------- applicants

export type ApplicantKind = "organization" | "individual";

export interface Applicant {
  kind: ApplicantKind;
  orgType?: string;
  fundedBy?: string;
  budgetLevel?: string;
  creditGood?: boolean;
  seriousViolation?: boolean;
  [attribute: string]: Scalar | undefined;
}

/** Every listed attribute must hold one of the listed values (absent attributes take the vocabulary default). */
export type ApplicantPredicate = Record<string, Scalar[]>;

// ---------------------------------------------------------------- amounts

/** A percentage range. `min` is what the text fixes; `max` the most it allows (一定比例 → 0..100). */
export interface Percent {
  min: number;
  max: number;
}

export type AmountRule =
  /** 给予 50 万元 */
  | { kind: "fixed"; yuan: Yuan }
  /** 最高 / 不超过 / 不高于 */
  | { kind: "upTo"; yuan: Yuan }
  /** 按实际支出的 70%，最高 50 万元; 按市级奖励金额的 100% 配套; 一定比例且不超过 5 万元 */
  | {
      kind: "share";
      base: "amount";
      baseLabel: string;
      percent: Percent;
      cap?: Yuan;
      /** A second ceiling read from another input of the fact (总额不超过中介服务机构服务所得). */
      capInput?: { input: string; label: string };
    }
  /** 10 件(含)以上 20 件以下 … ; `from` inclusive, `below` exclusive, as the text states */
  | { kind: "tiers"; measure: "count"; unit: string; tiers: Tier[] }
  /** 一定的匹配资金、按规定执行: a payment without a stated figure */
  | { kind: "unstated"; why: string }
  /** support without money (directions, honours, services) */
  | { kind: "none"; why: string };

export interface Tier {
  from: number;
  below?: number;
  label: string;
  amount: { kind: "fixed" | "upTo"; yuan: Yuan };
}

// ---------------------------------------------------------------- items

export interface FactMatch {
  type: string;
  /** Every listed input must equal (one of) the value(s). A missing boolean input counts as false. */
  where?: Record<string, Scalar | Scalar[]>;
  /**
   * How this item dates the fact, where not on the claim day. Written in the data where the item's
   * text says so (光明区（二十四）“于上一年度取得”); otherwise taken from the fact type when the policy is
   * parsed (policies/schema.ts), so the engine reads it here and nowhere else.
   */
  dating?: Dating;
}

/** A condition on the triggering fact's own inputs, e.g. maturity ≥ 40%, loan repaid last year. */
export interface Condition extends Source {
  input: string;
  /** `gte`: at least (以上 includes the number); `lt`: below; `eq`: equals (missing boolean = false) */
  op: "gte" | "lt" | "eq";
  value: Scalar;
  /** What the applicant must have, in words, shown when the condition fails. */
  requirement: string;
}

export interface Who extends Partial<Source> {
  kinds: ApplicantKind[];
  orgTypes?: string[];
  /** What the clause requires of the applicant itself (长宁区 16: 中小企业 → `sme` = true). */
  attributes?: AttributeCondition[];
}

/**
 * A condition on an applicant attribute. An attribute the applicant did not state takes the
 * questionnaire's default (src/engine/defaults.ts); a line that fails says what is required and,
 * where the answer was missing, which default decided it.
 */
export interface AttributeCondition {
  attribute: string;
  value: Scalar;
  /** What the applicant must be, in words, shown when the condition fails: 须为中小企业. */
  requirement: string;
}

/** A level of government: who pays (临沂市's handbook) or the level of an honour (国家级、市级). */
export type GovernmentLevel = "national" | "provincial" | "city" | "district";

export type Payer = GovernmentLevel;

export interface Item extends Source {
  id: string;
  /** The policy's own heading for the clause, e.g. "标准制修订". */
  title: string;
  /** What exactly this item pays for, in the policy's words, e.g. "制定国家标准 第一起草单位". */
  label: string;
  facts: FactMatch[];
  who: Who;
  amount: AmountRule;
  /** Unit for per-unit payment display: 件、人、项、个国家 … (paid per unit when the fact counts multiplicity). */
  unit?: string;
  /** Paid once per fact however many units it counts (对聘请…的组织，给予最高 1 万元). */
  once?: boolean;
  conditions?: Condition[];
  payer?: Payer;
  /**
   * The level of the honour the item pays for, where a highest-only rule ranks by level
   * (`by: "level"`, 金山区 第二十三条（二）). 上海市 is a provincial-level city: its 市级 is `provincial`.
   */
  level?: GovernmentLevel;
}

// ---------------------------------------------------------------- limits

export type LimitScope = "year" | "policy";

export type Limit = Source & { id: string; label: string } & (
    | {
        /** 就高不重复 / 就高不就低: keep only the best line (or, `by: "level"`, the highest level) among these items. */
        kind: "highestOnly";
        items: string[];
        per: LimitScope;
        kinds?: ApplicantKind[];
        /**
         * What "highest" means. Absent: the line that pays most (按照最高奖励额), one line per group.
         * `level`: the text ranks by the honour's level (同一项目不同级别的荣誉…给予更高级别的奖励后，
         * 不再对低级别的进行奖励): every line of the highest level present is kept — two honours of
         * one level are not 不同级别 and both pay — and every line of a lower level is dropped, even
         * one that would pay more. Every item of the group then states its `level`.
         */
        by?: "level";
      }
    | {
        /** 不超过 N 个 / 累计不超过 N 次: keep the best N units among these items. */
        kind: "maxCount";
        items: string[];
        max: number;
        per: LimitScope;
        /**
         * With `per: "policy"`: also at most this many units in any one calendar year (每年给予…，
         * 累计资助不超过 3 次 → `max: 3, maxPerYear: 1`). One group, counted both ways.
         */
        maxPerYear?: number;
      }
    | {
        /**
         * 同一单位不得因同一事项重复享受政策, where the text does not say whether two clauses paying for one
         * fact are one matter: the authority decides. Lines of these items triggered by the same fact
         * keep their maximum (the most the text allows), but only the best single line stays certain.
         */
        kind: "sameMatter";
        items: string[];
      }
    | {
        /** 同一单位年度资助总额不超过 X 元 over a group of items. */
        kind: "groupCap";
        items: string[];
        cap: Yuan;
        per: "year";
      }
    | {
        /** 每家组织年度 … 最高不超过 X 元 over the whole policy. */
        kind: "policyCap";
        cap: Yuan;
        per: "year";
        kinds: ApplicantKind[];
      }
    | {
        /** 修订 … 不高于制定 … 上限的 N%: a revision pays at most a share of the formulation ceiling. */
        kind: "revisionShare";
        items: string[];
        percent: number;
        /** The fact input and value that mark a revision. */
        when: { input: string; value: Scalar };
      }
    | {
        /** Programme quotas the applicant cannot control (每年最多资助 10 家): shown as notes, never cuts. */
        kind: "quota";
        items: string[];
      }
  );

export type LimitKind = Limit["kind"];

// ---------------------------------------------------------------- policy

export interface Exclusion extends Source {
  id: string;
  when: ApplicantPredicate;
  reason: string;
}

export interface PolicyNote extends Source {
  id: string;
  text: string;
}

export interface Policy {
  id: string;
  name: string;
  shortName: string;
  region: string;
  issuer: string;
  docNumber?: string;
  published: IsoDate;
  /** File name under shared/policies/ holding the source text. */
  sourceFile: string;
  effective: Source & {
    from: IsoDate;
    to: IsoDate | null;
    /** Facts dated from here count even though the policy took effect later (Guangming 25). */
    retroactiveFrom?: IsoDate;
    /**
     * Achievements dated before the window opens: what the text says of them, and which earlier
     * document covered them where the text names one. Every registered policy states it (the schema
     * requires it); the engine adds `text` to the reason of a line dated before the window.
     */
    earlier?: Source & { text: string; document?: string };
  };
  applicants: Source & { kinds: ApplicantKind[] };
  exclusions: Exclusion[];
  items: Item[];
  limits: Limit[];
  notes: PolicyNote[];
  /**
   * How to claim, as the text states it. Every policy module has it; share links stored before it
   * existed replay policy data without it, so readers treat it as optional.
   */
  application?: Application;
}

// ---------------------------------------------------------------- next steps

/**
 * What a clerk asks once the amount is known. `department`, `timing`, `materials` and `contact`
 * must be answered for every item — by a step quoting the text, or by saying the text is silent.
 */
export type StepTopic =
  /** 前置手续 and how to proceed: 经备案批准后, 已向市知识产权主管部门备案, register on a platform */
  | "procedure"
  /** who accepts or handles the application (发布年度项目申报通知, 审核确认授奖名单) */
  | "department"
  /** when: 年度申报通知, 每年评选一次, claims in the year after (上一年度) */
  | "timing"
  /** what to hand in (申报材料) */
  | "materials"
  /** phone numbers or where to ask (咨询电话) */
  | "contact"
  /** who interprets the policy (负责解释) — not the same as who accepts applications */
  | "interpreter"
  /** the documents the measure rests on (政策依据, 专项资金管理办法) */
  | "basis"
  /** duties and warnings (材料须真实有效, 资金不得挪作他用, 不得重复申请) */
  | "other";

export interface ApplicationStep extends Source {
  id: string;
  topic: StepTopic;
  /** What to do, in plain words close to the text's own. */
  text: string;
  /** The items it concerns (a section's or a clause's); absent: every item of the policy. */
  items?: string[];
}

/** The text says nothing on a topic for these items: said out loud instead of guessed. */
export interface Silence {
  id: string;
  topic: StepTopic;
  text: string;
  items?: string[];
}

/**
 * A document the text does not contain but that sets what the calculator cannot compute (松江区:
 * the amounts). Known to the project from outside the text, so it carries where from, not a quote.
 */
export interface CompanionDocument {
  title: string;
  docNumber: string;
  issuer: string;
  issued: IsoDate;
  /** What it sets for this policy, e.g. 各支持方向的金额. */
  sets: string;
  /** Where the project learned of it. */
  knownFrom: string;
}

export interface Application {
  steps: ApplicationStep[];
  silent: Silence[];
  companion?: CompanionDocument;
}

// ---------------------------------------------------------------- results

export type LineStatus =
  | "payable"
  | "reduced"
  | "dropped"
  | "ineligible"
  | "outside-window";

export interface Range {
  min: Yuan;
  max: Yuan;
}

/** One step of a line's calculation, structured so the UI and the trace can both render it. */
export type CalcStep =
  | { kind: "fixed"; yuan: Yuan; clause: string }
  | { kind: "upTo"; yuan: Yuan; clause: string }
  | { kind: "share"; base: Yuan; baseLabel: string; percent: Percent; result: Range; clause: string }
  | { kind: "cap"; cap: Yuan; before: Range; after: Range; clause: string; label?: string }
  | { kind: "tier"; measure: number; unit: string; tier: string; clause: string }
  | { kind: "units"; units: number; unit: string; perUnit: Range }
  | { kind: "revision"; percent: number; ceiling: Yuan; after: Range; clause: string }
  | { kind: "limit"; limit: string; clause: string; before: Range; after: Range; text: string }
  /** The fact's date is not the claim's: 存量日期 2022-12-31，按次年 2023 年申报计. */
  | { kind: "claim"; label: string; date: IsoDate; year: number };

export interface NearMiss {
  measure: string;
  current: number;
  target: number;
  gain: Range;
  text: string;
}

export interface Line {
  item: string;
  clause: string;
  title: string;
  label: string;
  payer?: Payer;
  /** Index of the fact in the request that triggered this line. */
  fact: number;
  /**
   * The calendar year the claim is made in, which per-year limits group by: the fact's own year, or
   * the year after it for a fact with a `next-year` dating (then a `claim` step says so).
   */
  year: number;
  units: number;
  /** Before any limit (after the item's own rule). */
  gross: Range;
  min: Yuan;
  max: Yuan;
  status: LineStatus;
  notes: string[];
  calc: CalcStep[];
  quote: string;
  reading?: string;
  nearMiss?: NearMiss;
}

export interface Adjustment {
  limit: string;
  clause: string;
  kind: LimitKind;
  /** How much the limit took off (≤ 0), already reflected in the lines. */
  effect: Range;
  explanation: string;
  lines: number[];
  year?: number;
  quote: string;
}

export interface Unquantified {
  item: string;
  clause: string;
  title: string;
  label: string;
  fact: number;
  why: string;
  quote: string;
}

export interface Reason {
  code:
    | "not-in-force"
    | "not-yet-in-force"
    | "excluded"
    | "kind-not-covered"
    | "fact-outside-window"
    | "fact-after-as-of"
    | "claim-not-yet-open"
    | "no-matching-item";
  clause?: string;
  message: string;
  fact?: number;
}

export interface Evaluation {
  policy: string;
  asOf: IsoDate;
  inForce: boolean;
  eligible: boolean;
  reasons: Reason[];
  lines: Line[];
  adjustments: Adjustment[];
  unquantified: Unquantified[];
  notes: string[];
  total: Range;
  policyVersion: string;
  trace?: string[];
}

export interface EvaluateInput {
  policy: Policy;
  applicant: Applicant;
  facts: Fact[];
  asOf: IsoDate;
}

export interface EvaluateOptions {
  /** Build the human-readable trace (default true). The bench measures both ways. */
  trace?: boolean;
  /**
   * Put the words in (default true): line notes, calculation steps, adjustment explanations, the
   * policy's notes and the trace. Off, every figure, status and reason is the same and the words
   * are empty: for cohorts of 100,000 applicants, where only totals are shown until one is opened.
   */
  explain?: boolean;
  /**
   * Handed the payable lines as they stand before any limit applies (relimit.ts keeps a cohort's,
   * so that a draft changing only limits re-applies them without pricing anyone again).
   */
  beforeLimits?: (ledger: Ledger) => void;
}
