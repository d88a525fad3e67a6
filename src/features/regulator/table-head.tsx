/** Cell padding shared by the regulator's tables, so header and body columns line up. */
export const cell = "px-3 py-1.5";
export const numberCell = `${cell} text-right`;

/** A column heading; `numeric` right-aligns it over its figures, `srOnly` names a column of buttons for screen readers only. */
export type Column = string | { label: string; numeric?: boolean; srOnly?: boolean };

/** The header row of a regulator table: one `th scope="col"` per column. */
export function TableHead({ columns, className = "bg-slate-100 text-slate-700" }: { columns: readonly Column[]; className?: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column) => {
          const { label, numeric = false, srOnly = false } = typeof column === "string" ? { label: column } : column;
          return (
            <th key={label} scope="col" className={`${numeric ? numberCell : cell} font-medium`}>
              {srOnly ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
