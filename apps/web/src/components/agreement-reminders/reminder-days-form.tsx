"use client";

import { setReminderDaysInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { NumberSettingsForm } from "@/components/ui/number-settings-form";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenHerinneringen;

interface ReminderDaysFormProps {
  beforeEnd: number;
  beforeReview: number;
  /** The settings' updatedAt as read (ISO), null while the defaults apply. */
  updatedAt: string | null;
}

/** The two reminder settings (days before the end date and before the review date), saved together. */
export function ReminderDaysForm({ beforeEnd, beforeReview, updatedAt }: ReminderDaysFormProps) {
  const save = useMutation(useTRPC().agreementReminders.setReminderDays.mutationOptions());
  return (
    <NumberSettingsForm
      schema={setReminderDaysInput}
      settings={[
        { name: "beforeEnd", label: t.beforeEndLabel, hint: t.beforeEndHint },
        { name: "beforeReview", label: t.beforeReviewLabel, hint: t.beforeReviewHint },
      ]}
      values={{ beforeEnd, beforeReview }}
      updatedAt={updatedAt}
      save={async (values) => {
        const result = await save.mutateAsync(values);
        return { beforeEnd: result.beforeEnd, beforeReview: result.beforeReview };
      }}
      savedText={(saved) => format(t.settingsSaved, saved)}
      submitLabel={t.settingsSubmit}
    />
  );
}
