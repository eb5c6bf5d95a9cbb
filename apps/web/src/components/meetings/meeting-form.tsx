"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createMeetingInput, MEETING_SECTORS, MEETING_TYPES, PLAN_THEMES, type CreateMeetingInput, type CreateMeetingValues } from "@kk/api/schemas";
import type { Sector } from "@kk/db";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { FieldError } from "@/components/ui/forms/field-parts";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { sectorTargetValues } from "./sector-target-values";
import { applyServerError, errorAt } from "@/components/ui/forms/server-error";

const t = messages.werkateliers.form;
const labels = messages.werkateliers;
const r = messages.regioGedeeld.meetings;

/** The form's values: the API's input with times as datetime-local strings in Amsterdam time. */
export interface MeetingFormValues {
  title: string;
  type: string;
  theme: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  capacity: string;
  registrationDeadline: string;
  facilitators: string;
  /** Issue 18: the municipality of a local meeting; "" = regional. */
  municipalityCode: string;
  /** Every sector, in a fixed order; empty places is no target. */
  sectorTargets: Array<{ sector: Sector; places: string }>;
}

export interface EditableMeeting extends MeetingFormValues {
  id: string;
  version: number;
}

const TOP_FIELDS = [
  "title",
  "type",
  "theme",
  "description",
  "startsAt",
  "endsAt",
  "location",
  "onlineUrl",
  "capacity",
  "registrationDeadline",
  "facilitators",
  "municipalityCode",
] as const;

function newMeetingValues(municipalityCode: string): MeetingFormValues {
  return {
    title: "",
    type: "",
    theme: "",
    description: "",
    startsAt: "",
    endsAt: "",
    location: "",
    onlineUrl: "",
    capacity: "",
    registrationDeadline: "",
    facilitators: "",
    municipalityCode,
    sectorTargets: sectorTargetValues(),
  };
}

function summaryOf(errors: FieldErrors<CreateMeetingInput>, formError: string | null): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const add = (path: string, fieldId = path) => {
    const message = errorAt(errors, path);
    if (message) items.push({ fieldId, message });
  };
  TOP_FIELDS.forEach((f) => add(f));
  const listNode = errors.sectorTargets as { message?: string; root?: { message?: string } } | undefined;
  const listMessage = listNode?.root?.message ?? listNode?.message;
  if (listMessage) items.push({ fieldId: "sectorTargets.0.places", message: listMessage });
  MEETING_SECTORS.forEach((_, i) => add(`sectorTargets.${i}.places`));
  if (formError) items.push({ message: formError });
  return items;
}

function isKnownField(field: string): boolean {
  if ((TOP_FIELDS as readonly string[]).includes(field) || field === "sectorTargets") return true;
  return /^sectorTargets\.\d+\.places$/.test(field);
}

/**
 * Creating and changing a meeting: the server's zod schema runs in the browser too; server
 * errors are shown inline and in the error summary, and the input is kept.
 */
interface MeetingFormProps {
  meeting?: EditableMeeting;
  /** Issue 18: the municipalities the user may make the meeting local to (regional is always possible). */
  localChoices?: ReadonlyArray<{ code: string; name: string }>;
}

