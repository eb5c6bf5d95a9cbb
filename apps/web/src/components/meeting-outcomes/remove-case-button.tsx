"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { useTRPC } from "@/lib/trpc/client";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.cases;

/** Removes a case (author or coordinator), e.g. when it turns out to say too much about a family. */
export function RemoveCaseButton({ meetingId, id, version }: { meetingId: string; id: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.meetingCase.remove.mutationOptions());

  async function onClick() {
    setError(null);
    try {
      await remove.mutateAsync({ id, version });
      router.push(`/werkateliers/${meetingId}/casus?opgeslagen=verwijderd`);
      router.refresh();
    } catch (e) {
      setError(serverErrorMessage(e));
    }
  }

  return (
    <div className="mt-8">
      <p className="mb-2">{t.removeHint}</p>
      <Button variant="danger" onClick={onClick} disabled={remove.isPending}>
        {t.remove}
      </Button>
      {error ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
