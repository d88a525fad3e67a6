import type { Reason } from "@/engine/types";

/** Eligibility and validity problems come first: they explain why a figure is zero. */
export function ProblemsAlert({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h3 className="font-semibold">请注意</h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {reasons.map((r, i) => (
          <li key={i}>{r.message}</li>
        ))}
      </ul>
    </div>
  );
}
