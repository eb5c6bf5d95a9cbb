"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { toServerFormError } from "@/lib/trpc/errors";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.freshness.overview;

/** Runs the monthly reminder job now; the result is announced in a status message. */
export function SendRemindersButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const send = useMutation(
    trpc.freshness.sendRemindersNow.mutationOptions({
      onSuccess: () => router.refresh(),
    }),
  );

  return (
    <div>
      <div aria-live="polite">
        {send.data ? (
          <Notice tone="success" role="status">
            <p>
              {send.data.sent === 1 ? t.remindersResultOne : format(t.remindersResult, { sent: send.data.sent })}
              {send.data.alreadyReminded > 0 ? ` ${format(t.remindersAlready, { already: send.data.alreadyReminded })}` : null}
            </p>
            {send.data.failed > 0 ? <p>{format(t.remindersFailed, { failed: send.data.failed })}</p> : null}
          </Notice>
        ) : null}
        {send.error ? (
          <Notice tone="error" role="alert">
            <p>{toServerFormError(send.error, messages.forms).formError}</p>
          </Notice>
        ) : null}
      </div>
      <Button type="button" onClick={() => send.mutate()} disabled={send.isPending}>
        {send.isPending ? t.remindersSending : t.remindersSubmit}
      </Button>
    </div>
  );
}
