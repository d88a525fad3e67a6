import { useState } from "react";
import { controlClass, FieldShell } from "./field-shell";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The browser's date picker; an emptied or partial date is refused in words instead of being sent on. */
export function DateField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const [error, setError] = useState<string>();
  return (
    <FieldShell label={label} hint={hint} error={error} required>
      {({ input, describedBy }) => (
        <input
          id={input}
          type="date"
          required
          className={controlClass}
          defaultValue={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const v = e.target.value;
            if (!ISO_DATE.test(v)) return setError("请选择完整的日期");
            setError(undefined);
            onChange(v);
          }}
        />
      )}
    </FieldShell>
  );
}
