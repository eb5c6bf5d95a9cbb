"use client";

import { FIGURE_IMPORT_FORMATS, type FigureImportDetails } from "@kk/api/schemas";
import type { FormEventHandler, RefObject } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { RadioGroup } from "@/components/ui/forms/radio-group";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { Button } from "@/components/ui/button";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";
import { TextField } from "@/components/ui/text-field";
import { format } from "@/messages";
import { FILE_ID, MB, t, today } from "./wizard-shared";

interface FileStepProps {
  register: UseFormRegister<FigureImportDetails>;
  errors: FieldErrors<FigureImportDetails>;
  fileRef: RefObject<HTMLInputElement | null>;
  fileError: string | undefined;
  busy: boolean;
  checking: boolean;
  onCheck: FormEventHandler<HTMLFormElement>;
  onFileChange: () => void;
}

/** Step 1: the format, the file and the delivery details; "check the file" sends it for a preview. */
export function FileStep({ register, errors, fileRef, fileError, busy, checking, onCheck, onFileChange }: FileStepProps) {
  return (
    <section aria-labelledby="stap-bestand" className="mb-10">
      <h2 id="stap-bestand" className="mb-4 text-2xl">
        {format(t.steps.current, { step: 1, name: t.form.heading })}
      </h2>
      <form onSubmit={onCheck} noValidate>
        <RadioGroup
          id="format"
          legend={t.form.format}
          hint={t.form.formatHint}
          error={errors.format?.message}
          options={FIGURE_IMPORT_FORMATS.map((value) => ({ value, label: t.form.formats[value] }))}
          registration={register("format")}
        />
        <FieldFrame id={FILE_ID} label={t.form.file} hint={format(t.form.fileHint, { mb: MB })} error={fileError}>
          <input
            ref={fileRef}
            id={FILE_ID}
            name="bestand"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={describedBy(FILE_ID, true, fileError)}
            aria-invalid={fileError ? true : undefined}
            onChange={() => onFileChange()}
            className={controlClassName(fileError, "file:mr-4 file:border-0 file:bg-surface file:px-3 file:py-1 file:font-semibold")}
          />
        </FieldFrame>
        <TextField label={t.form.source} hint={t.form.sourceHint} error={errors.source?.message} autoComplete="off" {...register("source")} />
        <TextField label={t.form.deliveredAt} hint={t.form.deliveredAtHint} error={errors.deliveredAt?.message} type="date" max={today()} {...register("deliveredAt")} />
        <TextareaField label={t.form.note} hint={t.form.noteHint} error={errors.note?.message} rows={3} {...register("note")} />
        <CheckboxField label={t.form.skipUnknownAreas} {...register("skipUnknownAreas")} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {checking ? t.form.checking : t.form.submit}
        </Button>
      </form>
    </section>
  );
}
