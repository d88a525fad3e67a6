"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Policy } from "@/engine/types";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/batch/upload-limits";
import { applyDraft, type DraftChange } from "@/lib/cohort/draft";
import type { SavedDraft } from "@/lib/cohort/draft-store";
import { applicantsExport, memberDeltaTable } from "@/lib/export/cohort-tables";
import type { Table } from "@/lib/export/table";
import { policies, policyById } from "@policies/index";
import { ApplicantDialog } from "./applicant-dialog";
import { CohortResult } from "./cohort-result";
import { DraftControls } from "./draft-controls";
import { changesFrom, draftProblems, editableFigures, editsFrom } from "./editable-figures";
import { InputReport } from "./input-report";
import { ProgressPanel } from "./progress-panel";
import { useCohortWorker } from "./use-cohort-worker";
import { WhatIfEditor } from "./what-if-editor";
import { WhatIfResult } from "./what-if-result";
import type { Explained, LoadedCohort, WhatIf } from "./worker-protocol";

/** Today, or the window's last day for a policy that has ended: a date on which the policy can pay. */
const defaultAsOf = (policy: Policy, today: string) => (policy.effective.to && today > policy.effective.to ? policy.effective.to : today);

const box = "space-y-4 rounded-xl border border-slate-200 bg-slate-50/60 p-4 sm:p-5";

/**
 * How long typing may pause before the draft is evaluated: short enough that the totals follow the
 * officer's typing, long enough that a burst of keys is one evaluation (a newer one supersedes an
 * older still running anyway).
 */
const LIVE_DELAY_MS = 16;

