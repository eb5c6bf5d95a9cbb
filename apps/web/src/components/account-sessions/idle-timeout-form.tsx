"use client";

import { setIdleTimeoutInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { NumberSettingsForm } from "@/components/ui/number-settings-form";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.sessies.settings;

/** The administrator's idle timeout for every session (docs/adr/0017). */
export function IdleTimeoutForm({ idleTimeoutMinutes, updatedAt }: { idleTimeoutMinutes: number; updatedAt: string | null }) {
  const save = useMutation(useTRPC().userSession.setIdleTimeout.mutationOptions());
  return (
    <NumberSettingsForm
      schema={setIdleTimeoutInput}
      settings={[{ name: "idleTimeoutMinutes", label: t.label, hint: t.hint }]}
      values={{ idleTimeoutMinutes }}
      updatedAt={updatedAt}
      save={async (values) => {
        const result = await save.mutateAsync(values);
        return { idleTimeoutMinutes: result.idleTimeoutMinutes };
      }}
      savedText={(saved) => format(t.saved, saved)}
      submitLabel={t.submit}
    />
  );
}
