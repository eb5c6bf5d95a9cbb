"use client";

import type { AppRouter } from "@kk/api";
import type { AgreementStatus } from "@kk/db";
import { TRPCClientError } from "@trpc/client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { OutcomeNotice, type Outcome } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenRegistry.detail;
const labels = messages.convenanten;

/** Statuses an agreement never leaves again. */
const FINAL: readonly AgreementStatus[] = ["VERLOPEN", "BEEINDIGD"];

interface Props {
  agreementId: string;
  version: number;
  status: AgreementStatus;
  allowed: readonly AgreementStatus[];
}

/** The refusal in Dutch as the API words it (which transitions are allowed, what is missing). */
function refusalOf(error: unknown): string {
  if (!(error instanceof TRPCClientError)) return messages.forms.unexpected;
  const code = (error as TRPCClientError<AppRouter>).data?.code;
  if (code === "CONFLICT") return messages.forms.conflict;
  if (code === "FORBIDDEN" || code === "UNAUTHORIZED") return messages.forms.forbidden;
  if (code === "INTERNAL_SERVER_ERROR" || !error.message) return messages.forms.unexpected;
  return error.message;
}

/**
 * One small form per allowed status change, each sending the version the page showed, so a
 * change made by someone else in between is refused instead of overwritten.
 */
export function AgreementTransitionForms({ agreementId, version, status, allowed }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const transition = useMutation(trpc.agreement.transition.mutationOptions());
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>, to: AgreementStatus) {
    event.preventDefault();
    setOutcome(null);
    try {
      await transition.mutateAsync({ id: agreementId, version, to });
      setOutcome({ tone: "success", message: format(t.transitioned, { status: labels.statuses[to].toLowerCase() }) });
      router.refresh();
    } catch (error) {
      setOutcome({ tone: "error", message: refusalOf(error) });
    }
  }

  return (
    <section aria-labelledby="status-wijzigen" className="mt-10 max-w-3xl">
      <h2 id="status-wijzigen" className="mb-2 text-2xl">
        {t.transitionsHeading}
      </h2>
      <OutcomeNotice outcome={outcome} />
      {allowed.length === 0 ? (
        <p>{t.transitionsNone}</p>
      ) : (
        <>
          <p className="mb-3">
            {format(t.transitionsIntro, { status: labels.statuses[status].toLowerCase() })}
            {allowed.some((to) => FINAL.includes(to)) ? ` ${t.transitionsFinalNote}` : null}
          </p>
          <div className="flex flex-wrap gap-3">
            {allowed.map((to) => (
              <form key={to} onSubmit={(event) => void submit(event, to)} data-testid={`transition-${to}`}>
                <input type="hidden" name="version" value={version} />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant={FINAL.includes(to) ? "danger" : to === "CONCEPT" ? "secondary" : "primary"} disabled={transition.isPending}>
                  {transition.isPending && transition.variables?.to === to ? t.transitioning : labels.transitionActions[to]}
                </Button>
              </form>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
