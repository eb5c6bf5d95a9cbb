"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAgenda.feed;

interface CalendarFeedPanelProps {
  /** The active feed's creation and last use, as Dutch text; null when there is none. */
  active: { createdAt: string; lastUsedAt: string | null } | null;
}

/**
 * The personal agenda link: create (the URL is shown once, here), replace, revoke. The secret
 * token never comes back from the server after this response.
 */
export function CalendarFeedPanel({ active }: CalendarFeedPanelProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.meetingCalendar.createFeed.mutationOptions());
  const revoke = useMutation(trpc.meetingCalendar.revokeFeed.mutationOptions());
  const busy = create.isPending || revoke.isPending;

  const fail = (error: unknown) => {
    setProblem(serverErrorMessage(error));
    setAttempt((n) => n + 1);
  };

  const onCreate = async () => {
    setProblem(null);
    setRevoked(false);
    try {
      const result = await create.mutateAsync();
      setUrl(result.url);
      router.refresh();
    } catch (error) {
      fail(error);
    }
  };

  const onRevoke = async () => {
    setProblem(null);
    setUrl(null);
    try {
      await revoke.mutateAsync();
      setRevoked(true);
      router.refresh();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <ErrorSummary errors={problem ? [{ message: problem }] : []} focusKey={attempt} />
      {url ? (
        <Notice tone="success" title={t.createdHeading} role="status">
          <p className="mb-2">{t.createdBody}</p>
          <label htmlFor="agenda-link" className="mb-1 block font-semibold">
            {t.urlLabel}
          </label>
          <input
            id="agenda-link"
            data-testid="feed-url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mb-2 block w-full border-2 border-ink bg-surface p-2 font-mono text-sm focus-visible:shadow-[0_0_0_4px_var(--color-focus)]"
          />
          <p>{t.secretWarning}</p>
        </Notice>
      ) : null}
      {revoked ? (
        <Notice tone="success" role="status">
          <p>{t.revoked}</p>
        </Notice>
      ) : null}

      {active ? (
        <>
          <p className="mb-1" data-testid="feed-status">
            {format(t.active, { createdAt: active.createdAt })}
          </p>
          <p className="mb-4">{active.lastUsedAt ? format(t.lastUsed, { lastUsedAt: active.lastUsedAt }) : t.neverUsed}</p>
          <div className="mb-4 flex flex-wrap gap-4">
            <Button variant="secondary" disabled={busy} onClick={onCreate} aria-describedby="vervang-hint">
              {create.isPending ? t.working : t.replace}
            </Button>
            <Button variant="danger" disabled={busy} onClick={onRevoke} aria-describedby="intrek-hint">
              {revoke.isPending ? t.working : t.revoke}
            </Button>
          </div>
          <p id="vervang-hint" className="mb-1 text-ink-muted">
            {t.replaceHint}
          </p>
          <p id="intrek-hint" className="text-ink-muted">
            {t.revokeHint}
          </p>
        </>
      ) : (
        <>
          <p className="mb-4" data-testid="feed-status">
            {t.none}
          </p>
          <Button variant="primary" disabled={busy} onClick={onCreate}>
            {create.isPending ? t.working : t.create}
          </Button>
        </>
      )}
    </>
  );
}
