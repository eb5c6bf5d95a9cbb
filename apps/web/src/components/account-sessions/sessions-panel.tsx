"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { toServerFormError } from "@/lib/trpc/errors";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.sessies;

export interface SessionView {
  id: string;
  device: string | null;
  /** Dutch date and time text, and the ISO instant for <time>. */
  startedAt: { text: string; iso: string };
  lastSeenAt: { text: string; iso: string };
  current: boolean;
}

/** The user's open sessions with "Beëindigen" per other session and one button for all others. */
export function SessionsPanel({ sessions }: { sessions: SessionView[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const endOne = useMutation(trpc.userSession.endOwn.mutationOptions());
  const endOthers = useMutation(trpc.userSession.endOtherOwn.mutationOptions());
  const busy = endOne.isPending || endOthers.isPending;
  const others = sessions.filter((session) => !session.current);

  const run = async (action: () => Promise<string>) => {
    setProblem(null);
    setDone(null);
    try {
      setDone(await action());
      router.refresh();
    } catch (error) {
      setProblem(toServerFormError(error, messages.forms).formError ?? t.failed);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <>
      <ErrorSummary errors={problem ? [{ message: problem }] : []} focusKey={attempt} />
      {done ? (
        <Notice tone="success" role="status">
          <p>{done}</p>
        </Notice>
      ) : null}
      <h2 className="mb-2 text-2xl">{t.caption}</h2>
      <ul className="mb-6 max-w-3xl" data-testid="sessions">
        {sessions.map((session) => {
          const device = session.device ?? t.unknownDevice;
          return (
            <li key={session.id} className="border-b border-line py-3" data-testid={session.current ? "session-current" : "session-other"}>
              <p className="font-semibold">
                {device}
                {session.current ? <span className="ml-2 inline-block rounded-sm bg-info-bg px-2 text-sm">{t.thisSession}</span> : null}
              </p>
              <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-3 text-ink-muted">
                <dt>{t.columns.startedAt}</dt>
                <dd>
                  <time dateTime={session.startedAt.iso}>{session.startedAt.text}</time>
                </dd>
                <dt>{t.columns.lastSeenAt}</dt>
                <dd>
                  <time dateTime={session.lastSeenAt.iso}>{session.lastSeenAt.text}</time>
                </dd>
              </dl>
              {session.current ? null : (
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={format(t.endLabel, { device, startedAt: session.startedAt.text })}
                  onClick={() =>
                    run(async () => {
                      await endOne.mutateAsync({ id: session.id });
                      return t.endedOne;
                    })
                  }
                >
                  {t.end}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <Button
          variant="danger"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const { ended } = await endOthers.mutateAsync();
              return format(t.endedOthers, { count: ended });
            })
          }
        >
          {t.endOthers}
        </Button>
      ) : (
        <p>{t.noOthers}</p>
      )}
    </>
  );
}
