import type { FactGroupForm } from "./derive-questionnaire";
import { addButtonId } from "./anchors";
import type { Entry, Problem } from "./entry-status";
import { FactEntry } from "./fact-entry";

/** One group (质量奖项、标准化 …): the facts stated so far, then a button per fact type the policy pays for. */
export function FactGroupSection({
  group,
  entries,
  problems,
  ordinals,
  focusKey,
  onAdd,
  onChange,
  onRemove,
}: {
  group: FactGroupForm;
  entries: Entry[];
  problems: Map<number, Problem[]>;
  ordinals: Map<number, number>;
  focusKey: number | undefined;
  onAdd: (type: string) => void;
  onChange: (entry: Entry) => void;
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
          .map((e) => (
            <FactEntry
              key={e.key}
              form={form}
              entry={e}
              problems={problems.get(e.key) ?? []}
              ordinal={ordinals.get(e.key) ?? 1}
              focusOnMount={e.key === focusKey}
              onChange={onChange}
              onRemove={() => onRemove(e.key)}
            />
          )),
      )}
      <div className="flex flex-wrap gap-2">
        {group.forms.map((form) => (
          // Submit buttons: before the scripts run, the server adds the entry (initial-state.ts).
          <button
            key={form.type}
            id={addButtonId(form.type)}
            type="submit"
            name="add"
            value={form.type}
            onClick={(e) => {
              e.preventDefault();
              onAdd(form.type);
            }}
            aria-label={`添加${form.label}`}
            className="min-h-11 scroll-mt-4 rounded-full border border-dashed border-sky-700 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 sm:min-h-0 sm:pointer-coarse:min-h-11"
          >
            <span aria-hidden="true">＋ </span>
            {form.label}
          </button>
        ))}
      </div>
    </section>
  );
}
