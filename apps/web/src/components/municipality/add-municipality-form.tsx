"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { addMunicipalityInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.municipalities.add;
const FIELD_ORDER = ["code", "name", "vtRegionCode"] as const;

/** Adds a municipality to the install (the same checks as `npm run region:add`); the list above refreshes. */
export function AddMunicipalityForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const add = useMutation(trpc.municipality.add.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(addMunicipalityInput),
    shouldFocusError: false,
    defaultValues: { code: "", name: "", vtRegionCode: "" },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setAdded(null);
      try {
        const result = await add.mutateAsync(values);
        setAdded(format(t.added, { name: result.name, code: result.code }));
        reset();
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, FIELD_ORDER));
        setAttempt((n) => n + 1);
      }
    },
    () => {
      setAdded(null);
      setAttempt((n) => n + 1);
    },
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELD_ORDER, formError)} focusKey={attempt} />
      {added ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{added}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <TextField label={t.code} hint={t.codeHint} autoComplete="off" spellCheck={false} className="max-w-40" error={errors.code?.message} {...register("code")} />
        <TextField label={t.name} autoComplete="off" error={errors.name?.message} {...register("name")} />
        <TextField
          label={t.vtRegion}
          hint={t.vtRegionHint}
          autoComplete="off"
          spellCheck={false}
          className="max-w-40"
          error={errors.vtRegionCode?.message}
          {...register("vtRegionCode")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.submit}
        </Button>
      </form>
    </>
  );
}
