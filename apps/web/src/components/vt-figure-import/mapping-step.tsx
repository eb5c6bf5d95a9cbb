"use client";

import { KEY_LABELS, MAPPING_TARGETS, mappingTargetValue, MEASURE_LABELS, REPORTER_GROUPS, type MappingTarget } from "@kk/api/schemas";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import { controlClassName } from "@/components/ui/forms/field-parts";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { format } from "@/messages";
import { t, type Preview } from "./wizard-shared";

function targetLabel(target: MappingTarget): string {
  if (target.kind === "field") return t.mapping.fields[target.field];
  if (target.kind === "ignore") return t.mapping.ignore;
  if (target.breakdownKey) return format(t.mapping.keyOption, { key: KEY_LABELS[target.breakdownKey] });
  return MEASURE_LABELS[target.measure];
}

const REPORTER_KEYS: ReadonlySet<string> = new Set(REPORTER_GROUPS);

const TARGET_GROUPS: Array<{ label: string; targets: MappingTarget[] }> = [
  { label: t.mapping.groups.fields, targets: MAPPING_TARGETS.filter((m) => m.kind === "field") },
  { label: t.mapping.groups.measures, targets: MAPPING_TARGETS.filter((m) => m.kind === "measure" && m.breakdownKey === null) },
  { label: t.mapping.groups.reporters, targets: MAPPING_TARGETS.filter((m) => m.kind === "measure" && m.breakdownKey !== null && REPORTER_KEYS.has(m.breakdownKey)) },
  { label: t.mapping.groups.forms, targets: MAPPING_TARGETS.filter((m) => m.kind === "measure" && m.breakdownKey !== null && !REPORTER_KEYS.has(m.breakdownKey)) },
];

interface MappingStepProps {
  preview: Exclude<Preview, { stage: "FILE_ERROR" }>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  choices: string[];
  busy: boolean;
  onChoose: (index: number, value: string) => void;
  onUseMapping: () => void;
}

/** Step 2: which column holds what, when the portal is not sure (or the coordinator asks to change it). */
export function MappingStep({ preview, headingRef, choices, busy, onChoose, onUseMapping }: MappingStepProps) {
  return (
    <section aria-labelledby="stap-koppelen" className="mb-10">
      <h2 id="stap-koppelen" ref={headingRef} tabIndex={-1} className="mb-2 text-2xl">
        {format(t.steps.current, { step: 2, name: t.mapping.heading })}
      </h2>
      <p className="mb-2">{t.mapping.intro}</p>
      {preview.remembered ? <p className="mb-2">{t.mapping.remembered}</p> : null}
      <p className="mb-4 text-ink-muted">{t.mapping.rememberedAutomatically}</p>
      {preview.stage === "MAPPING" && preview.problems.length > 0 ? (
        <Notice tone="warning" title={t.mapping.problems}>
          <ul className="list-disc pl-5">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <Table
        caption={t.mapping.caption}
        head={
          <>
            <Th>{t.mapping.column}</Th>
            <Th>{t.mapping.target}</Th>
            <Th>{t.mapping.quality}</Th>
          </>
        }
      >
        {preview.columns.map((column, index) => {
          const header = column.header || format(t.mapping.emptyHeader, { number: index + 1 });
          const uncertain = column.quality !== "exact" && column.header !== "";
          const id = `kolom-${index + 1}`;
          return (
            <tr key={`${index}-${column.header}`}>
              <Td className="font-semibold">{header}</Td>
              <Td>
                <label htmlFor={id} className="sr-only">
                  {format(t.mapping.selectLabel, { header })}
                </label>
                <select
                  id={id}
                  value={choices[index] ?? mappingTargetValue(column.target)}
                  onChange={(event) => onChoose(index, event.target.value)}
                  className={controlClassName(undefined, "min-w-56")}
                >
                  {TARGET_GROUPS.map((group) => (
                    <optgroup key={group.label} label={group.label}>
                      {group.targets.map((target) => (
                        <option key={mappingTargetValue(target)} value={mappingTargetValue(target)}>
                          {targetLabel(target)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                  <option value="ignore">{t.mapping.ignore}</option>
                </select>
              </Td>
              <Td>{uncertain ? <strong className="bg-focus/40 px-1">{t.mapping.uncertain}</strong> : t.mapping.certain}</Td>
            </tr>
          );
        })}
      </Table>
      <div className="mt-6">
        <Button type="button" onClick={onUseMapping} disabled={busy}>
          {t.mapping.submit}
        </Button>
      </div>
    </section>
  );
}
