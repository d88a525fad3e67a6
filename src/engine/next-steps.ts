/**
 * Next steps: what a policy's text says about claiming each line of a result — who accepts the
 * application, when, what to hand in, whom to ask — attached by item, and gathered into one
 * checklist for the whole result. Where the text is silent the policy data says so, and so does
 * the result; nothing here adds words the text does not have.
 */
import type { Application, ApplicationStep, Evaluation, Policy, Silence, StepTopic } from "./types";

/** Every topic in the order a clerk works through them. */
export const STEP_TOPICS = ["procedure", "department", "timing", "materials", "contact", "interpreter", "basis", "other"] as const satisfies readonly StepTopic[];

/** The four questions every item must answer, by a step or by saying the text is silent. */
export const CORE_TOPICS = ["department", "timing", "materials", "contact"] as const satisfies readonly StepTopic[];

export const stepTopicLabel: Record<StepTopic, string> = {
  procedure: "办理要求",
  department: "受理部门",
  timing: "申报时间",
  materials: "申报材料",
  contact: "咨询方式",
  interpreter: "解释部门",
  basis: "政策依据",
  other: "注意事项",
};

export type StepEntry = ({ kind: "step" } & ApplicationStep) | ({ kind: "silent" } & Silence);

export interface TopicEntries {
  topic: StepTopic;
  entries: StepEntry[];
}

const inScope = (entry: { items?: string[] }, item: string) => !entry.items || entry.items.includes(item);

/**
 * Whether an entry concerns an item: a step where its scope includes the item; a silence only
 * where no step on the same topic does (the handbook is silent on departments, except for the
 * sections that name one).
 */
const concerns = (application: Application, entry: StepEntry, item: string) =>
  inScope(entry, item) && (entry.kind === "step" || !application.steps.some((s) => s.topic === entry.topic && inScope(s, item)));

const isCore = (topic: StepTopic) => (CORE_TOPICS as readonly StepTopic[]).includes(topic);

const entriesOf = (application: Application): StepEntry[] => [
  ...application.steps.map((s): StepEntry => ({ kind: "step", ...s })),
  ...application.silent.map((s): StepEntry => ({ kind: "silent", ...s })),
];

const byTopic = (entries: StepEntry[]): TopicEntries[] =>
  STEP_TOPICS.map((topic) => ({ topic, entries: entries.filter((e) => e.topic === topic) })).filter((t) => t.entries.length > 0);

/**
 * The next steps of one item, by topic. A line shows the four core questions, what concerns its
 * item or section in particular, and the procedure; policy-wide duties, interpretation and basis
 * documents are the same for every line and are listed once, in the checklist.
 */
export const stepsForItem = (policy: Policy, item: string): TopicEntries[] => {
  const application = policy.application;
  if (!application) return [];
  return byTopic(
    entriesOf(application).filter((e) => concerns(application, e, item) && (isCore(e.topic) || e.topic === "procedure" || e.items)),
  );
};

/** A line of the result that will be claimed: payable, cut by a limit, or supported without a stated amount. */
export interface ClaimedLine {
  item: string;
  clause: string;
  label: string;
  fact: number;
}

export const claimedLines = (evaluation: Evaluation): ClaimedLine[] => {
  const seen = new Set<string>();
  const out: ClaimedLine[] = [];
  for (const l of [...evaluation.lines.filter((x) => x.status === "payable" || x.status === "reduced"), ...evaluation.unquantified]) {
    const key = `${l.item}#${l.fact}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ item: l.item, clause: l.clause, label: l.label, fact: l.fact });
  }
  return out;
};

export interface ChecklistRow {
  entry: StepEntry;
  /** The claimed lines it concerns. */
  lines: ClaimedLine[];
  /** True when it concerns every claimed line (the list of lines can then be left out). */
  all: boolean;
}

export interface ChecklistTopic {
  topic: StepTopic;
  rows: ChecklistRow[];
}

/**
 * One checklist for the whole result: every step and silence that concerns at least one claimed
 * line, once, with the lines that need it — so three awards under one materials list print the
 * list once, and a handbook's per-section phone numbers appear only for the sections claimed.
 */
export const checklist = (policy: Policy, evaluation: Evaluation): ChecklistTopic[] => {
  const lines = claimedLines(evaluation);
  const application = policy.application;
  if (!application || lines.length === 0) return [];
  const rows = entriesOf(application)
    .map((entry): ChecklistRow => {
      const concerned = lines.filter((l) => concerns(application, entry, l.item));
      return { entry, lines: concerned, all: concerned.length === lines.length };
    })
    .filter((r) => r.lines.length > 0);
  return STEP_TOPICS.map((topic) => ({ topic, rows: rows.filter((r) => r.entry.topic === topic) })).filter((t) => t.rows.length > 0);
};
