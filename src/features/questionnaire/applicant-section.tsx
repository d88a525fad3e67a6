import { applicantDefaults } from "@/engine";
import type { Applicant, Scalar } from "@/engine/types";
import { useHydrated } from "@/features/site/use-hydrated";
import type { Field } from "@/lib/validation/fields";
import { CheckField } from "./fields/check-field";
import { ChoiceField } from "./fields/choice-field";

/** Who is applying comes first: it decides which clauses, and so which questions, apply. */
export function ApplicantSection({
  questions,
  applicant,
  onChange,
}: {
  questions: Field[];
  applicant: Applicant;
  onChange: (name: string, value: Scalar) => void;
}) {
  const ready = useHydrated();
  const valueOf = (name: string) => applicant[name] ?? applicantDefaults[name];
  const kind = questions.find((q) => q.name === "kind");
  const rest = questions.filter((q) => q.name !== "kind");
  return (
    <div className="space-y-3">
      {kind && (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{kind.label}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {kind.options?.map((o) => (
              <label
                key={o.value}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-disabled:cursor-wait has-[:checked]:border-sky-700 sm:min-h-0 sm:pointer-coarse:min-h-11 has-[:checked]:bg-sky-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-700"
              >
                <input
                  type="radio"
                  name="applicant-kind"
                  value={o.value}
                  checked={applicant.kind === o.value}
                  disabled={!ready}
                  onChange={() => onChange("kind", o.value)}
                  className="accent-sky-700"
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {rest
          .filter((q) => q.type === "enum")
          .map((q) => (
            <ChoiceField
              key={q.name}
              label={q.label}
              options={q.options ?? []}
              value={valueOf(q.name) === undefined ? undefined : String(valueOf(q.name))}
              onChange={(v) => onChange(q.name, v)}
            />
          ))}
      </div>
      {rest
        .filter((q) => q.type === "boolean")
        .map((q) => (
          <CheckField key={q.name} label={q.label} checked={valueOf(q.name) === true} onChange={(v) => onChange(q.name, v)} />
        ))}
    </div>
  );
}
