import { useState } from "react";
import { useHydrated } from "@/features/site/use-hydrated";
import type { Parsed } from "../parse-input";
import { ConfirmFigure, controlClass, FieldShell } from "./field-shell";

/**
 * A count or a percentage, typed as text so the message can say what is wrong ("须为 0 或正整数")
 * instead of the browser silently dropping the value. The unit stays visible beside it. Text that
 * is not a value is reported with its message, never passed on as "blank".
 */
export function NumberField({
  label,
  hint,
  unit,
  required,
  inputMode,
  value,
  parse,
  confirm,
  onChange,
}: {
  label: string;
  hint?: string;
  unit?: string;
  required?: boolean;
  /** numeric for counts (a keypad of digits), decimal where a fraction is allowed. */
  inputMode: "numeric" | "decimal";
  value: number | undefined;
  parse: (text: string) => Parsed;
  /** Set while the value awaits the clerk's confirmation. */
  confirm?: { question: string; onConfirm: () => void };
  onChange: (value: number | undefined, error: string | undefined) => void;
}) {
  const ready = useHydrated();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  // "请填写…" waits until the field has been visited; a wrong entry is named at once.
  const [visited, setVisited] = useState(false);
  const parsed = parse(text);
  const blank = text.trim() === "";
  const error = parsed.ok || (blank && !visited) ? undefined : parsed.error;
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {({ input, describedBy }) => (
        <>
          <div className="flex items-center gap-2">
            <input
              id={input}
              type="text"
              inputMode={inputMode}
              autoComplete="off"
              disabled={!ready}
              className={`${controlClass} max-w-40`}
              value={text}
              aria-required={required || undefined}
              aria-describedby={describedBy}
              aria-invalid={error || confirm ? true : undefined}
              onBlur={() => setVisited(true)}
              onChange={(e) => {
                setText(e.target.value);
                const p = parse(e.target.value);
                // A blank is "not stated" (the entry asks for it), not a typing error.
                onChange(p.ok ? p.value : undefined, p.ok || e.target.value.trim() === "" ? undefined : p.error);
              }}
            />
            {unit && <span className="text-sm text-slate-700">{unit}</span>}
          </div>
          {confirm && <ConfirmFigure {...confirm} />}
        </>
      )}
    </FieldShell>
  );
}
