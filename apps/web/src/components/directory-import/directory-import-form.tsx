"use client";

import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc/client";
import { toServerFormError } from "@/lib/trpc/errors";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.directoryImport;
const FILE_ID = "bestand";
const MB = IMPORT_MAX_BYTES / 1024 / 1024;

interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In chunks: String.fromCharCode(...bytes) overflows the stack for a few MB.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const rowId = (rowNumber: number) => `rij-${rowNumber}`;

/** Upload → preview with row-level errors → import, all or nothing (packages/api/src/directory-import). */
export function DirectoryImportForm() {
  const trpc = useTRPC();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const preview = useMutation(trpc.directoryImport.preview.mutationOptions());
  const commit = useMutation(trpc.directoryImport.commit.mutationOptions());

  // The commit's answer replaces the preview: on refusal it carries the same rows and errors.
  const result = commit.data ?? preview.data;
  const serverError = preview.error ?? commit.error;
  const serverFormError = serverError ? toServerFormError(serverError, messages.forms) : null;
  const inputError = fileError ?? serverFormError?.fieldErrors.fileName?.[0] ?? serverFormError?.fieldErrors.contentBase64?.[0];

  async function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    preview.reset();
    commit.reset();
    setAttempt((n) => n + 1);
    const chosen = inputRef.current?.files?.[0];
    if (!chosen) return setFileError(t.fileRequired);
    if (chosen.size > IMPORT_MAX_BYTES) return setFileError(format(t.fileTooLarge, { mb: MB }));
    let contentBase64: string;
    try {
      contentBase64 = await toBase64(chosen);
    } catch {
      return setFileError(t.fileUnreadable);
    }
    setFileError(undefined);
    const upload = { fileName: chosen.name, contentBase64 };
    setFile(upload);
    preview.mutate(upload);
  }

  function onImport() {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: (data) => {
        if (data.imported && inputRef.current) inputRef.current.value = "";
      },
    });
  }

  const summaryItems: ErrorSummaryItem[] = [
    ...(inputError ? [{ fieldId: FILE_ID, message: inputError }] : []),
    ...(serverFormError && !inputError && serverFormError.formError ? [{ message: serverFormError.formError }] : []),
    ...(result && !commit.data?.imported
      ? [
          ...result.fileErrors.map((message) => ({ fieldId: FILE_ID, message })),
          ...result.rows.flatMap((row) => row.errors.map((message) => ({ fieldId: rowId(row.rowNumber), message }))),
        ]
      : []),
  ];

  return (
    <section aria-labelledby="controleren" className="max-w-5xl">
      <ErrorSummary errors={summaryItems} focusKey={attempt} />
      <h2 id="controleren" className="mb-4 text-2xl">
        {t.uploadHeading}
      </h2>
      <form onSubmit={onCheck} noValidate>
        <FieldFrame id={FILE_ID} label={t.fileLabel} hint={format(t.fileHint, { mb: MB, rows: IMPORT_MAX_ROWS })} error={inputError}>
          <input
            ref={inputRef}
            id={FILE_ID}
            name="bestand"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={describedBy(FILE_ID, true, inputError)}
            aria-invalid={inputError ? true : undefined}
            className={controlClassName(inputError, "file:mr-4 file:border-0 file:bg-surface file:px-3 file:py-1 file:font-semibold")}
          />
        </FieldFrame>
        <Button type="submit" variant="secondary" disabled={preview.isPending || commit.isPending}>
          {preview.isPending ? t.checking : t.check}
        </Button>
      </form>

      <div aria-live="polite" className="mt-8">
        {commit.data?.imported ? (
          <Notice tone="success" role="status" title={t.importedTitle}>
            <p>
              {format(t.imported, {
                created: commit.data.summary.organisationsCreated,
                updated: commit.data.summary.organisationsUpdated,
                contactsCreated: commit.data.summary.contactsCreated,
                contactsUpdated: commit.data.summary.contactsUpdated,
              })}
            </p>
          </Notice>
        ) : null}
      </div>

      {result && result.rows.length > 0 ? (
        <section aria-labelledby="voorbeeld" className="mt-8">
          <h2 id="voorbeeld" className="mb-2 text-2xl">
            {t.previewHeading}
          </h2>
          <p className="mb-2 text-ink-muted">{format(t.previewFile, { name: result.fileName })}</p>
          <p className="mb-4">
            {format(t.summary, {
              created: result.summary.organisationsCreated,
              updated: result.summary.organisationsUpdated,
              unchanged: result.summary.organisationsUnchanged,
              contactsCreated: result.summary.contactsCreated,
              contactsUpdated: result.summary.contactsUpdated,
            })}
          </p>
          {commit.data?.imported ? null : result.canImport ? (
            <Notice tone="info">
              <p>{t.noErrors}</p>
            </Notice>
          ) : (
            <Notice tone="error">
              <p>{t.hasErrors}</p>
            </Notice>
          )}
          <Table
            caption={t.tableCaption}
            head={
              <>
                <Th>{t.columns.row}</Th>
                <Th>{t.columns.name}</Th>
                <Th>{t.columns.action}</Th>
                <Th>{t.columns.contacts}</Th>
                <Th>{t.columns.status}</Th>
              </>
            }
          >
            {result.rows.map((row) => (
              <Fragment key={row.rowNumber}>
                <tr id={rowId(row.rowNumber)} tabIndex={-1} className={row.errors.length > 0 ? "bg-error-bg" : undefined}>
                  <Td>{row.rowNumber}</Td>
                  <Td>
                    {commit.data?.imported && row.action !== "unchanged" ? (
                      <Link href={`/sociale-kaart/${row.slug}`}>{row.name || t.unnamed}</Link>
                    ) : (
                      row.name || t.unnamed
                    )}
                  </Td>
                  <Td>{t.actions[row.action]}</Td>
                  <Td>{format(t.contacts, { created: row.contactsCreated, updated: row.contactsUpdated })}</Td>
                  <Td>{row.errors.length === 0 ? t.rowOk : <span className="font-semibold text-danger">{format(t.rowErrors, { count: row.errors.length })}</span>}</Td>
                </tr>
                {row.errors.length > 0 ? (
                  // The errors get a full-width row of their own, so they stay readable on a phone.
                  <tr className="bg-error-bg">
                    <td colSpan={5} className="border-b border-line px-2 pb-3">
                      <ul className="list-disc pl-5">
                        {row.errors.map((message) => (
                          <li key={message}>{message}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </Table>
          {result.canImport && !commit.data?.imported ? (
            <div className="mt-6">
              <Button type="button" onClick={onImport} disabled={commit.isPending}>
                {commit.isPending ? t.importing : t.import}
              </Button>
            </div>
          ) : null}
          {commit.data && !commit.data.imported ? (
            <p role="alert" className="mt-4 font-semibold text-danger">
              {t.notImported}
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
