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

/** 44 px tall on phones (a finger's width), compact where a mouse points; greyed and waiting until the page's scripts run. */
export const controlClass =
  "block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-base text-slate-900 shadow-sm focus:border-sky-600 focus:outline-2 focus:outline-sky-600 disabled:cursor-wait disabled:bg-slate-100 aria-[invalid=true]:border-rose-600 sm:min-h-0 sm:text-sm sm:pointer-coarse:min-h-11";

/** "项目数 99999 项，是否正确？ [确认无误]": a figure far above the usual counts only once the clerk says so. */
export function ConfirmFigure({ question, onConfirm }: { question: string; onConfirm: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950">
      <span>{question}</span>
      <button
        type="button"
        onClick={onConfirm}
        className="min-h-11 rounded-md border border-amber-700 bg-white px-3 text-sm font-medium text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-700 sm:min-h-8 sm:pointer-coarse:min-h-11"
      >
        确认无误
      </button>
    </div>
  );
}
