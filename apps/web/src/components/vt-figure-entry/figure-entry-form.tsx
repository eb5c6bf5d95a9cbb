"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { saveFiguresInput, type SaveFiguresInput, type SaveFiguresValues } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { FieldError } from "@/components/ui/forms/field-parts";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { cellInput, periodLabelOf } from "./format";
import { applyServerError, errorAt } from "@/components/ui/forms/server-error";

const t = messages.cijfersBeheer.entry;
const labels = messages.cijfersBeheer.labels;

type Measure = SaveFiguresValues["cells"][number]["measure"];
type BreakdownKind = SaveFiguresValues["cells"][number]["breakdownKind"];
type BreakdownKey = SaveFiguresValues["cells"][number]["breakdownKey"];

export interface EntryFormData {
  scope: { id: string; name: string };
  areas: Array<{ id: string; name: string; kind: string }>;
  measures: readonly Measure[];
  reporterGroups: readonly BreakdownKey[];
  forms: readonly BreakdownKey[];
  /** Periods of the scope with figures, and their current version. */
  periods: Array<{ code: string; label: string; version: number }>;
  /** The current version the form starts from, when a period was chosen. */
  start: null | {
    period: { code: string; label: string; year: number; half: 1 | 2 | null };
    version: number;
    source: string;
    provisional: boolean;
    values: Array<{ areaId: string; measure: string; breakdownKind: string; breakdownKey: string; status: string; value: number | null }>;
  };
  /** Today in Amsterdam, "YYYY-MM-DD". */
  today: string;
}

interface CellDef {
  index: number;
  areaId: string;
  areaName: string;
  measure: Measure;
  breakdownKind: BreakdownKind;
  breakdownKey: BreakdownKey;
}

/** The grid's cells in screen order: areas × measures, then the municipality's reporter groups and forms. */
function cellDefs(data: EntryFormData): CellDef[] {
  const defs: CellDef[] = [];
  const add = (area: { id: string; name: string }, measure: Measure, breakdownKind: BreakdownKind, breakdownKey: BreakdownKey) =>
    defs.push({ index: defs.length, areaId: area.id, areaName: area.name, measure, breakdownKind, breakdownKey });
  for (const area of data.areas) for (const measure of data.measures) add(area, measure, "NONE", "");
  for (const key of data.reporterGroups) add(data.scope, "CHILD_REPORTS", "REPORTER_GROUP", key);
  for (const key of data.forms) add(data.scope, "CHILD_REPORTS", "FORM", key);
  return defs;
}

function cellName(def: CellDef, period: string): string {
  const key = def.breakdownKey === "" ? "" : `, ${labels.keys[def.breakdownKey] ?? def.breakdownKey}`;
  return `${labels.measures[def.measure]}${key}, ${def.areaName}, ${period}`;
}

const TOP_FIELDS = ["year", "half", "source", "deliveredAt", "note"] as const;

function isKnownField(field: string): boolean {
  return (TOP_FIELDS as readonly string[]).includes(field) || field === "confirmNewVersion" || field === "cells" || /^cells\.\d+\.value$/.test(field);
}

/**
 * Hand entry of a period's figures: a grid per area × measure and the municipality's two
 * breakdowns. The server's zod schema runs in the browser; the import's rules (parts above the
 * total, wijken above the municipality) come back from the server on the cells they concern.
 */
