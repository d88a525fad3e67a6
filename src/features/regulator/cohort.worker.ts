/**
 * One shard of the regulator's cohort, off the main thread: read the upload, keep this shard's
 * applicants — checked, with their blanks settled — with their baseline results and their shares
 * of the totals (src/lib/cohort/held-cohort.ts), then evaluate drafts against that baseline,
 * explain single applicants and build export rows from the shard held here, without reading the
 * file again. Work runs in slices (src/lib/batch/evaluate-batch.ts): a cancel, or a newer job (the
 * officer typed on), is seen within one slice.
 */
import { evaluate } from "@/engine";
import type { Policy } from "@/engine/types";
import { BatchError, type BatchMember } from "@/lib/batch/cohort-builder";
import { breathe, Cancelled, slices, type Pace } from "@/lib/batch/evaluate-batch";
import { loadShard } from "@/lib/batch/load-shard";
import { memberChanges, type MemberResult } from "@/lib/cohort/aggregate";
import { applyDraft, DraftError, type DraftChange } from "@/lib/cohort/draft";
import type { HeldCohort } from "@/lib/cohort/held-cohort";
import { applicantExportRow } from "@/lib/export/cohort-tables";
import { shardLoaded, shardWhatIf, withName } from "./cohort-shards";
import { editableFigures } from "./editable-figures";
import type { Phase, WorkerReply, WorkerRequest } from "./worker-protocol";

let held: HeldCohort<BatchMember> | null = null;
/** The last draft evaluated here, for its full list of changes. */
let lastDraft: { policy: Policy; results: MemberResult[] } | null = null;
/** The newest job the page has sent: any older one still running is superseded. */
let newest = 0;
const cancelled = new Set<number>();

type Reply = WorkerReply extends infer R ? (R extends WorkerReply ? Omit<R, "job"> : never) : never;
type Post = (reply: Reply, transfer?: Transferable[]) => void;
type Request = Exclude<WorkerRequest, { kind: "cancel" }>;

const pace = (job: number, phase: Phase, post: Post): Pace => ({
  onProgress: (done, total) => post({ kind: "progress", phase, done, total }),
  cancelled: () => job < newest || cancelled.has(job),
});

const PROGRESS_STEPS = 1000;

/** The file as read here; the page passes it on unread. */
const bytesOf = async (file: Blob): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new BatchError("无法读取所选文件：文件可能已被移动、删除或正被其他程序占用。请重新选择文件。");
  }
};

const load = async ({ job, file, policy, asOf, shard }: Extract<Request, { kind: "load" }>, post: Post) => {
  held = null;
  lastDraft = null;
  const onProgress = (f: number) => post({ kind: "progress", phase: "read", done: Math.round(f * PROGRESS_STEPS), total: PROGRESS_STEPS });
  // The page lists applicants and counts assumptions; each one's assumptions come with its explanation.
  const loaded = await loadShard(await bytesOf(file), { policy, asOf, shard, onProgress, detail: false }, pace(job, "evaluate", post));
  held = loaded.held;
  const answer = shardLoaded(loaded.report);
  post({ kind: "loaded", ...answer }, [answer.applicants.figures.buffer]);
  await warm(job, loaded.held);
};

/** Members run through a throw-away draft once the cohort is loaded. */
const WARM_UP = 3_000;

/**
 * A draft is a new policy object, compiled afresh by the engine: its code starts cold, and the
 * officer's first edits would pay for warming it (several times the steady cost per applicant).
 * So while the officer reads the result, a few thousand members go through both of a draft's paths
 * under a copy of the policy (HeldCohort.warm), then the whole shard through a draft that changes
 * no figure; a job arriving meanwhile stops this at the next slice.
 */
const warm = async (job: number, h: HeldCohort<BatchMember>) => {
  const pace = { cancelled: () => job < newest };
  try {
    for (let round = 0; round < 2; round++) await h.warm(applyDraft(h.policy, []), WARM_UP, pace);
    // Then a whole draft the way a limit edit takes it (which members it reaches, limiting them
    // again, the changes listed), with every limit at its own figure: a first limit edit cost about
    // twice the next one while this code was cold (Node, one shard of the bench's file).
    const own = editableFigures(h.policy).flatMap((f) => (f.section === "limit" ? f.changes(Number(f.base)) : []));
    if (own.length > 0) await shardWhatIf(h, applyDraft(h.policy, own), own, pace);
  } catch (e) {
    if (e instanceof Cancelled) return;
    throw e;
  }
};

const draftOf = (h: HeldCohort<BatchMember>, changes: DraftChange[] | null) => (changes ? applyDraft(h.policy, changes) : h.policy);

const run = async (msg: Request, post: Post) => {
  if (msg.kind === "load") return load(msg, post);
  const h = held;
  if (!h) throw new BatchError("请先上传申请数据");
  switch (msg.kind) {
    case "whatif": {
      const policy = draftOf(h, msg.changes);
      const { results, whatIf } = await shardWhatIf(h, policy, msg.changes, pace(msg.job, "whatif", post));
      lastDraft = { policy, results };
      return post({ kind: "evaluated", whatIf });
    }
    case "deltas": {
      if (!lastDraft) throw new BatchError("请先按草案测算");
      return post({ kind: "deltas", deltas: memberChanges(h.base.results, lastDraft.results).top.map((d) => withName(d, h.member(d.id)?.name)) });
    }
    case "export": {
      const policy = draftOf(h, msg.changes);
      const rows = await slices(h.members, pace(msg.job, "export", post), (m) => applicantExportRow(m, evaluate({ policy, applicant: m.applicant, facts: m.facts, asOf: h.asOf })));
      return post({ kind: "exported", rows });
    }
    case "explain": {
      const m = h.member(msg.id);
      if (!m) throw new BatchError(`没有编号为“${msg.id}”的申请人`);
      const evaluation = evaluate({ policy: draftOf(h, msg.changes), applicant: m.applicant, facts: m.facts, asOf: h.asOf });
      const { id, name, applicant, facts, assumptions } = m;
      return post({ kind: "explained", explained: { id, ...(name ? { name } : {}), applicant, facts, ...(assumptions ? { assumptions } : {}), evaluation } });
    }
  }
};

addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.kind === "cancel") {
    cancelled.add(msg.job);
    return;
  }
  newest = Math.max(newest, msg.job);
  const post: Post = (reply, transfer = []) => postMessage({ ...reply, job: msg.job } as WorkerReply, { transfer });
  try {
    // A draft the officer has already typed past waits for nothing: the newer one's message is
    // read first, and this one is dropped before its setting up (the draft checked, the members
    // it reaches found) holds the worker.
    if (msg.kind === "whatif") {
      await breathe();
      if (msg.job < newest) throw new Cancelled();
    }
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
