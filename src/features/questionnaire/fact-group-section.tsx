import type { Fact } from "@/engine/types";
import type { FactGroupForm } from "./derive-questionnaire";
import { FactEntry } from "./fact-entry";

export interface Entry {
  key: number;
  fact: Fact;
}

export const addButtonId = (type: string) => `add-${type}`;

/** One group (质量奖项、标准化 …): the facts stated so far, then a button per fact type the policy pays for. */
export function FactGroupSection({
  group,
  entries,
  focusKey,
  onAdd,
  onChange,
  onRemove,
}: {
  group: FactGroupForm;
  entries: Entry[];
  focusKey: number | undefined;
  onAdd: (type: string) => void;
  onChange: (key: number, fact: Fact) => void;
  onRemove: (key: number) => void;
}) {
  const headingId = `group-${group.group}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="border-b border-slate-200 pb-1 text-base font-semibold text-slate-900">
        {group.label}
      </h3>
      {group.forms.flatMap((form) =>
        entries
          .filter((e) => e.fact.type === form.type)
          .map((e, i) => (
            <FactEntry
              key={e.key}
              form={form}
              fact={e.fact}
              ordinal={i + 1}
              focusOnMount={e.key === focusKey}
              onChange={(fact) => onChange(e.key, fact)}
              onRemove={() => onRemove(e.key)}
            />
          )),
      )}
      <div className="flex flex-wrap gap-2">
        {group.forms.map((form) => (
          <button
            key={form.type}
            id={addButtonId(form.type)}
            type="button"
            onClick={() => onAdd(form.type)}
            aria-label={`添加${form.label}`}
            className="rounded-full border border-dashed border-sky-700 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
          >
            <span aria-hidden="true">＋ </span>
            {form.label}
          </button>
        ))}
      </div>
    </section>
  );
}
