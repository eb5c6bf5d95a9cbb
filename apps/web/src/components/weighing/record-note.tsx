"use client";

import { useSyncExternalStore } from "react";
import { readNote, subscribeNotes } from "./notes-store";

/** A motivation on the record: the text from this browser's sessionStorage, or empty lines to write on by hand. */
export function RecordNote({ noteKey, label }: { noteKey: string; label: string }) {
  const text = useSyncExternalStore(subscribeNotes, () => readNote(noteKey), () => "");
  return (
    <div className="mb-3 break-inside-avoid">
      <p className="font-semibold">{label}</p>
      {text ? (
        <p className="whitespace-pre-wrap border-l-4 border-line pl-3" data-testid={`notitie-${noteKey}`}>
          {text}
        </p>
      ) : (
        <div aria-hidden="true" className="space-y-6 pt-4">
          <div className="border-b border-ink-muted" />
          <div className="border-b border-ink-muted" />
          <div className="border-b border-ink-muted" />
        </div>
      )}
    </div>
  );
}
