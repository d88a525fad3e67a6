import { useState } from "react";
import type { Parsed } from "../parse-input";
import { controlClass, FieldShell } from "./field-shell";

/**
 * A count or a percentage, typed as text so the message can say what is wrong ("须为整数")
 * instead of the browser silently dropping the value. The unit stays visible beside it.
 */
export function NumberField({
  label,
  hint,
  unit,
  required,
  value,
  parse,
  onChange,
}: {
  label: string;
  hint?: string;
  unit?: string;
  required?: boolean;
  value: number | undefined;
  parse: (text: string) => Parsed;
  onChange: (value: number | undefined) => void;
}) {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  // "请填写…" waits until the field has been visited; a wrong entry is named at once.
  const [visited, setVisited] = useState(false);
  const parsed = parse(text);
  const error = parsed.ok || (text.trim() === "" && !visited) ? undefined : parsed.error;
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {({ input, describedBy }) => (
        <div className="flex items-center gap-2">
          <input
            id={input}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className={`${controlClass} max-w-40`}
            value={text}
            aria-required={required || undefined}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onBlur={() => setVisited(true)}
            onChange={(e) => {
              setText(e.target.value);
              const p = parse(e.target.value);
              onChange(p.ok ? p.value : undefined);
            }}
          />
          {unit && <span className="text-sm text-slate-700">{unit}</span>}
        </div>
      )}
    </FieldShell>
  );
}
