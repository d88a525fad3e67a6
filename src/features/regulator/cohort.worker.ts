/**
 * The regulator's cohort, off the main thread: parse the upload, run every applicant through the
 * engine, then answer what-if drafts and single explanations from the cohort held here. Work runs
 * in slices (src/lib/batch/evaluate-batch.ts), so a cancel message is seen within one slice.
 */
import { evaluate } from "@/engine";
import type { IsoDate, Policy } from "@/engine/types";
import { batchReport } from "@/lib/batch/batch-report";
import { BatchError, type BatchMember } from "@/lib/batch/cohort-builder";
import { Cancelled, evaluateBatch, type CohortEvaluation, type Pace } from "@/lib/batch/evaluate-batch";
import { parseUpload } from "@/lib/batch/parse-upload";
import { compareCohorts } from "@/lib/cohort/aggregate";
import { applyDraft, DraftError, type DraftChange } from "@/lib/cohort/draft";
import type { Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

interface Cohort {
  policy: Policy;
  asOf: IsoDate;
  members: BatchMember[];
  byId: Map<string, BatchMember>;
  base: CohortEvaluation;
}

let cohort: Cohort | null = null;
let cancelled = false;

const post = (reply: WorkerReply) => postMessage(reply);

const pace = (phase: Phase): Pace => ({
  onProgress: (done, total) => post({ kind: "progress", phase, done, total }),
  cancelled: () => cancelled,
});

const PROGRESS_STEPS = 1000;

const load = async (bytes: ArrayBuffer, policy: string | undefined, asOf: IsoDate) => {
  cohort = null;
  const input = parseUpload(new Uint8Array(bytes), {
    policy,
    onProgress: (f) => post({ kind: "progress", phase: "read", done: Math.round(f * PROGRESS_STEPS), total: PROGRESS_STEPS }),
  });
  const base = await evaluateBatch(input.policy, input.members, asOf, pace("evaluate"));
  const report = batchReport({ ...input, format: input.format }, asOf, base);
  cohort = { policy: input.policy, asOf, members: input.members, byId: new Map(input.members.map((m) => [m.id, m])), base };
  post({
    kind: "loaded",
    cohort: {
      policy: input.policy.id,
      asOf,
      format: input.format,
      ...(input.encoding ? { encoding: input.encoding } : {}),
      stats: input.stats,
      errors: report.errors,
      errorCount: report.errorCount,
      warnings: report.warnings,
      summary: base.summary,
      applicants: report.applicants,
    },
  });
};

const whatIf = async (c: Cohort, changes: DraftChange[]) => {
  const draft = await evaluateBatch(applyDraft(c.policy, changes), c.members, c.asOf, pace("whatif"));
  const { total, byClause, byMember } = compareCohorts(c.base, draft);
  const named = byMember.map((m) => {
    const name = c.byId.get(m.id)?.name;
    return name ? { ...m, name } : m;
  });
  post({ kind: "whatif", whatIf: { changes, total, byClause, byMember: named, draft: draft.summary } });
};

const explain = (c: Cohort, id: string, changes: DraftChange[] | null) => {
  const m = c.byId.get(id);
  if (!m) throw new BatchError(`没有编号为“${id}”的申请人`);
  const policy = changes ? applyDraft(c.policy, changes) : c.policy;
  const evaluation = evaluate({ policy, applicant: m.applicant, facts: m.facts, asOf: c.asOf });
  post({ kind: "explained", explained: { id, ...(m.name ? { name: m.name } : {}), applicant: m.applicant, facts: m.facts, evaluation } });
};

addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.kind === "cancel") {
    cancelled = true;
    return;
  }
  cancelled = false;
  try {
    if (msg.kind === "load") return await load(msg.bytes, msg.policy, msg.asOf);
    if (!cohort) throw new BatchError("请先上传申请数据");
    if (msg.kind === "whatif") return await whatIf(cohort, msg.changes);
    explain(cohort, msg.id, msg.changes);
  } catch (e) {
    if (e instanceof Cancelled) return post({ kind: "cancelled" });
    // Expected failures carry a sentence for the user; anything else is a bug, still said in words.
    const expected = e instanceof BatchError || e instanceof DraftError;
    post({ kind: "failed", message: expected ? e.message : `处理失败：${e instanceof Error ? e.message : String(e)}` });
  }
});
