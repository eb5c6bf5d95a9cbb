"use client";

import { MEETING_ACTION_STATUSES, type SetMeetingActionStatusInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.outcomes;
const statusLabels = messages.werkateliersUitkomsten.actionStatuses;

interface ActionStatusFormProps {
  id: string;
  version: number;
  status: SetMeetingActionStatusInput["status"];
  description: string;
}

/** Changes one action's status in place (coordinator); a stale version gets the conflict message. */
export function ActionStatusForm({ id, version, status, description }: ActionStatusFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const fieldId = useId();
  const [value, setValue] = useState(status);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const save = useMutation(trpc.meetingOutcome.setActionStatus.mutationOptions());

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      await save.mutateAsync({ id, version, status: value });
      setMessage({ tone: "ok", text: t.statusSaved });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: serverErrorMessage(error) });
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={fieldId} className="sr-only">
          {format(t.statusFieldLabel, { description })}
        </label>
        <select
          id={fieldId}
          value={value}
          onChange={(e) => setValue(e.target.value as typeof value)}
          className="block rounded-none border-2 border-line-strong bg-paper px-2 py-2 text-base text-ink"
        >
          {MEETING_ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {t.statusSubmit}
        <span className="sr-only">: {description}</span>
      </Button>
      <p role="status" className={message?.tone === "error" ? "w-full font-semibold text-danger" : "w-full"}>
        {message?.text ?? ""}
      </p>
    </form>
  );
}
