import type { InputOption } from "@/engine/types";
import { useHydrated } from "@/features/site/use-hydrated";
import { controlClass, FieldShell } from "./field-shell";

/**
 * A choice among the options the policy pays for, starting on 请选择 until the clerk picks one; a
 * value it no longer offers stays visible, marked, rather than changing silently.
 */
export function ChoiceField({
  label,
  hint,
  required,
  options,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  required?: boolean;
  options: InputOption[];
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const ready = useHydrated();
  const stale = value !== undefined && !options.some((o) => o.value === value);
  return (
    <FieldShell label={label} hint={hint} required={required} error={stale ? "本政策不资助这一项，请重新选择" : undefined}>
      {({ input, describedBy }) => (
        <select
          id={input}
          className={controlClass}
          value={value ?? ""}
          disabled={!ready}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={stale || undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          {value === undefined && (
            <option value="" disabled>
              请选择…
            </option>
          )}
          {stale && <option value={value}>{value}（不适用）</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
