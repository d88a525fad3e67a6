import { useEffect, useRef } from "react";
import type { Fact, Scalar } from "@/engine/types";
import type { Field } from "@/lib/validation/fields";
import { factTypeIndex } from "@policies/vocabulary";
import { fieldsFor, type FactForm } from "./derive-questionnaire";
import { CheckField } from "./fields/check-field";
import { ChoiceField } from "./fields/choice-field";
import { DateField } from "./fields/date-field";
import { MoneyField } from "./fields/money-field";
import { NumberField } from "./fields/number-field";
import { parseCount, parsePercent } from "./parse-input";

const DATE_HINT = "年度上限按这个日期所在的年度计算";
/** For a fact claimed the year after its date, the dating says what to enter. */
const claimHint = (form: FactForm) => (form.dating ? `${form.dating.hint}；年度上限按申报年度计算` : DATE_HINT);

type SetField = (name: string, value: Scalar | undefined) => void;

const num = (v: Scalar | undefined) => (typeof v === "number" ? v : undefined);

function FieldControl({ form, field, fact, set }: { form: FactForm; field: Field; fact: Fact; set: SetField }) {
  const value = fact[field.name];
  const ft = factTypeIndex.get(form.type);
  switch (field.type) {
    case "date":
      return <DateField label={field.label} hint={claimHint(form)} value={typeof value === "string" ? value : undefined} onChange={(v) => set("date", v)} />;
    case "enum":
      return (
        <ChoiceField
          label={field.label}
          hint={field.hint}
          options={field.options ?? []}
          value={typeof value === "string" ? value : undefined}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "boolean":
      return <CheckField label={field.label} hint={field.hint} checked={value === true} onChange={(v) => set(field.name, v)} />;
    case "yuan":
      return <MoneyField label={field.label} hint={field.hint} max={field.max ?? Number.MAX_SAFE_INTEGER} value={num(value)} onChange={(v) => set(field.name, v)} />;
    case "percent":
      return (
        <NumberField
          label={field.label}
          hint={field.hint}
          unit="%"
          required={field.required}
          value={num(value)}
          parse={(t) => parsePercent(t, { label: field.label, required: field.required })}
          onChange={(v) => set(field.name, v)}
        />
      );
    case "int": {
      // A multiplicity (证书数量) starts at one; a measure (年末拥有的专利件数) may honestly be zero but must be stated.
      const measure = field.name === "count" && ft?.count?.meaning === "measure";
      const min = field.name === "count" && !measure ? 1 : 0;
      const required = field.required || measure;
      return (
        <NumberField
          label={field.label}
          hint={field.hint && field.name !== "count" ? field.hint : undefined}
          unit={field.unit}
          required={required}
          value={num(value)}
          parse={(t) => parseCount(t, { label: field.label, min, max: field.max ?? Number.MAX_SAFE_INTEGER, required })}
          onChange={(v) => set(field.name, v)}
        />
      );
    }
  }
}

/** One stated fact: its own card, named and numbered so a screen reader can tell two awards apart. */
export function FactEntry({
  form,
  fact,
  ordinal,
  focusOnMount,
  onChange,
  onRemove,
}: {
  form: FactForm;
  fact: Fact;
  ordinal: number;
  focusOnMount: boolean;
  onChange: (fact: Fact) => void;
  onRemove: () => void;
}) {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, [focusOnMount]);
  const fields = fieldsFor(form, fact);
  const set: SetField = (name, value) => {
    const next: Fact = { ...fact };
    if (value === undefined) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  const title = `${form.label} 第 ${ordinal} 项`;
  const checks = fields.filter((f) => f.type === "boolean");
  return (
    <fieldset ref={ref} className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <legend className="sr-only">{title}</legend>
      <div className="flex items-start justify-between gap-2">
        <div>
          <p aria-hidden="true" className="font-medium text-slate-900">
            {form.label}
            {ordinal > 1 && <span className="text-slate-500"> · {ordinal}</span>}
          </p>
          <p className="text-xs text-slate-600">本政策：{form.clauses.join("；")}</p>
        </div>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`删除 ${title}`}
          className="shrink-0 rounded-md px-2 py-1 text-sm text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-rose-700"
        >
          删除
        </button>
      </div>
      {form.hint && <p className="mt-1 text-xs text-slate-600">{form.hint}</p>}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {fields
          .filter((f) => f.type !== "boolean")
          .map((f) => (
            <FieldControl key={f.name} form={form} field={f} fact={fact} set={set} />
          ))}
      </div>
      {checks.length > 0 && (
        <div className="mt-2">
          {checks.map((f) => (
            <FieldControl key={f.name} form={form} field={f} fact={fact} set={set} />
          ))}
        </div>
      )}
    </fieldset>
  );
}
