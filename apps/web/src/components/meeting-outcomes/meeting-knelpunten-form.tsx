"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { saveMeetingKnelpuntenInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.outcomes;

export interface KnelpuntLine {
  knelpuntId: string;
  title: string;
  remedy: string;
  active: boolean;
  discussed: boolean;
  note: string;
}

interface MeetingKnelpuntenFormProps {
  meetingId: string;
  lines: readonly KnelpuntLine[];
}

const noteId = (index: number) => `knelpunt-toelichting-${index}`;
const boxId = (index: number) => `knelpunt-${index}`;

/** The form's paths per line (tick box, then note) to the ids of their fields on the page. */
function idOfField(path: string): string {
  const [, index, part] = path.split(".");
  return part === "note" ? noteId(Number(index)) : boxId(Number(index));
}

/** The coordinator ticks the knelpunten discussed at a meeting, each with an optional note. */
export function MeetingKnelpuntenForm({ meetingId, lines }: MeetingKnelpuntenFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(trpc.meetingOutcome.saveKnelpunten.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(saveMeetingKnelpuntenInput),
    shouldFocusError: false,
    defaultValues: { meetingId, items: lines.map((l) => ({ knelpuntId: l.knelpuntId, discussed: l.discussed, note: l.note })) },
  });

  // The API reports a line's tick box as `knelpuntId`; the form shows it on `discussed`.
  const serverFields = lines.flatMap((_, index) => [`items.${index}.note`, `items.${index}.knelpuntId`]);
  const summaryFields = lines.flatMap((_, index) => [`items.${index}.discussed`, `items.${index}.knelpuntId`, `items.${index}.note`]);

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(null);
      try {
        const result = await save.mutateAsync(values);
        setSaved(result.discussed);
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, serverFields, (field) => field.replace(/\.knelpuntId$/, ".discussed")));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = summaryItems(errors, summaryFields, formError, idOfField);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved !== null ? (
        <Notice tone="success" role="status">
          <p>{format(t.knelpuntenSaved, { count: saved })}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <fieldset className="mb-6">
          <legend className="mb-3 text-lg font-semibold">{t.knelpuntenLegend}</legend>
          <ul className="list-none space-y-4 p-0">
            {lines.map((line, index) => {
              const item = errors.items?.[index];
              return (
                <li key={line.knelpuntId} className="border-b border-line pb-3">
                  <input type="hidden" {...register(`items.${index}.knelpuntId`)} />
                  <CheckboxField
                    id={boxId(index)}
                    label={
                      <>
                        <span className="font-semibold">{line.title}</span>
                        {line.active ? null : <span className="text-ink-muted"> {t.inactive}</span>}
                        {line.remedy ? <span className="block text-ink-muted">{format(t.remedy, { remedy: line.remedy })}</span> : null}
                      </>
                    }
                    error={item?.discussed?.message ?? item?.knelpuntId?.message}
                    {...register(`items.${index}.discussed`)}
                  />
                  <TextareaField
                    id={noteId(index)}
                    label={format(t.noteLabel, { title: line.title })}
                    hint={t.noteHint}
                    rows={2}
                    error={item?.note?.message}
                    {...register(`items.${index}.note`)}
                  />
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.knelpuntenSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
