import type { ComponentProps, ReactNode } from "react";
import { ExportButtons } from "./export-buttons";

const LEVEL = { h3: "font-semibold", h4: "font-medium" } as const;

/** A result section's heading, with the buttons that export its tables beside it. */
export function SectionHead({ id, level, children, exports }: { id: string; level: keyof typeof LEVEL; children: ReactNode; exports: ComponentProps<typeof ExportButtons> }) {
  const Heading = level;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <Heading id={id} className={LEVEL[level]}>
        {children}
      </Heading>
      <ExportButtons {...exports} />
    </div>
  );
}
