"use client";

import { setMeetingJobSettingsInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { NumberSettingsForm } from "@/components/ui/number-settings-form";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAgenda.settings;

interface MeetingJobSettingsFormProps {
  reminderDaysBefore: number;
  retentionYears: number;
  /** The settings' updatedAt as read (ISO), null while the defaults apply. */
  updatedAt: string | null;
}

/** Reminder days and retention years for the werkateliers jobs, saved together. */
export function MeetingJobSettingsForm({ reminderDaysBefore, retentionYears, updatedAt }: MeetingJobSettingsFormProps) {
  const save = useMutation(useTRPC().meetingJobs.setSettings.mutationOptions());
  return (
    <NumberSettingsForm
      schema={setMeetingJobSettingsInput}
      settings={[
        { name: "reminderDaysBefore", label: t.reminderLabel, hint: t.reminderHint },
        { name: "retentionYears", label: t.retentionLabel, hint: t.retentionHint },
      ]}
      values={{ reminderDaysBefore, retentionYears }}
      updatedAt={updatedAt}
      save={async (values) => {
        const result = await save.mutateAsync(values);
        return { reminderDaysBefore: result.reminderDaysBefore, retentionYears: result.retentionYears };
      }}
      savedText={(saved) => format(t.saved, saved)}
      submitLabel={t.submit}
    />
  );
}
