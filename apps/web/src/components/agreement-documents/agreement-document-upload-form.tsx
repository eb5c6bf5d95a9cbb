"use client";

import { AGREEMENT_DOCUMENT_MAX_BYTES, AGREEMENT_DOCUMENT_MAX_MB, AGREEMENT_DOCUMENT_NOTE_MAX } from "@kk/api/schemas";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { uploadAgreementDocumentAction } from "./actions";
import { UPLOAD_FIELD_IDS, type UploadFieldKey, type UploadState } from "./upload-state";

const t = messages.convenantenDocumenten.upload;
const IDS = UPLOAD_FIELD_IDS;

/**
 * A new version of the agreement text. A plain form posting to a server action: it works
 * without JavaScript; with JavaScript a too-large file is refused before it is sent.
 */
export function AgreementDocumentUploadForm({ agreementId }: { agreementId: string }) {
  const [state, formAction, pending] = useActionState<UploadState, FormData>(uploadAgreementDocumentAction, { status: "idle" });
  const [local, setLocal] = useState<{ message: string; attempt: number } | null>(null);

  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const fieldError = (key: UploadFieldKey) => (key === "file" && local ? local.message : serverErrors[key]);
  const summary: ErrorSummaryItem[] = local
    ? [{ fieldId: IDS.file, message: local.message }]
    : [
        ...(state.status === "error" && state.formError ? [{ message: state.formError }] : []),
        ...(Object.keys(IDS) as UploadFieldKey[]).flatMap((key) => {
          const message = serverErrors[key];
          return message ? [{ fieldId: IDS[key], message }] : [];
        }),
      ];
  const values = state.status === "error" ? state.values : { documentDate: "", note: "" };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("bestand");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > AGREEMENT_DOCUMENT_MAX_BYTES) {
      event.preventDefault();
      setLocal((previous) => ({ message: format(t.fileTooLarge, { mb: AGREEMENT_DOCUMENT_MAX_MB }), attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    setLocal(null);
  }

  const fileError = fieldError("file");
  const fileHint = format(t.fileHint, { mb: AGREEMENT_DOCUMENT_MAX_MB });

  return (
    <section aria-labelledby="document-toevoegen" className="mt-8 max-w-3xl">
      <h3 id="document-toevoegen" className="mb-4 text-xl">
        {t.heading}
      </h3>
      <ErrorSummary errors={summary} focusKey={(local?.attempt ?? 0) + (state.status === "idle" ? 0 : state.attempt) * 1000} />
      <div aria-live="polite">
        {state.status === "saved" && !local ? (
          <Notice tone="success" role="status" title={t.successTitle}>
            <p>{format(t.success, { n: state.versionNumber, fileName: state.fileName })}</p>
          </Notice>
        ) : null}
      </div>
      <form action={formAction} onSubmit={onSubmit} noValidate data-testid="document-upload-form">
        <input type="hidden" name="agreementId" value={agreementId} />
        <FieldFrame id={IDS.file} label={t.fileLabel} hint={fileHint} error={fileError}>
          <input
            id={IDS.file}
            name="bestand"
            type="file"
            accept="application/pdf,.pdf"
            aria-describedby={describedBy(IDS.file, fileHint, fileError)}
            aria-invalid={fileError ? true : undefined}
            className={controlClassName(fileError, "file:mr-4 file:border-0 file:bg-surface file:px-3 file:py-1 file:font-semibold")}
          />
        </FieldFrame>
        <TextField
          key={`datum-${state.status === "idle" ? 0 : state.attempt}`}
          id={IDS.documentDate}
          name="documentDatum"
          type="date"
          label={t.dateLabel}
          hint={t.dateHint}
          error={fieldError("documentDate")}
          defaultValue={values.documentDate}
          className="max-w-xs"
        />
        <FieldFrame
          id={IDS.note}
          label={t.noteLabel}
          hint={format(t.noteHint, { max: AGREEMENT_DOCUMENT_NOTE_MAX })}
          error={fieldError("note")}
        >
          <textarea
            key={`toelichting-${state.status === "idle" ? 0 : state.attempt}`}
            id={IDS.note}
            name="toelichting"
            rows={3}
            defaultValue={values.note}
            aria-describedby={describedBy(IDS.note, true, fieldError("note"))}
            aria-invalid={fieldError("note") ? true : undefined}
            className={controlClassName(fieldError("note"))}
          />
        </FieldFrame>
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </Button>
      </form>
    </section>
  );
}
