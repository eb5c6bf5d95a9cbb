"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type FieldValues, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import * as messages from "@/messages/catalogue";

export interface NumberSetting<K extends string> {
  name: K;
  label: string;
  hint: string;
}

/** What the schema hands to `save`: the numbers coerced, the read updatedAt as a date. */
type Values<K extends string> = Record<K, number> & { expectedUpdatedAt: Date | null };

interface NumberSettingsFormProps<K extends string> {
  /** The server's zod schema for the save (the same rules in the browser and on the server). */
  schema: z.ZodType<FieldValues, FieldValues>;
  settings: readonly NumberSetting<K>[];
  values: Record<K, number>;
  /** The settings' updatedAt as read (ISO), null while the defaults apply. */
  updatedAt: string | null;
  save: (values: Values<K>) => Promise<Record<K, number>>;
  savedText: (saved: Record<K, number>) => string;
  submitLabel: string;
}

/**
 * A few whole-number settings saved together (reminder days, retention years). The server refuses
 * a save based on a stale read (another coordinator saved meanwhile); its field errors land inline
 * and in the error summary. Used by the agreement reminders and the werkateliers jobs.
 */
export function NumberSettingsForm<K extends string>({ schema, settings, values, updatedAt, save, savedText, submitLabel }: NumberSettingsFormProps<K>) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Record<K, number> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FieldValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    values: { ...values, expectedUpdatedAt: updatedAt },
  });
  const names = settings.map(({ name }) => name);
  const fieldError = (name: K): string | undefined => {
    const message = errors[name]?.message;
    return typeof message === "string" ? message : undefined;
  };

  const onSubmit = handleSubmit(
    async (input) => {
      setFormError(null);
      setSaved(null);
      try {
        setSaved(await save(input as Values<K>));
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, names));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = summaryItems(errors, names, formError);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p>{savedText(saved)}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        {settings.map(({ name, label, hint }) => (
          <TextField key={name} label={label} hint={hint} inputMode="numeric" className="max-w-xs" error={fieldError(name)} {...register(name)} />
        ))}
        <div>
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
