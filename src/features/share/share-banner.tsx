import { policyVersion } from "@/engine";
import { formatDateZh } from "@/lib/format/dates";
import type { SharedResult } from "@/lib/share/shared-result";
import { ClauseChanges, ResultChanges } from "./change-list";

const createdText = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  dateStyle: "long",
  timeStyle: "short",
});

const tone = {
  ok: "border-emerald-300 bg-emerald-50 text-emerald-950",
  warn: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/** Where this result comes from, and whether the policy data has changed since: above everything else. */
export function ShareBanner({ shared, createdAt }: { shared: SharedResult; createdAt?: Date }) {
  const { status, state, recordedVersion, current, resultDiff, policyChanges } = shared;
  const currentVersion = current ? policyVersion(current.policy) : null;
  const vouched = status !== "unsigned" && status !== "tampered";
  return (
    <section aria-label="链接说明" className={`space-y-2 rounded-lg border p-4 text-sm ${status === "unchanged" ? tone.ok : tone.warn}`} data-status={status}>
      <p className="font-medium">这是分享的测算结果（只读）。</p>
      {!vouched && (
        <p className="font-semibold">
          {status === "unsigned"
            ? "这个链接没有本站的签名（可能由旧版本生成，或是手工拼写的），无法核实它记录的是当时算出的结果。"
            : "这个链接的签名与内容不符（链接可能被改动过），无法核实它记录的是当时算出的结果。"}
          下面是按链接中的填写内容、用当前政策数据（版本 <span className="font-mono text-xs font-normal">{currentVersion}</span>）重新计算的结果。
        </p>
      )}
      <dl className="grid gap-x-4 gap-y-0.5 sm:grid-cols-[auto_1fr]">
        {createdAt && (
          <>
            <dt>生成时间</dt>
            <dd>{createdText.format(createdAt)}</dd>
          </>
        )}
        <dt>测算日期</dt>
        <dd>{formatDateZh(state.asOf)}</dd>
        {vouched && (
          <>
            <dt>政策数据版本</dt>
            <dd className="font-mono text-xs leading-5">{recordedVersion || "（链接未记录）"}</dd>
          </>
        )}
      </dl>
      {status === "unchanged" && <p>政策数据自生成以来没有变化，下面的结果与当时一致。</p>}
      {status === "data-changed" && (
        <>
          <p>
            政策数据已更新（当前版本 <span className="font-mono text-xs">{currentVersion}</span>），但更新不影响这份结果：按当前数据重新计算，结果相同。
          </p>
          <ClauseChanges changes={policyChanges} />
        </>
      )}
      {status === "result-changed" && resultDiff && (
        <>
          <p className="font-semibold">
            政策数据已更新（当前版本 <span className="font-mono text-xs">{currentVersion}</span>），按当前数据重新计算的结果与当时不同。下面先列出当时的结果，再列出按当前数据计算的结果。
          </p>
          <ResultChanges diff={resultDiff} />
          <ClauseChanges changes={policyChanges} />
        </>
      )}
      {status === "version-unknown" && (
        <p>
          无法取得生成链接时所用的政策数据（版本未记录或未存档），下面按当前政策数据（版本 <span className="font-mono text-xs">{currentVersion}</span>
          ）计算，可能与当时的结果不同。
        </p>
      )}
      {status === "withdrawn" && <p>本政策已不在计算器中提供，下面是当时保存的结果，无法再按当前数据重新计算。</p>}
    </section>
  );
}
