"use client";

import type { NoteField } from "@kk/legal";
import { useState, useSyncExternalStore } from "react";
import { controlClassName, fieldIds } from "@/components/ui/forms/field-parts";
import * as messages from "@/messages/catalogue";
import { hydration, readNote, writeNote } from "./notes-store";

const t = messages.afwegen;

/**
 * Free-text motivations for one step. Deliberately outside every form and without a `name`, so
 * no submit can carry them; kept in sessionStorage for the record page. Shown only once
 * JavaScript runs: without it, typed text could go nowhere, so the record offers lines to write on.
 */
export function MotivationNotes({ fields }: { fields: readonly NoteField[] }) {
  const hydrated = useSyncExternalStore(hydration.subscribe, hydration.client, hydration.server);
  if (!hydrated) return <p className="mb-6 text-ink-muted">{t.notesNoScript}</p>;
  return (
    <section aria-labelledby="notes-heading" className="mb-6 border-l-4 border-line pl-4">
      <h2 id="notes-heading" className="text-xl">
        {t.notesHeading}
      </h2>
      <p className="mb-3 text-ink-muted">{t.notesHint}</p>
      {fields.map((field) => (
        <NoteTextarea key={field.key} field={field} />
      ))}
    </section>
  );
}

function NoteTextarea({ field }: { field: NoteField }) {
  const [text, setText] = useState(() => readNote(field.key));
  const id = `notitie-${field.key}`;
  const ids = fieldIds(id);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-semibold">
        {field.label}
      </label>
      {field.hint ? (
        <p id={ids.hint} className="text-ink-muted">
          {field.hint}
        </p>
      ) : null}
      <textarea
        id={id}
        // No name and no form: this text is never submitted (see notes-store.ts).
        aria-describedby={field.hint ? ids.hint : undefined}
        rows={4}
        autoComplete="off"
        spellCheck
        className={controlClassName(undefined, "mt-1")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          writeNote(field.key, event.target.value);
        }}
      />
    </div>
  );
}
