import { useState } from "react";
import { useHydrated } from "@/features/site/use-hydrated";
import { controlClass, FieldShell } from "./field-shell";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The browser's date picker. A cleared, partial or impossible date (2月30日) is reported as blank —
 * the figure that depended on the old date goes with it — and the message says which it is.
 */
export function DateField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const ready = useHydrated();
  const [error, setError] = useState<string>();
  return (
    <FieldShell label={label} hint={hint} error={error} required>
      {({ input, describedBy }) => (
        <input
          id={input}
          type="date"
          required
          disabled={!ready}
          className={controlClass}
          defaultValue={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const v = e.target.value;
            const ok = ISO_DATE.test(v);
            // badInput: the picker holds something that is not a date (a part missing, or 2月30日).
            setError(ok ? undefined : e.target.validity.badInput ? `${label}不完整或不存在` : `请选择${label}`);
            onChange(ok ? v : undefined);
          }}
        />
      )}
    </FieldShell>
  );
}
