"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ROLES } from "@kk/auth/roles";
import { createUserInput, updateUserInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import type { SelectOption } from "@/components/ui/select-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import * as messages from "@/messages/catalogue";

const t = messages.users;
const roleOptions: SelectOption[] = ROLES.map((role) => ({ value: role, label: messages.roles[role] }));
const FIELD_ORDER = ["name", "email", "role", "municipalityCode", "organisationId", "password"] as const;

interface CreateProps {
  mode: "create";
  organisations: SelectOption[];
  /** The install's municipalities (issue 18), value = CBS gemeentecode. */
  municipalities: SelectOption[];
}

/** "Gemeente": required for COORDINATOR and RAAD, not allowed for BEHEERDER and REGIO_COORDINATOR (the shared schema says so). */
function MunicipalityField({ options, error, field }: { options: SelectOption[]; error: string | undefined; field: UseFormRegisterReturn<"municipalityCode"> }) {
  return <SelectField label={t.fields.municipality} hint={t.fields.municipalityHint} options={options} placeholder={t.noMunicipality} error={error} {...field} />;
}

export function UserForm({ organisations, municipalities }: CreateProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.user.create.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(createUserInput),
    shouldFocusError: false,
    defaultValues: { name: "", email: "", role: "" as never, municipalityCode: "", organisationId: "", password: "" },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        const created = await create.mutateAsync(values);
        router.push(`/beheer/gebruikers/${created.id}?nieuw=1`);
      } catch (error) {
        setFormError(applyServerError(error, setError, FIELD_ORDER));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELD_ORDER, formError)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <TextField label={t.fields.name} autoComplete="off" error={errors.name?.message} {...register("name")} />
        <TextField
          label={t.fields.email}
          hint={t.fields.emailHint}
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={errors.email?.message}
          {...register("email")}
        />
        <SelectField
          label={t.fields.role}
          options={roleOptions}
          placeholder={t.fields.chooseRole}
          error={errors.role?.message}
          {...register("role")}
        />
        <MunicipalityField options={municipalities} error={errors.municipalityCode?.message} field={register("municipalityCode")} />
        <SelectField
          label={t.fields.organisation}
          hint={t.fields.organisationHint}
          options={organisations}
          placeholder={t.noOrganisation}
          error={errors.organisationId?.message}
          {...register("organisationId")}
        />
        <TextField
          label={t.fields.password}
          hint={t.fields.passwordHint}
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...register("password")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.createSubmit}
        </Button>
      </form>
    </>
  );
}

export interface EditableUser {
  id: string;
  name: string;
  role: (typeof ROLES)[number];
  organisationId: string | null;
  municipalityCode: string | null;
  version: number;
}

interface EditProps {
  user: EditableUser;
  organisations: SelectOption[];
  municipalities: SelectOption[];
  onSaved: (user: EditableUser & { active: boolean }) => void;
}

export function EditUserForm({ user, organisations, municipalities, onSaved }: EditProps) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const update = useMutation(trpc.user.update.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(updateUserInput),
    shouldFocusError: false,
    values: {
      id: user.id,
      version: user.version,
      name: user.name,
      role: user.role,
      organisationId: user.organisationId ?? "",
      municipalityCode: user.municipalityCode ?? "",
    },
    resetOptions: { keepDirtyValues: false },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(false);
      try {
        const updated = await update.mutateAsync(values);
        setSaved(true);
        onSaved(updated);
      } catch (error) {
        setFormError(applyServerError(error, setError, FIELD_ORDER));
        setAttempt((n) => n + 1);
      }
    },
    () => {
      setSaved(false);
      setAttempt((n) => n + 1);
    },
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELD_ORDER, formError)} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{t.saved}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <TextField label={t.fields.name} autoComplete="off" error={errors.name?.message} {...register("name")} />
        <SelectField label={t.fields.role} options={roleOptions} error={errors.role?.message} {...register("role")} />
        <MunicipalityField options={municipalities} error={errors.municipalityCode?.message} field={register("municipalityCode")} />
        <SelectField
          label={t.fields.organisation}
          hint={t.fields.organisationHint}
          options={organisations}
          placeholder={t.noOrganisation}
          error={errors.organisationId?.message}
          {...register("organisationId")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.editSubmit}
        </Button>
      </form>
    </>
  );
}
