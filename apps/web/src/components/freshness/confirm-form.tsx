"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TokenProblem } from "@kk/api";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDutchDate } from "@/components/organisation/format-date";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { TokenProblemNotice } from "./token-problem";

const t = messages.freshness.confirm;

export type ConfirmState =
  | { status: "idle" }
  | { status: "confirmed"; name: string; slug: string; verifiedAt: string }
  | { status: TokenProblem };

interface ConfirmFormProps {
  token: string;
  editHref: string;
  /** The server action behind the button; the page hands it in (components never import from `app/`). */
  confirmAction: (previous: ConfirmState, formData: FormData) => Promise<ConfirmState>;
}

/** The one button; works without JavaScript too (a server action is a plain form POST). */
export function ConfirmForm({ token, editHref, confirmAction }: ConfirmFormProps) {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmAction, { status: "idle" });

  if (state.status === "confirmed") {
    return (
      <>
        <Notice tone="success" title={t.confirmedTitle} role="status">
          <p>{format(t.confirmedBody, { name: state.name, date: formatDutchDate(new Date(state.verifiedAt)) })}</p>
        </Notice>
        <Link href={`/sociale-kaart/${state.slug}`}>{format(t.toOrganisation, { name: state.name })}</Link>
      </>
    );
  }
  if (state.status !== "idle") return <TokenProblemNotice problem={state.status} />;

  return (
    <div className="flex flex-col gap-6">
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </Button>
      </form>
      <div>
        <p>{t.changeHint}</p>
        <Link href={editHref}>{t.change}</Link>
      </div>
    </div>
  );
}
