"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { messages } from "@/messages";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/inloggen" });
      }}
      className="min-h-11 rounded-sm border-2 border-brand-contrast px-3 py-1 font-semibold text-brand-contrast hover:bg-brand-dark"
    >
      {messages.account.signOut}
    </button>
  );
}
