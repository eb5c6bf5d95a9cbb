"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createOrganisationInput, updateOrganisationInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useTRPC } from "@/lib/trpc/client";
import { format, messages } from "@/messages";
import { DETAIL_FIELDS, DetailFields, IDENTITY_FIELDS, IdentityFields, IdentitySummary, type IdentityValues } from "./organisation-fields";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";

const t = messages.socialeKaartBeheer;

/** Server errors come per field; a list item's error ("services.2") belongs to the list's field. */
function knownField(fields: readonly string[]) {
  return (field: string) => fields.includes(field.split(".")[0] ?? field);
}

const CREATE_FIELDS = [...IDENTITY_FIELDS, ...DETAIL_FIELDS] as const;

export function CreateOrganisationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.organisation.create.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(createOrganisationInput),
    shouldFocusError: false,
    defaultValues: {
      name: "",
      type: "",
      sector: "" as never,
      legalFrame: "" as never,
      legalBasis: "",
      meldcodeApplies: false,
      keurmerkMeldcode: false,
      isPublic: true,
      description: "",
      address: "",
      postcode: "",
      area: "",
      phone: "",
      email: "",
      website: "",
      openingHours: "",
      services: "",
      targetGroups: "",
    },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        const created = await create.mutateAsync(values);
        router.push(`/sociale-kaart/${created.slug}/bewerken?nieuw=1`);
      } catch (error) {
        setFormError(applyServerError(error, setError, knownField(CREATE_FIELDS)));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, CREATE_FIELDS, formError)} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <IdentityFields register={register} errors={errors} />
        <DetailFields register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.create.submit}
        </Button>
      </form>
    </>
  );
}

export interface EditableOrganisation extends IdentityValues {
  id: string;
  slug: string;
  version: number;
  description: string;
  address: string;
  postcode: string;
  area: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  services: string[];
  targetGroups: string[];
}

interface EditProps {
  organisation: EditableOrganisation;
  /** The coordinator edits identity and legal frame; a partner sees them read-only. */
  canEditIdentity: boolean;
  onSaved: (organisation: EditableOrganisation) => void;
  onDirtyChange?: (dirty: boolean) => void;
}

export function EditOrganisationForm({ organisation, canEditIdentity, onSaved, onDirtyChange }: EditProps) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const update = useMutation(trpc.organisation.update.mutationOptions());
  const fields = canEditIdentity ? CREATE_FIELDS : DETAIL_FIELDS;

  const values = useMemo(
    () => ({
      id: organisation.id,
      version: organisation.version,
      description: organisation.description,
      address: organisation.address,
      postcode: organisation.postcode,
      area: organisation.area,
      phone: organisation.phone,
      email: organisation.email,
      website: organisation.website,
      openingHours: organisation.openingHours,
      services: organisation.services.join(", "),
      targetGroups: organisation.targetGroups.join(", "),
      // A partner's form leaves these out: the server then keeps them as they are.
      ...(canEditIdentity
        ? {
            name: organisation.name,
            type: organisation.type,
            sector: organisation.sector,
            legalFrame: organisation.legalFrame,
            legalBasis: organisation.legalBasis,
            meldcodeApplies: organisation.meldcodeApplies,
            keurmerkMeldcode: organisation.keurmerkMeldcode,
            isPublic: organisation.isPublic,
          }
        : {}),
    }),
    [organisation, canEditIdentity],
  );

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({ resolver: zodResolver(updateOrganisationInput), shouldFocusError: false, values });

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  const onSubmit = handleSubmit(
    async (input) => {
      setFormError(null);
      setSaved(false);
      try {
        const updated = await update.mutateAsync(input);
        setSaved(true);
        onSaved({ ...organisation, ...updated });
      } catch (error) {
        // On a conflict nothing is reset: the user's input stays in the form.
        setFormError(applyServerError(error, setError, knownField(fields)));
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
      <ErrorSummary errors={summaryItems(errors, fields, formError)} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{t.edit.saved}</p>
        </Notice>
      ) : null}
      {canEditIdentity ? null : <IdentitySummary values={organisation} />}
      <form noValidate onSubmit={onSubmit} className="max-w-xl" aria-label={format(t.edit.title, { name: organisation.name })}>
        {canEditIdentity ? <IdentityFields register={register} errors={errors} /> : null}
        <DetailFields register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.edit.submit}
        </Button>
      </form>
    </>
  );
}
