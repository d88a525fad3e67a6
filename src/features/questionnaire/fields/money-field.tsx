import { useState } from "react";
import { formatYuan } from "@/engine";
import { useHydrated } from "@/features/site/use-hydrated";
import { moneyText, moneyUnitLabel, parseMoney, type MoneyUnit } from "../parse-input";
import { ConfirmFigure, controlClass, FieldShell } from "./field-shell";

/**
 * An amount in 元 or 万元 with the unit always shown and switchable; the value kept is integer yuan,
 * echoed back ("即 125,000 元") so a slip of the unit is seen at once. Text that is not an amount
 * is reported with its message, never passed on as "blank" (which a capped share would estimate).
 */
export function MoneyField({
  label,
  hint,
  max,
  value,
  confirm,
  onChange,
}: {
  label: string;
  hint?: string;
  max: number;
  value: number | undefined;
  /** Set while the amount awaits the clerk's confirmation. */
  confirm?: { question: string; onConfirm: () => void };
  onChange: (value: number | undefined, error: string | undefined) => void;
}) {
  const ready = useHydrated();
  const [unit, setUnit] = useState<MoneyUnit>(value !== undefined && value % 100 !== 0 ? "yuan" : "wan");
  const [text, setText] = useState(moneyText(value, unit));
  const parsed = parseMoney(text, unit, { label, max, required: false });
  const error = parsed.ok ? undefined : parsed.error;
  const update = (nextText: string, nextUnit: MoneyUnit) => {
    setText(nextText);
    setUnit(nextUnit);
    const p = parseMoney(nextText, nextUnit, { label, max, required: false });
    onChange(p.ok ? p.value : undefined, p.ok ? undefined : p.error);
  };
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ input, describedBy }) => (
        <>
          <div className="flex items-center gap-2">
            <input
              id={input}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              disabled={!ready}
              className={`${controlClass} max-w-48`}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={error || confirm ? true : undefined}
              onChange={(e) => update(e.target.value, unit)}
            />
            <select
              aria-label={`${label}的单位`}
              disabled={!ready}
              className={`${controlClass} w-auto`}
              value={unit}
              onChange={(e) => update(text, e.target.value as MoneyUnit)}
            >
              {(Object.keys(moneyUnitLabel) as MoneyUnit[]).map((u) => (
                <option key={u} value={u}>
                  {moneyUnitLabel[u]}
                </option>
              ))}
            </select>
          </div>
          {parsed.ok && parsed.value !== undefined && unit === "wan" && (
            <p className="text-xs text-slate-600" aria-live="polite">
              即 {formatYuan(parsed.value)}
            </p>
          )}
          {confirm && <ConfirmFigure {...confirm} />}
        </>
      )}
    </FieldShell>
  );
}
