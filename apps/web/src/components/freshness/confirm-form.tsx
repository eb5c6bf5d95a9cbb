"use client";

import Link from "next/link";
import { useActionState } from "react";
import { confirmByToken, type ConfirmState } from "@/app/bevestigen/[token]/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDutchDate } from "@/components/organisation/format-date";
import { format, messages } from "@/messages";
import { TokenProblemNotice } from "./token-problem";

const t = messages.freshness.confirm;

interface ConfirmFormProps {
  token: string;
  editHref: string;
}

/** The one button; works without JavaScript too (a server action is a plain form POST). */
export function ConfirmForm({ token, editHref }: ConfirmFormProps) {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmByToken, { status: "idle" });

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
