import type { Fact } from "@/engine/types";
import { factSummary } from "./fact-summary";

export function FactHeading({ fact, index }: { fact: Fact; index: number }) {
  const { title, details } = factSummary(fact);
  return (
    <>
      <span className="block font-semibold">
        <span className="text-slate-600">{index + 1}. </span>
        {title}
      </span>
      {details.length ? <span className="block text-xs font-normal text-slate-700">{details.join(" · ")}</span> : null}
    </>
  );
}
