"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { setPopulationInput, type SetPopulationInput, type SetPopulationValues } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { formatCount } from "./format";
import { applyServerError, errorAt, summaryItems } from "@/components/ui/forms/server-error";

const t = messages.cijfersBeheer.populations;
const FIELDS = ["areaId", "year", "children0to17", "source"] as const;

interface Props {
  areas: Array<{ id: string; name: string }>;
  initial: { areaId: string; year: string; children0to17: string; source: string };
}

/** Children 0-17 of one area in one year: create or change (the server upserts and audits). */
export function PopulationForm({ areas, initial }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.figureEntry.setPopulation.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPopulationInput, unknown, SetPopulationValues>({ resolver: zodResolver(setPopulationInput), shouldFocusError: false, defaultValues: initial });

  const onSubmit = handleSubmit(
    async () => {
      setFormError(null);
      setSaved(null);
      try {
        const result = await save.mutateAsync(getValues());
        setSaved(format(t.saved, { area: result.areaName, year: result.year, children: formatCount(result.children0to17) }));
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, (f) => (FIELDS as readonly string[]).includes(f)));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, formError)} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p>{saved}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="max-w-xl" data-testid="population-form">
        <SelectField
          label={t.areaField}
          placeholder={t.areaPlaceholder}
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
          {...register("areaId")}
          error={errorAt(errors, "areaId")}
        />
        <TextField label={t.year} hint={t.yearHint} inputMode="numeric" autoComplete="off" className="max-w-32" {...register("year")} error={errorAt(errors, "year")} />
        <TextField label={t.children} hint={t.childrenHint} inputMode="numeric" autoComplete="off" className="max-w-40" {...register("children0to17")} error={errorAt(errors, "children0to17")} />
        <TextField label={t.source} hint={t.sourceHint} autoComplete="off" {...register("source")} error={errorAt(errors, "source")} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.saving : t.submit}
        </Button>
      </form>
    </>
  );
}
