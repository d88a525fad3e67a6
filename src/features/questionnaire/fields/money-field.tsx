import { useState } from "react";
import { formatYuan } from "@/engine";
import { moneyText, moneyUnitLabel, parseMoney, type MoneyUnit } from "../parse-input";
import { controlClass, FieldShell } from "./field-shell";

/**
 * An amount in 元 or 万元 with the unit always shown and switchable; the value kept is integer yuan,
 * echoed back ("即 125,000 元") so a slip of the unit is seen at once.
 */
export function MoneyField({
  label,
  hint,
  max,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  max: number;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const [unit, setUnit] = useState<MoneyUnit>(value !== undefined && value % 100 !== 0 ? "yuan" : "wan");
  const [text, setText] = useState(moneyText(value, unit));
  const parsed = parseMoney(text, unit, { label, max, required: false });
  const error = parsed.ok ? undefined : parsed.error;
  const update = (nextText: string, nextUnit: MoneyUnit) => {
    setText(nextText);
    setUnit(nextUnit);
    const p = parseMoney(nextText, nextUnit, { label, max, required: false });
    onChange(p.ok ? p.value : undefined);
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
              className={`${controlClass} max-w-48`}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onChange={(e) => update(e.target.value, unit)}
            />
            <select
              aria-label={`${label}的单位`}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base sm:text-sm"
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
        </>
      )}
    </FieldShell>
  );
}
