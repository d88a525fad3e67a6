import { clauseRef } from "@/engine";
import { describeLineChange, type ClauseChange, type ResultDiff } from "@/lib/share/diff";
import { yuanAndWan } from "@/features/result/money-text";
import type { Range } from "@/engine/types";

const total = (r: Range) => (r.min === r.max ? yuanAndWan(r.max) : `确定 ${yuanAndWan(r.min)}，最高 ${yuanAndWan(r.max)}`);

/** How the figures moved: the total, then each line that changed. */
export function ResultChanges({ diff }: { diff: ResultDiff }) {
  return (
    <div className="space-y-1" data-testid="result-changes">
      <p>
        合计：当时 {total(diff.total.before)}；按当前数据 {total(diff.total.after)}
      </p>
      {diff.lines.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5">
          {diff.lines.map((c) => (
            <li key={`${c.item}-${c.clause}-${c.label}`}>{describeLineChange(c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const verb: Record<ClauseChange["change"], string> = { added: "新增", removed: "删除", changed: "修改" };

function ClauseItem({ c }: { c: ClauseChange }) {
  return (
    <li>
      <span className="font-medium">
        {clauseRef(c.clause)}「{c.title}」
      </span>
      （{verb[c.change]}）{c.change === "changed" && `：${c.details.join("；")}`}
    </li>
  );
}

/** Which clauses' data changed: those that can touch this result in full, the rest folded away. */
export function ClauseChanges({ changes }: { changes: (ClauseChange & { relevant: boolean })[] }) {
  const relevant = changes.filter((c) => c.relevant);
  const others = changes.filter((c) => !c.relevant);
  return (
    <div className="space-y-1" data-testid="clause-changes">
      {relevant.length > 0 && (
        <>
          <p>与本结果有关的条款变化：</p>
          <ul className="list-disc space-y-0.5 pl-5">
            {relevant.map((c) => (
              <ClauseItem key={`${c.kind}-${c.id}`} c={c} />
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <details>
          <summary className="cursor-pointer">另有 {others.length} 处条款变化与本结果无关</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {others.map((c) => (
              <ClauseItem key={`${c.kind}-${c.id}`} c={c} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
