"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  FIGURE_IMPORT_FILE_TYPES,
  FIGURE_IMPORT_FORMATS,
  FIGURE_IMPORT_MAX_BYTES,
  figureImportDetails,
  KEY_LABELS,
  MAPPING_TARGETS,
  mappingTargetOf,
  mappingTargetValue,
  MEASURE_LABELS,
  REPORTER_GROUPS,
  type FigureImportCommitInput,
  type FigureImportDetails,
  type FigureImportInput,
  type MappingTarget,
} from "@kk/api/schemas";
import Link from "next/link";
import type { z } from "zod";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/field-parts";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { RadioGroup } from "@/components/ui/forms/radio-group";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { toServerFormError } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format, messages } from "@/messages";
import { postWithProgress, readAsBase64 } from "./post-with-progress";
import { summaryItems } from "@/components/ui/forms/server-error";

const t = messages.cijfersBeheer.import;
const FILE_ID = "bestand";
const CONFIRM_ID = "confirmNewVersion";
const MB = FIGURE_IMPORT_MAX_BYTES / 1024 / 1024;
const DETAIL_FIELDS = ["format", "source", "deliveredAt", "note"] as const;
const numberFormat = new Intl.NumberFormat("nl-NL");

type Preview = RouterOutputs["figureImport"]["preview"];
type CommitResult = RouterOutputs["figureImport"]["commit"];
type Committed = Extract<CommitResult, { committed: true }>;

type Progress = { kind: "reading" | "uploading"; percent: number } | { kind: "checking" | "saving" } | null;

interface Upload {
  fileName: string;
  contentBase64: string;
  format: FigureImportDetails["format"];
  skipUnknownAreas: boolean;
}

/** Today in the browser's own time zone, as "YYYY-MM-DD". */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

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

function stepOf(preview: Preview | null, committed: Committed | null, mappingOpen: boolean): number {
  if (committed) return 4;
  if (mappingOpen || preview?.stage === "MAPPING") return 2;
  if (preview?.stage === "READY" || preview?.stage === "INVALID") return 3;
  return 1;
}

/**
 * Import of Veilig Thuis figures in four steps (GOV.UK style): choose the file → map the columns
 * (when the portal is not sure) → check the preview → import, all or nothing
 * (packages/api/src/vt-figure-import). The file is read and sent with visible progress.
 */
