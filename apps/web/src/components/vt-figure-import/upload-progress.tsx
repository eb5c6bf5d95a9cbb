"use client";

import { format } from "@/messages";
import { t, type Progress } from "./wizard-shared";

function progressText(progress: Progress): string {
  if (progress === null) return "";
  if (progress.kind === "reading") return format(t.progress.reading, { percent: progress.percent });
  if (progress.kind === "uploading") return format(t.progress.uploading, { percent: progress.percent });
  return progress.kind === "checking" ? t.progress.checking : t.progress.saving;
}

/** The progress bar while the file is read and sent, and the polite status line beneath it. */
export function UploadProgress({ progress }: { progress: Progress }) {
  return (
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
        {progressText(progress)}
      </p>
    </div>
  );
}
