"use client";

import Link from "next/link";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { format } from "@/messages";
import { numberFormat, t, type Committed } from "./wizard-shared";

interface DoneStepProps {
  committed: Committed;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnother: () => void;
}

/** Step 4: what was imported, with the way on (dashboard, figures, another file). */
export function DoneStep({ committed, headingRef, onAnother }: DoneStepProps) {
  return (
    <section aria-labelledby="stap-importeren" className="mb-10">
      <h2 id="stap-importeren" ref={headingRef} tabIndex={-1} className="mb-2 text-2xl">
        {format(t.steps.current, { step: 4, name: t.steps.names[3] ?? "" })}
      </h2>
      <Notice tone="success" role="status" title={t.success.title}>
        <p className="mb-2">{format(t.success.body, { values: numberFormat.format(committed.valueCount), name: committed.fileName })}</p>
        <ul className="mb-4 list-disc pl-5">
          {committed.deliveries.map((d) => (
            <li key={d.id}>
              {format(t.success.delivery, {
                period: d.periodLabel,
                scope: d.scopeName,
                version: d.version,
                values: numberFormat.format(d.valueCount),
                carried: d.carriedOverCount > 0 ? format(t.success.carried, { count: numberFormat.format(d.carriedOverCount) }) : "",
              })}
            </li>
          ))}
        </ul>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/dashboard">{t.success.dashboard}</Link>
          </li>
          <li>
            <Link href="/beheer/cijfers">{t.success.figures}</Link>
          </li>
          <li>
            <Button type="button" variant="quiet" onClick={onAnother}>
              {t.success.another}
            </Button>
          </li>
        </ul>
      </Notice>
    </section>
  );
}