export function FigureImportForm() {
  const fileRef = useRef<HTMLInputElement>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<Progress>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [choices, setChoices] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [committed, setCommitted] = useState<Committed | null>(null);
  /** The mapping the coordinator confirmed in step 2 (sent again with the commit); none: the remembered or proposed one. */
  const [lastMapping, setLastMapping] = useState<FigureImportInput["mapping"]>(undefined);

  const {
    register,
    handleSubmit,
    getValues,
    setError,
    trigger,
    watch,
    formState: { errors },
  } = useForm<FigureImportDetails, unknown, z.output<typeof figureImportDetails>>({
    resolver: zodResolver(figureImportDetails),
    shouldFocusError: false,
    defaultValues: { format: "TEMPLATE", source: "", deliveredAt: today(), note: "", skipUnknownAreas: false },
  });

  const step = stepOf(preview, committed, mappingOpen);
  const busy = progress !== null;

  // A new step: move focus to its heading, so keyboard and screen-reader users start there (unless
  // there are errors: then the error summary has taken the focus).
  const hasErrors = Object.keys(errors).length > 0 || fileError !== undefined || formError !== null || preview?.stage === "FILE_ERROR" || preview?.stage === "INVALID";
  useEffect(() => {
    if (step > 1 && !hasErrors) stepHeadingRef.current?.focus();
  }, [step, preview]);

  // Format and skipping change what the file means: start again from step 1.
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (name === "format" || name === "skipUnknownAreas") resetResult();
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  function resetResult() {
    setPreview(null);
    setLastMapping(undefined);
    setUpload(null);
    setMappingOpen(false);
    setConfirmed(false);
    setConfirmError(undefined);
    setCommitted(null);
  }

  function handleError(error: unknown) {
    setProgress(null);
    setAttempt((n) => n + 1);
    const result = toServerFormError(error, messages.forms);
    const unplaced: string[] = [];
    for (const [field, list] of Object.entries(result.fieldErrors)) {
      const message = list[0];
      if (!message) continue;
      if ((DETAIL_FIELDS as readonly string[]).includes(field)) setError(field as (typeof DETAIL_FIELDS)[number], { type: "server", message });
      else if (field !== CONFIRM_ID && field !== "fileName" && field !== "contentBase64") unplaced.push(message);
    }
    setConfirmError(result.fieldErrors[CONFIRM_ID]?.[0]);
    setFileError(result.fieldErrors.fileName?.[0] ?? result.fieldErrors.contentBase64?.[0]);
    setFormError(result.formError ?? unplaced[0] ?? null);
  }

  async function sendPreview(input: FigureImportInput) {
    setProgress({ kind: "uploading", percent: 0 });
    const result = await postWithProgress<Preview>("figureImport.preview", input, {
      onUpload: (fraction) => setProgress({ kind: "uploading", percent: Math.round(fraction * 100) }),
      onUploaded: () => setProgress({ kind: "checking" }),
    });
    setProgress(null);
    setPreview(result);
    setMappingOpen(false);
    setConfirmed(false);
    setConfirmError(undefined);
    if (result.stage === "MAPPING") setChoices(result.columns.map((c) => mappingTargetValue(c.target)));
    if (result.stage === "FILE_ERROR" || result.stage === "INVALID") setAttempt((n) => n + 1);
  }

  const onCheck = handleSubmit(async () => {
    resetResult();
    setFormError(null);
    setAttempt((n) => n + 1);
    const chosen = fileRef.current?.files?.[0];
    if (!chosen) return setFileError(t.form.fileRequired);
    if (!FIGURE_IMPORT_FILE_TYPES.some((ext) => chosen.name.toLowerCase().endsWith(ext))) return setFileError(t.form.fileType);
    if (chosen.size > FIGURE_IMPORT_MAX_BYTES) return setFileError(format(t.form.fileTooLarge, { mb: MB }));
    setFileError(undefined);
    let contentBase64: string;
    try {
      setProgress({ kind: "reading", percent: 0 });
      contentBase64 = await readAsBase64(chosen, (fraction) => setProgress({ kind: "reading", percent: Math.round(fraction * 100) }));
    } catch {
      setProgress(null);
      return setFileError(t.form.fileUnreadable);
    }
    const values = getValues();
    const next: Upload = { fileName: chosen.name, contentBase64, format: values.format, skipUnknownAreas: values.skipUnknownAreas ?? false };
    setUpload(next);
    try {
      await sendPreview({ ...values, ...next });
    } catch (error) {
      handleError(error);
    }
  }, () => {
    // Every problem at once (GOV.UK): the missing file too, not only the fields zod checked.
    if (!fileRef.current?.files?.[0]) setFileError(t.form.fileRequired);
    setAttempt((n) => n + 1);
  });

  function currentMapping(): FigureImportInput["mapping"] {
    if (!preview || preview.stage === "FILE_ERROR") return undefined;
    return { fingerprint: preview.fingerprint, columns: preview.columns.map((c, i) => ({ header: c.header, target: mappingTargetOf(choices[i] ?? mappingTargetValue(c.target)) })) };
  }

  async function onUseMapping() {
    if (!upload) return;
    const mapping = currentMapping();
    setLastMapping(mapping);
    setFormError(null);
    try {
      await sendPreview({ ...getValues(), ...upload, mapping });
    } catch (error) {
      handleError(error);
    }
  }

  function openMapping() {
    if (!preview || preview.stage === "FILE_ERROR") return;
    setChoices(preview.columns.map((c) => mappingTargetValue(c.target)));
    setMappingOpen(true);
  }

  async function onCommit() {
    if (!upload || !preview || preview.stage !== "READY") return;
    setFormError(null);
    if (!(await trigger())) return setAttempt((n) => n + 1);
    if (preview.needsConfirmation && !confirmed) {
      setConfirmError(t.preview.confirmRequired);
      return setAttempt((n) => n + 1);
    }
    setConfirmError(undefined);
    const input: FigureImportCommitInput = { ...getValues(), ...upload, mapping: lastMapping, confirmNewVersion: confirmed };
    try {
      setProgress({ kind: "uploading", percent: 0 });
      const result = await postWithProgress<CommitResult>("figureImport.commit", input, {
        onUpload: (fraction) => setProgress({ kind: "uploading", percent: Math.round(fraction * 100) }),
        onUploaded: () => setProgress({ kind: "saving" }),
      });
      setProgress(null);
      if (result.committed) {
        setCommitted(result);
        if (fileRef.current) fileRef.current.value = "";
      } else {
        setPreview(result.preview);
        setAttempt((n) => n + 1);
      }
    } catch (error) {
      const confirmMessage = toServerFormError(error, messages.forms).fieldErrors[CONFIRM_ID]?.[0];
      if (confirmMessage && !preview.needsConfirmation) {
        // Someone imported one of these periods since the preview: show the fresh preview with its
        // new-version notice and checkbox, and ask for the tick there.
        try {
          await sendPreview({ ...getValues(), ...upload, mapping: lastMapping });
          setConfirmError(confirmMessage);
          setAttempt((n) => n + 1);
        } catch (again) {
          handleError(again);
        }
        return;
      }
      handleError(error);
    }
  }

  function startAgain() {
    resetResult();
    fileRef.current?.focus();
  }

  const errorItems: ErrorSummaryItem[] = [
    ...summaryItems(errors, ["format"], null),
    ...(fileError ? [{ fieldId: FILE_ID, message: fileError }] : []),
    ...summaryItems(errors, ["source", "deliveredAt", "note"], null),
    ...(preview?.stage === "FILE_ERROR" ? preview.errors.map((message) => ({ fieldId: FILE_ID, message })) : []),
    ...(preview?.stage === "INVALID" && !mappingOpen ? preview.errors.map((message) => ({ message })) : []),
    ...(confirmError && preview?.stage === "READY" ? [{ fieldId: CONFIRM_ID, message: confirmError }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  const progressText =
    progress === null
      ? ""
      : progress.kind === "reading"
        ? format(t.progress.reading, { percent: progress.percent })
        : progress.kind === "uploading"
          ? format(t.progress.uploading, { percent: progress.percent })
          : progress.kind === "checking"
            ? t.progress.checking
            : t.progress.saving;

  return (
    <div className="max-w-5xl">
      <ol aria-label={t.steps.label} className="mb-8 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {t.steps.names.map((name, index) => (
          <li key={name} aria-current={index + 1 === step ? "step" : undefined} className={index + 1 === step ? "font-bold" : "text-ink-muted"}>
            {index + 1}. {name}
          </li>
        ))}
      </ol>

      <ErrorSummary errors={errorItems} focusKey={attempt} />

      <section aria-labelledby="stap-bestand" className="mb-10">
        <h2 id="stap-bestand" className="mb-4 text-2xl">
          {format(t.steps.current, { step: 1, name: t.form.heading })}
        </h2>
        <form onSubmit={onCheck} noValidate>
          <RadioGroup
            id="format"
            legend={t.form.format}
            hint={t.form.formatHint}
            error={errors.format?.message}
            options={FIGURE_IMPORT_FORMATS.map((value) => ({ value, label: t.form.formats[value] }))}
            registration={register("format")}
          />
          <FieldFrame id={FILE_ID} label={t.form.file} hint={format(t.form.fileHint, { mb: MB })} error={fileError}>
            <input
              ref={fileRef}
              id={FILE_ID}
              name="bestand"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={describedBy(FILE_ID, true, fileError)}
              aria-invalid={fileError ? true : undefined}
              onChange={() => resetResult()}
              className={controlClassName(fileError, "file:mr-4 file:border-0 file:bg-surface file:px-3 file:py-1 file:font-semibold")}
            />
          </FieldFrame>
          <TextField label={t.form.source} hint={t.form.sourceHint} error={errors.source?.message} autoComplete="off" {...register("source")} />
          <TextField label={t.form.deliveredAt} hint={t.form.deliveredAtHint} error={errors.deliveredAt?.message} type="date" max={today()} {...register("deliveredAt")} />
          <TextareaField label={t.form.note} hint={t.form.noteHint} error={errors.note?.message} rows={3} {...register("note")} />
          <CheckboxField label={t.form.skipUnknownAreas} {...register("skipUnknownAreas")} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy && step === 1 ? t.form.checking : t.form.submit}
          </Button>
        </form>
      </section>

      <div className="mb-8">
        {progress !== null ? (
          <div className="max-w-xl">
            <label htmlFor="voortgang" className="block font-semibold">
              {t.progress.label}
            </label>
            <progress
              id="voortgang"
              className="h-4 w-full accent-action"
              max={100}
              value={progress.kind === "reading" || progress.kind === "uploading" ? progress.percent : undefined}
            />
          </div>
        ) : null}
        <p role="status" aria-live="polite" className="mt-1 font-semibold">
          {progressText}
        </p>
      </div>

      {preview && preview.stage !== "FILE_ERROR" && step === 2 ? (
        <section aria-labelledby="stap-koppelen" className="mb-10">
          <h2 id="stap-koppelen" ref={stepHeadingRef} tabIndex={-1} className="mb-2 text-2xl">
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
                      onChange={(event) => setChoices((list) => list.map((v, i) => (i === index ? event.target.value : v)))}
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
      ) : null}

      {preview && (preview.stage === "READY" || preview.stage === "INVALID") && step === 3 ? (
        <section aria-labelledby="stap-controleren" className="mb-10">
          <h2 id="stap-controleren" ref={stepHeadingRef} tabIndex={-1} className="mb-2 text-2xl">
            {format(t.steps.current, { step: 3, name: t.preview.heading })}
          </h2>
          <p className="mb-1 text-ink-muted">{format(t.preview.file, { name: preview.fileName })}</p>
          {preview.stage === "READY" && preview.tableId ? <p className="mb-1 text-ink-muted">{format(t.preview.table, { id: preview.tableId })}</p> : null}
          {preview.notes.length > 0 ? (
            <Notice tone="info" title={t.preview.notes}>
              {preview.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </Notice>
          ) : null}
          {preview.stage === "INVALID" ? (
            <>
              <Notice tone="error" title={t.preview.errorsTitle}>
                <p className="mb-2">{t.preview.invalid}</p>
                <ul className="list-disc pl-5">
                  {preview.errors.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </Notice>
              <div className="flex flex-wrap gap-4">
                <Button type="button" variant="secondary" onClick={openMapping}>
                  {t.mapping.change}
                </Button>
                <Button type="button" variant="quiet" onClick={startAgain}>
                  {t.preview.otherFile}
                </Button>
              </div>
            </>
          ) : (
            <ReadyPreview
              preview={preview}
              busy={busy}
              confirmed={confirmed}
              confirmError={confirmError}
              onConfirm={(value) => {
                setConfirmed(value);
                if (value) setConfirmError(undefined);
              }}
              onCommit={onCommit}
              onChangeMapping={openMapping}
              onOtherFile={startAgain}
            />
          )}
        </section>
      ) : null}

      {committed ? (
        <section aria-labelledby="stap-importeren" className="mb-10">
          <h2 id="stap-importeren" ref={stepHeadingRef} tabIndex={-1} className="mb-2 text-2xl">
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
                <Button type="button" variant="quiet" onClick={startAgain}>
                  {t.success.another}
                </Button>
              </li>
            </ul>
          </Notice>
        </section>
      ) : null}
    </div>
  );
}

interface ReadyPreviewProps {
  preview: Extract<Preview, { stage: "READY" }>;
  busy: boolean;
  confirmed: boolean;
  confirmError: string | undefined;
  onConfirm: (value: boolean) => void;
  onCommit: () => void;
  onChangeMapping: () => void;
  onOtherFile: () => void;
}

function ReadyPreview({ preview, busy, confirmed, confirmError, onConfirm, onCommit, onChangeMapping, onOtherFile }: ReadyPreviewProps) {
  const newVersions = preview.deliveries.filter((d) => d.action === "NEW_VERSION");
  return (
    <>
      <p className="mb-2">
        {format(preview.deliveries.length === 1 ? t.preview.summaryOne : t.preview.summary, {
          values: numberFormat.format(preview.valueCount),
          deliveries: preview.deliveries.length,
        })}
      </p>
      <p className="mb-4">{t.preview.replaceRule}</p>
      <Table
        caption={t.preview.caption}
        head={
          <>
            <Th>{t.preview.period}</Th>
            <Th>{t.preview.scope}</Th>
            <Th>{t.preview.action}</Th>
            <Th className="text-right">{t.preview.values}</Th>
            <Th className="text-right">{t.preview.carriedOver}</Th>
            <Th>{t.preview.provisional}</Th>
          </>
        }
      >
        {preview.deliveries.map((d) => (
          <tr key={`${d.periodCode}-${d.scopeAreaId}`}>
            <Td>{d.periodLabel}</Td>
            <Td>{d.scopeName}</Td>
            <Td>{d.action === "NEW" ? t.preview.actions.NEW : <strong>{format(t.preview.actions.NEW_VERSION, { version: d.version })}</strong>}</Td>
            <Td className="text-right tabular-nums">{numberFormat.format(d.valueCount)}</Td>
            <Td className="text-right tabular-nums">{numberFormat.format(d.carriedOverCount)}</Td>
            <Td>{d.provisional ? t.preview.yes : t.preview.no}</Td>
          </tr>
        ))}
      </Table>
      {preview.skipped.length > 0 ? (
        <details className="mt-4 border-l-4 border-line-strong pl-4">
          <summary className="cursor-pointer font-semibold">{format(t.preview.skipped, { count: preview.skipped.length })}</summary>
          <ul className="mt-2 list-disc pl-5">
            {preview.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {newVersions.length > 0 ? (
        <div className="mt-6">
          <Notice tone="warning" title={t.preview.newVersionTitle}>
            {newVersions.map((d) => (
              <p key={`${d.periodCode}-${d.scopeAreaId}`} className="mb-2">
                {d.notice}
              </p>
            ))}
          </Notice>
          <CheckboxField
            name={CONFIRM_ID}
            label={t.preview.confirmNewVersion}
            error={confirmError}
            checked={confirmed}
            aria-required="true"
            onChange={(event) => onConfirm(event.target.checked)}
          />
        </div>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="button" onClick={onCommit} disabled={busy}>
          {busy ? t.preview.importing : t.preview.submit}
        </Button>
        <Button type="button" variant="secondary" onClick={onChangeMapping} disabled={busy}>
          {t.mapping.change}
        </Button>
        <Button type="button" variant="quiet" onClick={onOtherFile} disabled={busy}>
          {t.preview.otherFile}
        </Button>
      </div>
    </>
  );
}

