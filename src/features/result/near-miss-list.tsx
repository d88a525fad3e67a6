import { clauseRef, formatRange } from "@/engine";
import type { NearMissHint } from "./near-misses";
import { Section } from "./section";

export function NearMissList({ hints }: { hints: NearMissHint[] }) {
  if (hints.length === 0) return null;
  return (
    <Section title="再进一步可多得">
      <ul className="space-y-2 text-sm">
        {hints.map((h) => (
          <li key={`${h.fact}-${h.change}`} className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sky-950">
            <p>
              <span className="text-sky-800">{clauseRef(h.clause)}</span> {h.label}：{h.change}
            </p>
            <p className="font-medium">合计可增加 {formatRange(h.gain)}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
