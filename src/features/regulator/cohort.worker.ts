/**
 * One shard of the regulator's cohort, off the main thread: read the upload, keep this shard's
 * applicants — checked, with their blanks settled — and their baseline results, then evaluate
 * drafts against that baseline, explain single applicants and build export rows from the shard held
 * here, without reading the file again. Work runs in slices (src/lib/batch/evaluate-batch.ts): a
 * cancel, or a newer job (the officer typed on), is seen within one slice.
 */
import { evaluate } from "@/engine";
import type { IsoDate, Policy } from "@/engine/types";
import { BatchError, type BatchMember } from "@/lib/batch/cohort-builder";
import { Cancelled, slices, type Pace } from "@/lib/batch/evaluate-batch";
import { loadShard } from "@/lib/batch/load-shard";
import type { Shard } from "@/lib/batch/shard";
import { memberChanges, type MemberResult } from "@/lib/cohort/aggregate";
import { applyDraft, DraftError, type DraftChange } from "@/lib/cohort/draft";
import { applicantExportRow } from "@/lib/export/cohort-tables";
import { shardWhatIf, withName } from "./cohort-shards";
import type { Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

interface Held {
  policy: Policy;
  asOf: IsoDate;
  members: BatchMember[];
  /** Each member's result under the policy, in the same order. */
  base: MemberResult[];
  byId: Map<string, BatchMember>;
  /** The last draft evaluated here, for its full list of changes. */
  draft: { policy: Policy; results: MemberResult[] } | null;
}

let held: Held | null = null;
/** The newest job the page has sent: any older one still running is superseded. */
let newest = 0;
const cancelled = new Set<number>();

type Reply = WorkerReply extends infer R ? (R extends WorkerReply ? Omit<R, "job"> : never) : never;

const pace = (job: number, phase: Phase, post: (r: Reply) => void): Pace => ({
  onProgress: (done, total) => post({ kind: "progress", phase, done, total }),
  cancelled: () => job < newest || cancelled.has(job),
});

const PROGRESS_STEPS = 1000;

const load = async (job: number, bytes: ArrayBuffer, policy: string | undefined, asOf: IsoDate, shard: Shard, post: (r: Reply) => void) => {
  held = null;
  const onProgress = (f: number) => post({ kind: "progress", phase: "read", done: Math.round(f * PROGRESS_STEPS), total: PROGRESS_STEPS });
  const { input, report, results } = await loadShard(new Uint8Array(bytes), { policy, asOf, shard, onProgress }, pace(job, "evaluate", post));
  held = { policy: input.policy, asOf, members: input.members, base: results, byId: new Map(input.members.map((m) => [m.id, m])), draft: null };
  // The page lists applicants and counts assumptions; each one's assumptions come with its explanation.
  post({ kind: "loaded", report: { ...report, applicants: report.applicants.map(({ assumptions: _, ...a }) => a) } });
};

const whatIf = async (job: number, h: Held, changes: DraftChange[], post: (r: Reply) => void) => {
  const policy = applyDraft(h.policy, changes);
  const { results, whatIf } = await shardWhatIf(policy, h.members, h.base, h.asOf, pace(job, "whatif", post));
  h.draft = { policy, results };
  post({ kind: "evaluated", whatIf });
};

const deltas = (h: Held, post: (r: Reply) => void) => {
  if (!h.draft) throw new BatchError("请先按草案测算");
  post({ kind: "deltas", deltas: memberChanges(h.base, h.draft.results).top.map((d) => withName(d, h.byId.get(d.id)?.name)) });
};

const exportRows = async (job: number, h: Held, changes: DraftChange[] | null, post: (r: Reply) => void) => {
  const policy = changes ? applyDraft(h.policy, changes) : h.policy;
  const rows = await slices(h.members, pace(job, "export", post), (m) => applicantExportRow(m, evaluate({ policy, applicant: m.applicant, facts: m.facts, asOf: h.asOf })));
  post({ kind: "exported", rows });
};

const explain = (h: Held, id: string, changes: DraftChange[] | null, post: (r: Reply) => void) => {
  const m = h.byId.get(id);
  if (!m) throw new BatchError(`没有编号为“${id}”的申请人`);
  const policy = changes ? applyDraft(h.policy, changes) : h.policy;
  const evaluation = evaluate({ policy, applicant: m.applicant, facts: m.facts, asOf: h.asOf });
  post({
    kind: "explained",
    explained: { id, ...(m.name ? { name: m.name } : {}), applicant: m.applicant, facts: m.facts, ...(m.assumptions ? { assumptions: m.assumptions } : {}), evaluation },
  });
};

const run = async (msg: Exclude<WorkerRequest, { kind: "cancel" }>, post: (r: Reply) => void) => {
  if (msg.kind === "load") return load(msg.job, msg.bytes, msg.policy, msg.asOf, msg.shard, post);
  if (!held) throw new BatchError("请先上传申请数据");
  if (msg.kind === "whatif") return whatIf(msg.job, held, msg.changes, post);
  if (msg.kind === "export") return exportRows(msg.job, held, msg.changes, post);
  if (msg.kind === "deltas") return deltas(held, post);
  explain(held, msg.id, msg.changes, post);
};

addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.kind === "cancel") {
    cancelled.add(msg.job);
    return;
  }
  newest = Math.max(newest, msg.job);
  const post = (reply: Reply) => postMessage({ ...reply, job: msg.job } as WorkerReply);
  try {
    await run(msg, post);
  } catch (e) {
    if (e instanceof Cancelled) return post({ kind: "cancelled" });
    // Expected failures carry a sentence for the user; anything else is a bug, still said in words.
    const expected = e instanceof BatchError || e instanceof DraftError;
    post({ kind: "failed", message: expected ? e.message : `后台计算出错：${e instanceof Error ? e.message : String(e)}。请重新上传文件；如仍出错，请把文件和这句话发给管理员。` });
  } finally {
    cancelled.delete(msg.job);
  }
});
