"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CONTACT_ROLES, CONTACT_VISIBILITIES, createContactInput, updateContactInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CheckboxField, CheckboxGroup, TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, errorAt, serverErrorMessage, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.contacts;
const roleLabels = messages.socialeKaart.contactRoles;
const visibilityOptions = CONTACT_VISIBILITIES.map((value) => ({ value, label: messages.socialeKaart.contactVisibility[value] }));

// The first role checkbox carries the group's id, so the error summary can link to it.
const FIELDS = ["name", "jobTitle", "roles", "phone", "email", "availability", "visibility"] as const;
const isKnown = (field: string) => (FIELDS as readonly string[]).includes(field.split(".")[0] ?? field);

function ContactFields<T extends FieldValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const field = (name: (typeof FIELDS)[number]) => ({ ...register(name as Path<T>), error: errorAt(errors, name) });
  return (
    <>
      <TextField label={t.fields.name} hint={t.fields.nameHint} autoComplete="off" {...field("name")} />
      <TextField label={t.fields.jobTitle} autoComplete="off" {...field("jobTitle")} />
      <CheckboxGroup id="roles" legend={t.fields.roles} hint={t.fields.rolesHint} error={errorAt(errors, "roles")}>
        {CONTACT_ROLES.map((role, index) => (
          <CheckboxField
            key={role}
            id={index === 0 ? "roles" : `roles-${role}`}
            label={roleLabels[role]}
            value={role}
            {...register("roles" as Path<T>)}
          />
        ))}
      </CheckboxGroup>
      <TextField label={t.fields.phone} hint={t.fields.phoneHint} type="tel" autoComplete="off" {...field("phone")} />
      <TextField label={t.fields.email} type="email" autoComplete="off" spellCheck={false} {...field("email")} />
      <TextareaField label={t.fields.availability} hint={t.fields.availabilityHint} rows={3} {...field("availability")} />
      <SelectField label={t.fields.visibility} options={visibilityOptions} {...field("visibility")} />
    </>
  );
}

interface CreateProps {
  organisationId: string;
  slug: string;
}

export function CreateContactForm({ organisationId, slug }: CreateProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.contact.create.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(createContactInput),
    shouldFocusError: false,
    defaultValues: {
      organisationId,
      name: "",
      jobTitle: "",
      roles: [],
      phone: "",
      email: "",
      availability: "",
      visibility: "SIGNED_IN",
    },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await create.mutateAsync(values);
        router.push(`/sociale-kaart/${slug}/bewerken/contacten?toegevoegd=1`);
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, isKnown));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, formError)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <ContactFields register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.saveNew}
        </Button>
      </form>
    </>
  );
}

export interface EditableContact {
  id: string;
  version: number;
  name: string;
  jobTitle: string;
  roles: Array<(typeof CONTACT_ROLES)[number]>;
  phone: string;
  email: string;
  availability: string;
  visibility: (typeof CONTACT_VISIBILITIES)[number];
}

export function EditContactForm({ contact: initial, slug }: { contact: EditableContact; slug: string }) {
  const trpc = useTRPC();
  const [contact, setContact] = useState(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const update = useMutation(trpc.contact.update.mutationOptions());
  const values = useMemo(() => ({ ...contact }), [contact]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(updateContactInput), shouldFocusError: false, values });

  const onSubmit = handleSubmit(
    async (input) => {
      setFormError(null);
      setSaved(false);
      try {
        const updated = await update.mutateAsync(input);
        setContact(updated);
        setSaved(true);
      } catch (error) {
        setFormError(applyServerError(error, setError, isKnown));
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
      <ErrorSummary errors={summaryItems(errors, FIELDS, formError)} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{t.saved}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <ContactFields register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.save}
        </Button>
      </form>
      <RemoveContact contact={contact} slug={slug} />
    </>
  );
}

function RemoveContact({ contact, slug }: { contact: EditableContact; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.contact.remove.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function apply() {
    setError(null);
    try {
      await remove.mutateAsync({ id: contact.id, version: contact.version });
      router.push(`/sociale-kaart/${slug}/bewerken/contacten?verwijderd=1`);
      router.refresh();
    } catch (cause) {
      setConfirming(false);
      setError(serverErrorMessage(cause));
    }
  }

  return (
    <section aria-labelledby="remove-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="remove-heading" className="mb-3 text-2xl">
        {t.remove}
      </h2>
      {error ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{error}</p>
        </Notice>
      ) : null}
      {confirming ? (
        <ConfirmPanel
          question={format(t.removeQuestion, { name: contact.name })}
          confirmLabel={t.removeYes}
          cancelLabel={t.cancel}
          busy={remove.isPending}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t.remove}
        </Button>
      )}
    </section>
  );
}
