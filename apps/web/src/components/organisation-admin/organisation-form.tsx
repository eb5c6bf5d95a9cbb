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
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import {
  DETAIL_FIELDS,
  DetailFields,
  IDENTITY_FIELDS,
  IdentityFields,
  IdentitySummary,
  WORKING_AREA_FIELDS,
  WorkingAreaFields,
  WorkingAreaSummary,
  type IdentityValues,
  type RegionOptions,
} from "./organisation-fields";
import { workingAreaText } from "@/components/region/working-area-text";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";

const t = messages.socialeKaartBeheer;

/** Server errors come per field; a list item's error ("services.2") belongs to the list's field. */
function knownField(fields: readonly string[]) {
  return (field: string) => fields.includes(field.split(".")[0] ?? field);
}

const CREATE_FIELDS = [...IDENTITY_FIELDS, ...WORKING_AREA_FIELDS, ...DETAIL_FIELDS] as const;

interface CreateProps {
  region: RegionOptions;
  /** Ticked at the start: the coordinator's own municipality (none for the regional coordinator). */
  defaultMunicipalityCode: string | null;
}

export function CreateOrganisationForm({ region, defaultMunicipalityCode }: CreateProps) {
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
      regionWide: false,
      municipalityCodes: defaultMunicipalityCode ? [defaultMunicipalityCode] : [],
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
        <WorkingAreaFields register={register} errors={errors} region={region} />
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
  regionWide: boolean;
  municipalities: Array<{ municipalityCode: string }>;
}

interface EditProps {
  organisation: EditableOrganisation;
  region: RegionOptions;
  /** The coordinator edits identity and legal frame; a partner sees them read-only. */
  canEditIdentity: boolean;
  onSaved: (organisation: EditableOrganisation) => void;
  onDirtyChange?: (dirty: boolean) => void;
}

export function EditOrganisationForm({ organisation, region, canEditIdentity, onSaved, onDirtyChange }: EditProps) {
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
            regionWide: organisation.regionWide,
            municipalityCodes: organisation.municipalities.map((m) => m.municipalityCode),
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
      {canEditIdentity ? null : <WorkingAreaSummary text={workingAreaText(organisation.regionWide, namesOf(organisation, region), region.regionName)} />}
      <form noValidate onSubmit={onSubmit} className="max-w-xl" aria-label={format(t.edit.title, { name: organisation.name })}>
        {canEditIdentity ? <IdentityFields register={register} errors={errors} /> : null}
        {canEditIdentity ? <WorkingAreaFields register={register} errors={errors} region={region} /> : null}
        <DetailFields register={register} errors={errors} />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? messages.forms.saving : t.edit.submit}
        </Button>
      </form>
    </>
  );
}

function namesOf(organisation: EditableOrganisation, region: RegionOptions): string[] {
  const names = new Map(region.municipalities.map((m) => [m.code, m.name]));
  return organisation.municipalities.map((m) => names.get(m.municipalityCode) ?? m.municipalityCode);
}
