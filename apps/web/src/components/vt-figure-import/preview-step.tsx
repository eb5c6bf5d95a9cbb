"use client";

import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { format } from "@/messages";
import { ReadyPreview } from "./ready-preview";
import { t, type Preview } from "./wizard-shared";

interface PreviewStepProps {
  preview: Extract<Preview, { stage: "READY" | "INVALID" }>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  confirmed: boolean;
  confirmError: string | undefined;
  onConfirm: (value: boolean) => void;
  onCommit: () => void;
  onChangeMapping: () => void;
  onOtherFile: () => void;
}

/** Step 3: the preview of what the import will store, or why the file cannot be imported. */
export function PreviewStep({ preview, headingRef, busy, confirmed, confirmError, onConfirm, onCommit, onChangeMapping, onOtherFile }: PreviewStepProps) {
  return (
    <section aria-labelledby="stap-controleren" className="mb-10">
      <h2 id="stap-controleren" ref={headingRef} tabIndex={-1} className="mb-2 text-2xl">
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
            <Button type="button" variant="secondary" onClick={onChangeMapping}>
              {t.mapping.change}
            </Button>
            <Button type="button" variant="quiet" onClick={onOtherFile}>
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
          onConfirm={onConfirm}
          onCommit={onCommit}
          onChangeMapping={onChangeMapping}
          onOtherFile={onOtherFile}
        />
      )}
    </section>
  );
}
