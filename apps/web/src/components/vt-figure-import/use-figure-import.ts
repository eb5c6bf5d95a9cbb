"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  FIGURE_IMPORT_FILE_TYPES,
  FIGURE_IMPORT_MAX_BYTES,
  figureImportDetails,
  mappingTargetOf,
  mappingTargetValue,
  type FigureImportCommitInput,
  type FigureImportDetails,
  type FigureImportInput,
} from "@kk/api/schemas";
import type { z } from "zod";
import { useEffect, useRef, useState } from "react";
import { useForm, type ErrorOption } from "react-hook-form";
import { applyServerError, serverFieldError, summaryItems } from "@/components/ui/forms/server-error";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { format } from "@/messages";
import { postWithProgress, readAsBase64 } from "./post-with-progress";
import { CONFIRM_ID, FILE_ID, MB, t, today, type CommitResult, type Committed, type Preview, type Progress } from "./wizard-shared";

const DETAIL_FIELDS = ["format", "source", "deliveredAt", "note"] as const;
/** The API's fields the wizard shows outside react-hook-form: the confirm box and the file field. */
const OWN_BOX_FIELDS: readonly string[] = [CONFIRM_ID, "fileName", "contentBase64"];

function isDetailField(field: string): field is (typeof DETAIL_FIELDS)[number] {
  return (DETAIL_FIELDS as readonly string[]).includes(field);
}

interface Upload {
  fileName: string;
  contentBase64: string;
  format: FigureImportDetails["format"];
  skipUnknownAreas: boolean;
}

function stepOf(preview: Preview | null, committed: Committed | null, mappingOpen: boolean): number {
  if (committed) return 4;
  if (mappingOpen || preview?.stage === "MAPPING") return 2;
  if (preview?.stage === "READY" || preview?.stage === "INVALID") return 3;
  return 1;
}

/**
 * The state of the figure-import wizard (choose the file → map the columns → check the preview →
 * import) and what its buttons do; the steps themselves only render (`figure-import-form.tsx`).
 */
export function useFigureImport() {
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
    // The API's field errors go to three places: the detail fields (react-hook-form), the file
    // field and the confirm box; any other field's error goes to the top of the form.
    const elsewhere: Record<string, string> = {};
    const formError = applyServerError(
      error,
      (field: string, option: ErrorOption) => {
        if (isDetailField(field)) setError(field, option);
        else elsewhere[field] = option.message ?? "";
      },
      (field) => isDetailField(field) || OWN_BOX_FIELDS.includes(field),
    );
    setConfirmError(elsewhere[CONFIRM_ID]);
    setFileError(elsewhere.fileName ?? elsewhere.contentBase64);
    setFormError(formError);
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

  function chooseTarget(index: number, value: string) {
    setChoices((list) => list.map((v, i) => (i === index ? value : v)));
  }

  function confirmNewVersion(value: boolean) {
    setConfirmed(value);
    if (value) setConfirmError(undefined);
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
      const confirmMessage = serverFieldError(error, CONFIRM_ID);
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

  return {
    register,
    errors,
    fileRef,
    stepHeadingRef,
    step,
    busy,
    progress,
    preview,
    choices,
    confirmed,
    confirmError,
    committed,
    fileError,
    errorItems,
    attempt,
    onCheck,
    onUseMapping,
    openMapping,
    chooseTarget,
    confirmNewVersion,
    onCommit,
    startAgain,
    resetResult,
  };
}

export type FigureImportWizard = ReturnType<typeof useFigureImport>;