const sameChanges = (a: readonly DraftChange[], b: readonly DraftChange[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The regulator's workspace: upload a cohort, see what it costs and why, then try a draft revision
 * of the policy against it. The cohort lives in a Web Worker; this component only shows results.
 */
export function RegulatorWorkspace({ today, draft }: { today: string; draft?: SavedDraft }) {
  const { run, cancel, progress } = useCohortWorker();
  const [policyId, setPolicyId] = useState(draft?.policy ?? "jinshan");
  const [asOf, setAsOf] = useState(() => defaultAsOf(policyById.get(draft?.policy ?? "jinshan")!, today));
  const [file, setFile] = useState<File | null>(null);
  const [cohort, setCohort] = useState<LoadedCohort | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [edits, setEdits] = useState<Map<string, string>>(() => {
    const policy = draft && policyById.get(draft.policy);
    return policy ? editsFrom(editableFigures(policy), draft.changes) : new Map();
  });
  const [draftName, setDraftName] = useState(draft?.name ?? "");
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const [whatIfProblem, setWhatIfProblem] = useState<string | null>(null);
  const [explained, setExplained] = useState<{ explained: Explained; draft: boolean } | null>(null);
  const [locate, setLocate] = useState(0);

  const policy = policyById.get(cohort?.policy ?? policyId)!;
  const figures = useMemo(() => editableFigures(policy), [policy]);
  const changes = useMemo(() => changesFrom(figures, edits), [figures, edits]);
  const problems = useMemo(() => draftProblems(policy, figures, edits), [policy, figures, edits]);
  const busy = progress !== null;
  // A what-if in progress gives way to the next edit; anything else (reading, an export) runs to its end.
  const working = busy && progress.phase !== "whatif";
  const opened = useMemo(() => draft && { id: draft.id, name: draft.name, policy: draft.policy, savedAt: draft.createdAt }, [draft]);
  const stale = cohort !== null && (cohort.asOf !== asOf || cohort.policy !== policyId);
  /** The result shown is the draft's as it stands: never one behind an invalid or since-edited figure. */
  const current = whatIf !== null && problems.length === 0 && sameChanges(whatIf.changes, changes);

  const load = async (source: File) => {
    setFile(source);
    setCohort(null);
    setWhatIf(null);
    setProblem(null);
    // Refused before a byte is read: a file this large would only make the tab sluggish.
    if (source.size > MAX_UPLOAD_BYTES) return setProblem(tooLargeMessage(source.size));
    const reply = await run({ kind: "load", file: source, policy: policyId, asOf });
    if (reply.kind === "loaded") setCohort(reply.cohort);
    else if (reply.kind === "failed") setProblem(reply.message);
    else if (reply.kind === "cancelled") setProblem("已取消。");
  };

  const loadExample = async () => {
    const res = await fetch(`/regulator/template?policy=${policyId}&format=csv`);
    await load(new File([await res.blob()], `示例-${policyById.get(policyId)!.shortName}.csv`, { type: "text/csv" }));
  };

  /** The draft most recently asked for: an answer to an older one is dropped. */
  const asked = useRef<DraftChange[] | null>(null);
  const runWhatIf = useCallback(
    async (draftChanges: DraftChange[]) => {
      asked.current = draftChanges;
      setWhatIfProblem(null);
      const reply = await run({ kind: "whatif", changes: draftChanges });
      if (asked.current !== draftChanges) return;
      if (reply.kind === "whatif") setWhatIf(reply.whatIf);
      else if (reply.kind === "failed") setWhatIfProblem(reply.message);
    },
    [run],
  );

  // Live: every usable draft is evaluated over the cohort the workers hold, as the officer types.
  useEffect(() => {
    if (!cohort || working || problems.length > 0 || changes.length === 0) return;
    if (whatIf && sameChanges(whatIf.changes, changes)) return;
    if (asked.current && sameChanges(asked.current, changes) && busy) return;
    const timer = setTimeout(() => void runWhatIf(changes), LIVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cohort, working, busy, problems, changes, whatIf, runWhatIf]);

  const runNow = () => {
    if (problems.length > 0) return setLocate((n) => n + 1);
    void runWhatIf(changes);
  };

  // Stable callbacks: the result, the editor and the tables are memoised, so progress and typing redraw only what changed.
  const draftChanges = whatIf?.changes ?? null;
  // Read when asked, so that a new draft does not redraw the cohort's result for a new callback.
  const shownDraft = useRef(draftChanges);
  useEffect(() => {
    shownDraft.current = draftChanges;
  }, [draftChanges]);
  const explain = useCallback(
    async (id: string, useDraft: boolean) => {
      const reply = await run({ kind: "explain", id, changes: useDraft ? shownDraft.current : null });
      if (reply.kind === "explained") setExplained({ explained: reply.explained, draft: useDraft });
      else if (reply.kind === "failed") setProblem(reply.message);
    },
    [run],
  );
  const explainBase = useCallback((id: string) => void explain(id, false), [explain]);
  const explainDraft = useCallback((id: string) => void explain(id, true), [explain]);

  /** Asks the workers for every applicant's row (under the policy, or the draft) and files them with the refused applicants. */
  const exportApplicants = useCallback(
    async (under: DraftChange[] | null): Promise<Table[]> => {
      const loaded = cohort!;
      const reply = await run({ kind: "export", changes: under });
      if (reply.kind !== "exported") throw new Error(reply.kind === "failed" ? reply.message : "已取消");
      return applicantsExport(under ? applyDraft(policy, under) : policy, reply.rows, loaded.refused, loaded.errors, loaded.errorCount);
    },
    [run, cohort, policy],
  );
  const exportBase = useCallback(() => exportApplicants(null), [exportApplicants]);
  const exportDraft = useCallback(() => exportApplicants(draftChanges), [exportApplicants, draftChanges]);

  const exportChanges = useCallback(async (): Promise<Table[]> => {
    const reply = await run({ kind: "deltas" });
    if (reply.kind !== "deltas") throw new Error(reply.kind === "failed" ? reply.message : "已取消");
    return [memberDeltaTable(reply.deltas)];
  }, [run]);

  const edit = useCallback(
    (key: string, value: string | undefined) =>
      setEdits((m) => {
        const next = new Map(m);
        if (value === undefined) next.delete(key);
        else next.set(key, value);
        return next;
      }),
    [],
  );

  const choosePolicy = (id: string) => {
    setPolicyId(id);
    setAsOf(defaultAsOf(policyById.get(id)!, today));
    setEdits(new Map());
    setWhatIf(null);
  };

  return (
    <div className="space-y-6">
      {draft && (
        <p role="status" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
          已打开草案“{draft.name}”（{policyById.get(draft.policy)?.shortName}，{draft.changes.length} 项修改，保存于 {draft.createdAt.slice(0, 10)}）。上传申请数据后即可按此草案测算。
          {draft.outdated && " 注意：草案保存后政策数据已更新，对比的现行政策是更新后的版本。"}
        </p>
      )}

      <section aria-labelledby="upload-heading" className={box}>
        <h2 id="upload-heading" className="text-lg font-semibold">
          1. 上传申请数据
        </h2>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
            <span className="text-slate-700">政策</span>
            <select
              value={policyId}
              onChange={(e) => choosePolicy(e.target.value)}
              disabled={working}
              className="w-full max-w-full truncate rounded-md border border-slate-300 bg-white px-2 py-1.5 sm:w-auto"
            >
              {policies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.shortName}：{p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-700">计算日期</span>
            <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} disabled={working} className="rounded-md border border-slate-300 bg-white px-2 py-1" />
          </label>
        </div>
        <p className="text-sm text-slate-700">
          每行一个事项：申请人编号、申请人信息、事项类型、日期和该事项的填写项。先下载模板（含示例与填写说明）：
          <a href={`/regulator/template?policy=${policyId}&format=xlsx`} className="mx-1 text-sky-800 underline underline-offset-2">
            Excel 模板
          </a>
          ·
          <a href={`/regulator/template?policy=${policyId}&format=csv`} className="mx-1 text-sky-800 underline underline-offset-2">
            CSV 模板
          </a>
          。支持 CSV（UTF-8 或 GBK）和 Excel .xlsx，单个文件须小于 50 MB。
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <label className="cursor-pointer rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white focus-within:ring-2 focus-within:ring-sky-500 hover:bg-sky-700">
            选择文件并测算
            <input
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="sr-only"
              disabled={working}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = "";
                if (chosen) void load(chosen);
              }}
            />
          </label>
          <button type="button" onClick={loadExample} disabled={working} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-40">
            用模板示例试一试
          </button>
          {file && <span className="text-sm text-slate-600">当前文件：{file.name}</span>}
        </div>
        {stale && file && (
          <p className="flex flex-wrap items-center gap-2 text-sm text-amber-900">
            政策或计算日期已改变，结果仍是按原设置计算的。
            <button type="button" onClick={() => load(file)} disabled={working} className="rounded border border-amber-300 bg-white px-2 py-0.5">
              按新设置重新计算
            </button>
          </p>
        )}
        {working && <ProgressPanel progress={progress} onCancel={cancel} />}
        {problem && (
          <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
            {problem}
          </p>
        )}
      </section>

      {cohort && (
        <section className={box} aria-label="测算结果">
          <InputReport cohort={cohort} />
          <CohortResult cohort={cohort} policy={policy} onExplain={explainBase} exportApplicants={exportBase} />
        </section>
      )}

      <section aria-labelledby="whatif-heading" className={box}>
        <h2 id="whatif-heading" className="text-lg font-semibold">
          2. 假设测算：修改政策中的数值
        </h2>
        <p className="text-sm text-slate-700">
          改动金额、封顶、数量上限或有效期，边改边按同一批申请人重新计算（不必重新上传），并与现行政策逐条、逐个申请人对比。草案按政策数据的同一套规则校验。
        </p>
        <WhatIfEditor
          figures={figures}
          edits={edits}
          problems={problems}
          locate={locate}
          onEdit={edit}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={runNow}
            disabled={working || !cohort || changes.length === 0}
            className="rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white hover:bg-sky-700 disabled:opacity-40"
          >
            按草案重新测算
          </button>
          {edits.size > 0 && (
            <button type="button" onClick={() => setEdits(new Map())} className="text-sm text-slate-700 underline underline-offset-2">
              恢复现行数值
            </button>
          )}
          {!cohort && <span className="text-sm text-slate-600">先上传申请数据。</span>}
        </div>
        {whatIfProblem && (
          <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
            {whatIfProblem}
          </p>
        )}
        {busy && !working && <ProgressPanel progress={progress} onCancel={cancel} />}
        {/* The last draft's result while the next is computed, dimmed and said to be the last; none behind an unusable value. */}
        {whatIf && problems.length === 0 && changes.length > 0 && (
          <div aria-busy={!current} data-testid="whatif-result" className={current ? "" : "opacity-50"}>
            {!current && (
              <p role="status" className="mb-2 text-sm text-slate-700">
                以下是修改前的草案结果，正在按新的数值重新测算…
              </p>
            )}
            <WhatIfResult
              whatIf={whatIf}
              policy={policy}
              draftName={draftName || "未命名草案"}
              onExplain={explainDraft}
              exportApplicants={exportDraft}
              exportChanges={exportChanges}
            />
          </div>
        )}
        <DraftControls
          policy={policy.id}
          changes={changes}
          name={draftName}
          onName={setDraftName}
          unusable={problems.length}
          {...(opened ? { opened } : {})}
        />
      </section>

      <p className="text-sm">
        <Link href="/regulator/matrix" className="text-sky-800 underline underline-offset-2">
          各地政策对照表：同一事项在五项政策中的支持标准 →
        </Link>
      </p>

      {explained && (
        <ApplicantDialog
          explained={explained.explained}
          policy={explained.draft && whatIf ? applyDraft(policy, whatIf.changes) : policy}
          {...(explained.draft ? { draftName: draftName || "未命名草案" } : {})}
          onClose={() => setExplained(null)}
        />
      )}
    </div>
  );
}