export function FigureEntryForm({ data }: { data: EntryFormData }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.figureEntry.save.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const defs = cellDefs(data);
  const startValue = (def: CellDef) =>
    cellInput(data.start?.values.find((v) => v.areaId === def.areaId && v.measure === def.measure && v.breakdownKind === def.breakdownKind && v.breakdownKey === def.breakdownKey));

  const {
    register,
    handleSubmit,
    getValues,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SaveFiguresInput, unknown, SaveFiguresValues>({
    resolver: zodResolver(saveFiguresInput),
    shouldFocusError: false,
    defaultValues: {
      scopeAreaId: data.scope.id,
      year: data.start ? String(data.start.period.year) : "",
      half: data.start?.period.half ? (String(data.start.period.half) as "1" | "2") : "",
      source: data.start?.source ?? "",
      deliveredAt: data.today,
      provisional: data.start?.provisional ?? false,
      note: "",
      startedFromVersion: data.start?.version ?? 0,
      confirmNewVersion: false,
      cells: defs.map((def) => ({ areaId: def.areaId, measure: def.measure, breakdownKind: def.breakdownKind, breakdownKey: def.breakdownKey, value: startValue(def) })),
    },
  });

  const year = String(useWatch({ control, name: "year" }) ?? "").trim();
  const half = useWatch({ control, name: "half" }) ?? "";
  const periodCode = /^\d{4}$/.test(year) ? (half === "" ? year : `${year}-H${half}`) : null;
  const periodLabel = periodCode ? periodLabelOf(year, half) : t.periodPlaceholder;
  const existing = periodCode ? (data.periods.find((p) => p.code === periodCode) ?? null) : null;
  const startedHere = data.start !== null && data.start.period.code === periodCode;
  // The version this form knows for the chosen period: the one it was loaded from, or the current one at page load.
  const knownVersion = startedHere ? data.start!.version : (existing?.version ?? 0);

  const summary = (errs: FieldErrors<SaveFiguresInput>): ErrorSummaryItem[] => {
    const items: ErrorSummaryItem[] = [];
    for (const f of TOP_FIELDS) {
      const message = errorAt(errs, f);
      if (message) items.push({ fieldId: f, message });
    }
    const list = errs.cells as { message?: string; root?: { message?: string } } | undefined;
    const listMessage = list?.root?.message ?? list?.message;
    if (listMessage) items.push({ fieldId: "cells.0.value", message: listMessage });
    for (const def of defs) {
      const message = errorAt(errs, `cells.${def.index}.value`);
      if (message) items.push({ fieldId: `cells.${def.index}.value`, message: `${cellName(def, periodLabel)}: ${message}` });
    }
    const confirm = errorAt(errs, "confirmNewVersion");
    if (confirm) items.push({ fieldId: "confirmNewVersion", message: confirm });
    if (formError) items.push({ message: formError });
    return items;
  };

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      const values = getValues();
      if (knownVersion > 0 && !values.confirmNewVersion) {
        setError("confirmNewVersion", { type: "required", message: format(t.confirmRequired, { next: knownVersion + 1, period: periodLabel }) });
        setAttempt((n) => n + 1);
        return;
      }
      try {
        const result = await save.mutateAsync({ ...values, startedFromVersion: knownVersion });
        router.push(`/beheer/cijfers/leveringen/${result.delivery.id}?opgeslagen=1`);
      } catch (error) {
        setFormError(applyServerError(error, setError, isKnownField));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const required = (label: string) => (
    <>
      {label} <span className="font-normal">{t.required}</span>
    </>
  );
  const list = errors.cells as { message?: string; root?: { message?: string } } | undefined;
  const listMessage = list?.root?.message ?? list?.message;

  const cellInputFor = (def: CellDef) => {
    const id = `cells.${def.index}.value`;
    const error = errorAt(errors, id);
    return (
      <td key={id} className={`relative border-b border-line px-1 py-2 align-top ${error ? "bg-error-bg" : ""}`}>
        <label htmlFor={id} className="sr-only">
          {cellName(def, periodLabel)}
        </label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : "cells-hint"}
          className={`block w-24 rounded-none border-2 bg-paper px-2 py-1.5 text-right text-base tabular-nums text-ink ${error ? "border-danger" : "border-line-strong"}`}
          {...register(`cells.${def.index}.value`)}
        />
        <FieldError id={`${id}-error`} message={error} className="mt-1 max-w-48 text-sm" />
      </td>
    );
  };

  const totalDefs = defs.filter((d) => d.breakdownKind === "NONE");
  const breakdown = (kind: BreakdownKind, caption: string) => {
    const rows = defs.filter((d) => d.breakdownKind === kind);
    return (
      <div className="relative w-full min-w-0 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-line-strong px-2 py-2 align-bottom">
                {t.key}
              </th>
              <th scope="col" className="border-b-2 border-line-strong px-2 py-2 text-right align-bottom">
                {data.scope.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((def) => (
              <tr key={def.index}>
                <th scope="row" className="border-b border-line px-2 py-2 text-left font-normal">
                  {labels.keys[def.breakdownKey] ?? def.breakdownKey}
                </th>
                {cellInputFor(def)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <>
      <ErrorSummary errors={summary(errors)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} data-testid="figure-entry-form">
        {startedHere ? (
          <Notice>
            <p>{format(t.startedFrom, { period: data.start!.period.label, version: data.start!.version, next: data.start!.version + 1 })}</p>
          </Notice>
        ) : null}

        <fieldset className="mb-6 max-w-3xl min-w-0">
          <legend className="mb-2 text-xl font-bold">{t.periodLegend}</legend>
          <div className="grid gap-x-6 sm:grid-cols-[10rem_1fr] [&>*]:min-w-0">
            <TextField label={required(t.year)} hint={t.yearHint} inputMode="numeric" autoComplete="off" className="max-w-32" {...register("year")} error={errorAt(errors, "year")} />
            <SelectField label={t.half} options={Object.entries(t.halves).map(([value, label]) => ({ value, label }))} {...register("half")} error={errorAt(errors, "half")} />
          </div>
        </fieldset>

        {existing && !startedHere ? (
          <Notice tone="warning" role="status">
            <p>{format(t.existingNotice, { period: periodLabel, version: existing.version, next: existing.version + 1 })}</p>
            <p className="mt-2">
              <Link href={`/beheer/cijfers/invoeren?periode=${encodeURIComponent(existing.code)}&gebied=${encodeURIComponent(data.scope.id)}`}>{t.startSubmit}</Link>
            </p>
          </Notice>
        ) : null}

        <fieldset className="mb-6 max-w-3xl min-w-0">
          <legend className="mb-2 text-xl font-bold">{t.deliveryLegend}</legend>
          <TextField label={required(t.source)} hint={t.sourceHint} autoComplete="off" {...register("source")} error={errorAt(errors, "source")} />
          <TextField type="date" label={required(t.deliveredAt)} hint={t.deliveredAtHint} className="max-w-48" {...register("deliveredAt")} error={errorAt(errors, "deliveredAt")} />
          <CheckboxField label={t.provisional} {...register("provisional")} />
          <TextareaField label={t.note} hint={t.noteHint} rows={2} {...register("note")} error={errorAt(errors, "note")} />
        </fieldset>

        <fieldset className="mb-6 min-w-0">
          <legend className="mb-2 text-xl font-bold">{t.cellsLegend}</legend>
          <p id="cells-hint" className="mb-4 max-w-3xl text-ink-muted">
            {t.cellsHint}
          </p>
          <FieldError message={listMessage} className="mb-3" />
          <div className="relative mb-8 w-full overflow-x-auto" role="region" aria-label={format(t.totalsCaption, { period: periodLabel })} tabIndex={0}>
            <table className="border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-bold">{format(t.totalsCaption, { period: periodLabel })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b-2 border-line-strong px-2 py-2 align-bottom">
                    {t.area}
                  </th>
                  {data.measures.map((m) => (
                    <th key={m} scope="col" className="w-28 border-b-2 border-line-strong px-1 py-2 text-right align-bottom text-sm">
                      {labels.measures[m]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.areas.map((area) => (
                  <tr key={area.id}>
                    <th scope="row" className={`border-b border-line px-2 py-2 text-left whitespace-nowrap ${area.kind === "WIJK" ? "font-normal" : ""}`}>
                      {area.name}
                    </th>
                    {totalDefs.filter((d) => d.areaId === area.id).map(cellInputFor)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mb-4 max-w-3xl text-ink-muted">{t.breakdownHint}</p>
          <div className="grid gap-8 lg:grid-cols-2">
            {breakdown("REPORTER_GROUP", format(t.reporterCaption, { period: periodLabel }))}
            {breakdown("FORM", format(t.formCaption, { period: periodLabel }))}
          </div>
        </fieldset>

        {knownVersion > 0 ? (
          <div className="mb-6 max-w-3xl">
            <CheckboxField
              label={format(t.confirmNewVersion, { next: knownVersion + 1, period: periodLabel })}
              {...register("confirmNewVersion")}
              error={errorAt(errors, "confirmNewVersion")}
            />
          </div>
        ) : null}

        <div className="flex flex-wrap items-center gap-6">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t.saving : t.submit}
          </Button>
          <Link href="/beheer/cijfers">{t.cancel}</Link>
        </div>
      </form>
    </>
  );
}
