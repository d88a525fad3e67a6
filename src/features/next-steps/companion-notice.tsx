import type { CompanionDocument } from "@/engine/types";
import { formatDateZh } from "@/lib/format/dates";

/** 松江区: the opinions state no amounts; say where they are set, and that they are not computed here. */
export function CompanionNotice({ companion, className = "" }: { companion: CompanionDocument; className?: string }) {
  return (
    <aside
      aria-label="金额另有规定"
      className={`companion-notice rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 ${className}`}
    >
      <p className="font-semibold">金额另有规定，本工具不计算</p>
      <p className="mt-1">
        本政策只写支持方向，{companion.sets}由《{companion.title}》（{companion.docNumber}，{companion.issuer} {formatDateZh(companion.issued)}
        印发）规定。本工具没有该办法全文，没有录入其中任何金额，所以这里不计算金额。
      </p>
    </aside>
  );
}
