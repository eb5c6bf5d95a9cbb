import type { ReactNode } from "react";

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  /** Small line above the title, e.g. the section a page belongs to. */
  caption?: string;
  actions?: ReactNode;
}

export function PageHeader({ title, intro, caption, actions }: PageHeaderProps) {
  return (
    <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="max-w-3xl">
        {caption ? <p className="text-lg text-ink-muted">{caption}</p> : null}
        <h1 className="text-3xl sm:text-4xl">{title}</h1>
        {intro ? <div className="mt-3 text-lg">{intro}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
    </div>
  );
}
