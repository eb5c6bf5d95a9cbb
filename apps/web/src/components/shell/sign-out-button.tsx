"use client";

import { useState } from "react";
import { clearNotes } from "@/components/weighing/notes-store";
import { signOut } from "@/lib/auth-sign-out";
import * as messages from "@/messages/catalogue";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        // Weighing notes live in this tab only; they must not outlive the session (docs/asvs.md, V8.2.3).
        clearNotes();
        void signOut({ callbackUrl: "/inloggen" });
      }}
      className="min-h-11 rounded-sm border-2 border-brand-contrast px-3 py-1 font-semibold text-brand-contrast hover:bg-brand-dark"
    >
      {messages.account.signOut}
    </button>
  );
}
