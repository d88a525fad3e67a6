import { useId } from "react";
import { useHydrated } from "@/features/site/use-hydrated";

/** The whole row (box and words) is the target, at least 44 px tall on phones. */
export function CheckField({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const ready = useHydrated();
  return (
    <div className="py-0.5">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-slate-800 has-disabled:cursor-wait sm:min-h-0 sm:pointer-coarse:min-h-11">
        <input
          id={id}
          type="checkbox"
          className="h-5 w-5 shrink-0 accent-sky-700"
          checked={checked}
          disabled={!ready}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="pl-7 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
