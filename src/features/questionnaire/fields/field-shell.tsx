import { useId } from "react";

interface ShellIds {
  input: string;
  describedBy: string | undefined;
}

/**
 * Label above, plain hint and the validation message in words below, all wired to the control
 * (aria-describedby, aria-invalid) so a screen reader reads them with it.
 */
export function FieldShell({
  label,
  hint,
  error,
  required,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (ids: ShellIds) => React.ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-800">
        <label htmlFor={`${id}-input`}>{label}</label>
        {required && (
          <span aria-hidden="true" className="text-rose-700">
            {" "}
            *
          </span>
        )}
      </p>
      {children({ input: `${id}-input`, describedBy })}
      {error && (
        <p id={errorId} className="text-sm text-rose-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-base text-slate-900 shadow-sm focus:border-sky-600 focus:outline-2 focus:outline-sky-600 aria-[invalid=true]:border-rose-600 sm:text-sm";
