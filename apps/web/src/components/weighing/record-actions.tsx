"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";
import { clearNotes, hydration } from "./notes-store";

const t = messages.afwegen.record;

/** Print (the browser's "opslaan als pdf") and clearing the typed motivations; hidden on paper. */
export function RecordActions() {
  const hydrated = useSyncExternalStore(hydration.subscribe, hydration.client, hydration.server);
  const [cleared, setCleared] = useState(false);
  if (!hydrated) return <p className="mb-6 print:hidden">{t.printNoScript}</p>;
  return (
    <div className="mb-8 print:hidden">
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" onClick={() => window.print()}>
          {t.print}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            clearNotes();
            setCleared(true);
          }}
        >
          {t.clear}
        </Button>
      </div>
      <p className="mt-2 text-ink-muted">{t.printHint}</p>
      <p role="status" className="mt-2">
        {cleared ? t.cleared : ""}
      </p>
    </div>
  );
}
