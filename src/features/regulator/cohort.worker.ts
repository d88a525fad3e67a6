/**
 * One shard of the regulator's cohort, off the main thread: read the upload, keep this shard's
 * applicants and run them through the engine, then evaluate drafts and explain single applicants
 * from the shard held here. Work runs in slices (src/lib/batch/evaluate-batch.ts), so a cancel
 * message is seen within one slice.
 */
import { evaluate } from "@/engine";
import type { IsoDate, Policy } from "@/engine/types";
import { BatchError, type BatchMember } from "@/lib/batch/cohort-builder";
import { Cancelled, evaluateBatch, type Pace } from "@/lib/batch/evaluate-batch";
import { loadShard } from "@/lib/batch/load-shard";
import type { Shard } from "@/lib/batch/shard";
import { applyDraft, DraftError, type DraftChange } from "@/lib/cohort/draft";
import type { Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

interface Cohort {
  policy: Policy;
  asOf: IsoDate;
  members: BatchMember[];
  byId: Map<string, BatchMember>;
}

let cohort: Cohort | null = null;
let cancelled = false;

const post = (reply: WorkerReply) => postMessage(reply);

const pace = (phase: Phase): Pace => ({
  onProgress: (done, total) => post({ kind: "progress", phase, done, total }),
  cancelled: () => cancelled,
});

const PROGRESS_STEPS = 1000;

const load = async (bytes: ArrayBuffer, policy: string | undefined, asOf: IsoDate, shard: Shard) => {
  cohort = null;
  const onProgress = (f: number) => post({ kind: "progress", phase: "read", done: Math.round(f * PROGRESS_STEPS), total: PROGRESS_STEPS });
  const { input, report } = await loadShard(new Uint8Array(bytes), { policy, asOf, shard, onProgress }, pace("evaluate"));
  cohort = { policy: input.policy, asOf, members: input.members, byId: new Map(input.members.map((m) => [m.id, m])) };
  post({ kind: "loaded", report });
};

const whatIf = async (c: Cohort, changes: DraftChange[]) => {
  const evaluation = await evaluateBatch(applyDraft(c.policy, changes), c.members, c.asOf, pace("whatif"));
  post({ kind: "evaluated", evaluation });
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
    if (msg.kind === "load") return await load(msg.bytes, msg.policy, msg.asOf, msg.shard);
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
