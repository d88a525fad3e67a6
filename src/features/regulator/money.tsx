import { formatWan } from "@/engine";

/** A yuan figure in a table cell: the 万元 the policies speak in, the exact yuan on hover. */
export function Money({ yuan, signed = false }: { yuan: number; signed?: boolean }) {
  const text = formatWan(yuan);
  return (
    <span className="tabular-nums" title={`${yuan.toLocaleString("zh-CN")} 元`}>
      {signed && yuan > 0 ? "+" : ""}
      {text}
    </span>
  );
}