export function MeetingForm({ meeting, localChoices = [] }: MeetingFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.meeting.create.mutationOptions());
  const update = useMutation(trpc.meeting.update.mutationOptions());

  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateMeetingInput, unknown, CreateMeetingValues>({
    resolver: zodResolver(createMeetingInput),
    shouldFocusError: false,
    defaultValues: (meeting ?? newMeetingValues(localChoices.length === 1 ? (localChoices[0]?.code ?? "") : "")) as CreateMeetingInput,
  });

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      // The raw values (Amsterdam datetime-local strings); the API parses them itself.
      const values = getValues();
      try {
        if (meeting) {
          await update.mutateAsync({ ...values, id: meeting.id, version: meeting.version });
          router.push(`/werkateliers/${meeting.id}?opgeslagen=1`);
        } else {
          const created = await create.mutateAsync(values);
          router.push(`/werkateliers/${created.id}?opgeslagen=nieuw`);
        }
      } catch (error) {
        setFormError(applyServerError(error, setError, isKnownField));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const field = (name: (typeof TOP_FIELDS)[number]) => ({ ...register(name), error: errorAt(errors, name) });
  const required = (label: string) => (
    <>
      {label} <span className="font-normal">{t.required}</span>
    </>
  );
  const listNode = errors.sectorTargets as { message?: string; root?: { message?: string } } | undefined;
  const listMessage = listNode?.root?.message ?? listNode?.message;
  const cancelHref = meeting ? `/werkateliers/${meeting.id}` : "/werkateliers";

  return (
    <>
      <ErrorSummary errors={summaryOf(errors, formError)} focusKey={attempt} />
      <p className="mb-6 max-w-3xl">{t.intro}</p>
      <form noValidate onSubmit={onSubmit} className="max-w-3xl" data-testid="meeting-form">
        <TextField label={required(t.title)} autoComplete="off" {...field("title")} />
        <SelectField
          label={required(t.type)}
          placeholder={t.typePlaceholder}
          options={MEETING_TYPES.map((value) => ({ value, label: labels.types[value] }))}
          {...field("type")}
        />
        <SelectField
          label={required(t.theme)}
          placeholder={t.themePlaceholder}
          options={PLAN_THEMES.map((value) => ({ value, label: labels.themes[value] }))}
          {...field("theme")}
        />
        <TextareaField label={t.description} hint={t.descriptionHint} rows={4} {...field("description")} />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField type="datetime-local" label={required(t.startsAt)} hint={t.timeHint} {...field("startsAt")} />
          <TextField type="datetime-local" label={required(t.endsAt)} hint={t.timeHint} {...field("endsAt")} />
        </div>
        <fieldset className="mb-4 min-w-0">
          <legend className="mb-1 text-xl font-bold">{t.whereLegend}</legend>
          <p className="mb-3 text-ink-muted">{t.whereHint}</p>
          <TextField label={t.location} hint={t.locationHint} autoComplete="off" {...field("location")} />
          <TextField type="url" label={t.onlineUrl} hint={t.onlineUrlHint} autoComplete="off" inputMode="url" {...field("onlineUrl")} />
        </fieldset>
        {localChoices.length > 0 || meeting?.municipalityCode ? (
          <SelectField
            label={r.fieldLabel}
            hint={r.fieldHint}
            options={[
              { value: "", label: r.regionalOption },
              ...localChoices.map((m) => ({ value: m.code, label: format(r.localOption, { name: m.name }) })),
            ]}
            {...field("municipalityCode")}
          />
        ) : null}
        <TextField label={required(t.capacity)} hint={t.capacityHint} inputMode="numeric" className="max-w-40" {...field("capacity")} />
        <TextField type="datetime-local" label={t.registrationDeadline} hint={t.registrationDeadlineHint} {...field("registrationDeadline")} />
        <TextareaField label={t.facilitators} hint={t.facilitatorsHint} rows={3} {...field("facilitators")} />

        <fieldset className="mb-6 min-w-0" aria-describedby="sectormix-hint">
          <legend className="mb-1 text-xl font-bold">{t.sectorTargetsLegend}</legend>
          <p id="sectormix-hint" className="mb-3 text-ink-muted">
            {t.sectorTargetsHint}
          </p>
          <FieldError message={listMessage} className="mb-3" />
          <div className="grid gap-x-6 sm:grid-cols-2">
            {MEETING_SECTORS.map((sector, i) => (
              <div key={sector}>
                <input type="hidden" {...register(`sectorTargets.${i}.sector`)} />
                <TextField
                  label={format(t.sectorPlaces, { sector: messages.areas.sectors[sector] ?? sector })}
                  inputMode="numeric"
                  className="max-w-32"
                  {...register(`sectorTargets.${i}.places`)}
                  error={errorAt(errors, `sectorTargets.${i}.places`)}
                />
              </div>
            ))}
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-6">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t.saving : meeting ? t.submitEdit : t.submitCreate}
          </Button>
          <Link href={cancelHref}>{t.cancel}</Link>
        </div>
      </form>
    </>
  );
}
