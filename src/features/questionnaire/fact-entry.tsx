import { useEffect, useRef } from "react";
import type { Fact, Scalar } from "@/engine/types";
import type { Field } from "@/lib/validation/fields";
import { factAnchor } from "./anchors";
import { fieldsFor, type FactForm } from "./derive-questionnaire";
import { askConfirmation, confirmQuestion, type Entry, type Problem } from "./entry-status";
import { CheckField } from "./fields/check-field";
import { ChoiceField } from "./fields/choice-field";
import { DateField } from "./fields/date-field";
import { MoneyField } from "./fields/money-field";
import { NumberField } from "./fields/number-field";
import { parseCount, parsePercent } from "./parse-input";

const DATE_HINT = "年度上限按这个日期所在的年度计算";
/** For a fact claimed the year after its date, the dating says what to enter. */
const claimHint = (form: FactForm) => (form.dating ? `${form.dating.hint}；年度上限按申报年度计算` : DATE_HINT);

type SetField = (name: string, value: Scalar | undefined, error?: string) => void;

const num = (v: Scalar | undefined) => (typeof v === "number" ? v : undefined);

function FieldControl({
  form,
  field,
  entry,
  set,
  confirm,
}: {
  form: FactForm;
  field: Field;
  entry: Entry;
  set: SetField;
  confirm: (name: string, value: number) => void;
}) {
  const value = entry.fact[field.name];
  const asking = askConfirmation(field, value) && entry.confirmed[field.name] !== value;
  const confirmation = asking ? { question: confirmQuestion(field, value as number), onConfirm: () => confirm(field.name, value as number) } : undefined;
  switch (field.type) {
    case "date":
      return <DateField label={field.label} hint={claimHint(form)} value={typeof value === "string" ? value : undefined} onChange={(v) => set("date", v)} />;
    case "enum":
      return (
        <ChoiceField
          label={field.label}
          hint={field.hint}
          required
          options={field.options ?? []}
          value={typeof value === "string" ? value : undefined}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "boolean":
      return <CheckField label={field.label} hint={field.hint} checked={value === true} onChange={(v) => set(field.name, v)} />;
    case "yuan":
      return (
        <MoneyField
          label={field.label}
          hint={field.hint}
          max={field.max ?? Number.MAX_SAFE_INTEGER}
          value={num(value)}
          confirm={confirmation}
          onChange={(v, error) => set(field.name, v, error)}
        />
      );
    case "percent":
      return (
        <NumberField
          label={field.label}
          hint={field.hint}
          unit="%"
          inputMode="decimal"
          required={field.required}
          value={num(value)}
          parse={(t) => parsePercent(t, { label: field.label, required: field.required })}
          onChange={(v, error) => set(field.name, v, error)}
        />
      );
    case "int": {
      // A count is always asked for (a cleared 3 is not 1); the vocabulary's hint "不填按 1 计" is the API's, not the form's.
      const required = field.required || field.name === "count";
      return (
        <NumberField
          label={field.label}
          hint={field.hint && field.name !== "count" ? field.hint : undefined}
          unit={field.unit}
          inputMode="numeric"
          required={required}
          value={num(value)}
          parse={(t) => parseCount(t, { label: field.label, max: field.max ?? Number.MAX_SAFE_INTEGER, required })}
          confirm={confirmation}
          onChange={(v, error) => set(field.name, v, error)}
        />
      );
    }
  }
}

/** One stated fact: its own card, named and numbered so a screen reader can tell two awards apart. */
export function FactEntry({
  form,
  entry,
  problems,
  ordinal,
  focusOnMount,
  onChange,
  onRemove,
}: {
  form: FactForm;
  entry: Entry;
  problems: Problem[];
  ordinal: number;
  focusOnMount: boolean;
  onChange: (entry: Entry) => void;
  onRemove: () => void;
}) {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, [focusOnMount]);
  const fields = fieldsFor(form, entry.fact);
  const set: SetField = (name, value, error) => {
    const fact: Fact = { ...entry.fact };
    const invalid = { ...entry.invalid };
    if (value === undefined) delete fact[name];
    else fact[name] = value;
    if (error) invalid[name] = error;
    else delete invalid[name];
    onChange({ ...entry, fact, invalid });
  };
  const confirm = (name: string, value: number) => onChange({ ...entry, confirmed: { ...entry.confirmed, [name]: value } });
  const title = `${form.label} 第 ${ordinal} 项`;
  const checks = fields.filter((f) => f.type === "boolean");
  return (
    <fieldset id={factAnchor(entry.key)} ref={ref} className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <legend className="sr-only">{title}</legend>
      <div className="flex items-start justify-between gap-2">
        <div>
          <p aria-hidden="true" className="font-medium text-slate-900">
            {form.label}
            {ordinal > 1 && <span className="text-slate-500"> · {ordinal}</span>}
          </p>
          <p className="text-xs text-slate-600">本政策：{form.clauses.join("；")}</p>
        </div>
        {/* A submit button: before the scripts run, the server removes the entry (initial-state.ts). */}
        <button
          type="submit"
          name="remove"
          value={entry.key}
          onClick={(e) => {
            e.preventDefault();
            onRemove();
          }}
          aria-label={`删除 ${title}`}
          className="min-h-11 min-w-11 shrink-0 rounded-md px-2 py-1 text-sm text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-700 sm:min-h-0 sm:pointer-coarse:min-h-11"
        >
          删除
        </button>
      </div>
      {form.hint && <p className="mt-1 text-xs text-slate-600">{form.hint}</p>}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {fields
          .filter((f) => f.type !== "boolean")
          .map((f) => (
            <FieldControl key={f.name} form={form} field={f} entry={entry} set={set} confirm={confirm} />
          ))}
      </div>
      {checks.length > 0 && (
        <div className="mt-2">
          {checks.map((f) => (
            <FieldControl key={f.name} form={form} field={f} entry={entry} set={set} confirm={confirm} />
          ))}
        </div>
      )}
      {problems.length > 0 && (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-sm text-amber-950">
          <strong>待补全</strong>，未计入合计：{problems.map((p) => p.message).join("；")}
        </p>
      )}
    </fieldset>
  );
}
