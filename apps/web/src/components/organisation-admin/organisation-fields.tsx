import { LEGAL_FRAMES, SECTORS } from "@kk/api/schemas";
import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { ScopeFields, type RegionChoices } from "@/components/region/scope-fields";
import { CheckboxField, TextareaField } from "@/components/ui/forms/fields";
import { errorAt } from "@/components/ui/forms/server-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer;
const labels = messages.socialeKaart;

export const IDENTITY_FIELDS = [
  "name",
  "type",
  "sector",
  "legalFrame",
  "legalBasis",
  "meldcodeApplies",
  "keurmerkMeldcode",
  "isPublic",
] as const;

export const DETAIL_FIELDS = [
  "description",
  "address",
  "postcode",
  "area",
  "phone",
  "email",
  "website",
  "openingHours",
  "services",
  "targetGroups",
] as const;

const sectorOptions = SECTORS.map((value) => ({ value, label: labels.sectors[value] }));
const legalFrameOptions = LEGAL_FRAMES.map((value) => ({ value, label: labels.legalFrames[value] }));

interface FieldsProps<T extends FieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}

/** Identity and legal position: only the coordinator edits these (packages/api/src/organisation/schemas.ts). */
export function IdentityFields<T extends FieldValues>({ register, errors }: FieldsProps<T>) {
  const field = (name: (typeof IDENTITY_FIELDS)[number]) => ({ ...register(name as Path<T>), error: errorAt(errors, name) });
  return (
    <fieldset className="mb-8">
      <legend className="mb-4 text-2xl font-bold">{t.sections.identity}</legend>
      <TextField label={t.fields.name} autoComplete="organization" {...field("name")} />
      <TextField label={t.fields.type} hint={t.fields.typeHint} {...field("type")} />
      <SelectField label={t.fields.sector} options={sectorOptions} placeholder={t.fields.chooseSector} {...field("sector")} />
      <SelectField
        label={t.fields.legalFrame}
        hint={t.fields.legalFrameHint}
        options={legalFrameOptions}
        placeholder={t.fields.chooseLegalFrame}
        {...field("legalFrame")}
      />
      <TextField label={t.fields.legalBasis} hint={t.fields.legalBasisHint} {...field("legalBasis")} />
      <CheckboxField label={t.fields.meldcodeApplies} {...field("meldcodeApplies")} />
      <CheckboxField label={t.fields.keurmerkMeldcode} {...field("keurmerkMeldcode")} />
      <CheckboxField label={t.fields.isPublic} {...field("isPublic")} />
    </fieldset>
  );
}

export interface IdentityValues {
  name: string;
  type: string;
  sector: (typeof SECTORS)[number];
  legalFrame: (typeof LEGAL_FRAMES)[number];
  legalBasis: string;
  meldcodeApplies: boolean;
  keurmerkMeldcode: boolean;
  isPublic: boolean;
}

/** What a partner sees instead of the identity fields: the values, and whom to ask. */
export function IdentitySummary({ values }: { values: IdentityValues }) {
  const yesNo = (v: boolean) => (v ? t.fields.yes : t.fields.no);
  const rows: Array<[string, string]> = [
    [t.fields.name, values.name],
    [t.fields.type, values.type],
    [t.fields.sector, labels.sectors[values.sector]],
    [t.fields.legalFrame, labels.legalFrames[values.legalFrame]],
    [t.fields.legalBasis, values.legalBasis || t.fields.empty],
    [t.fields.meldcodeApplies, yesNo(values.meldcodeApplies)],
    [t.fields.keurmerkMeldcode, yesNo(values.keurmerkMeldcode)],
    [t.fields.isPublic, yesNo(values.isPublic)],
  ];
  return (
    <section aria-labelledby="identity-heading" className="mb-8">
      <h2 id="identity-heading" className="mb-2 text-2xl">
        {t.sections.identity}
      </h2>
      <p className="mb-4">{t.sections.identityReadOnly}</p>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Description, address and reachability, services: what a partner keeps current itself. */
export function DetailFields<T extends FieldValues>({ register, errors }: FieldsProps<T>) {
  const field = (name: (typeof DETAIL_FIELDS)[number]) => ({ ...register(name as Path<T>), error: errorAt(errors, name) });
  return (
    <>
      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">{t.sections.contactDetails}</legend>
        <TextareaField label={t.fields.description} hint={t.fields.descriptionHint} rows={4} {...field("description")} />
        <TextField label={t.fields.address} hint={t.fields.addressHint} autoComplete="street-address" {...field("address")} />
        <TextField
          label={t.fields.postcode}
          hint={t.fields.postcodeHint}
          autoComplete="postal-code"
          className="sm:max-w-40"
          {...field("postcode")}
        />
        <TextField label={t.fields.area} {...field("area")} />
        <TextField label={t.fields.phone} hint={t.fields.phoneHint} type="tel" autoComplete="tel" {...field("phone")} />
        <TextField label={t.fields.email} type="email" autoComplete="email" spellCheck={false} {...field("email")} />
        <TextField label={t.fields.website} hint={t.fields.websiteHint} autoComplete="url" spellCheck={false} {...field("website")} />
        <TextareaField label={t.fields.openingHours} rows={3} {...field("openingHours")} />
      </fieldset>
      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">{t.sections.offer}</legend>
        <TextField label={t.fields.services} hint={t.fields.servicesHint} {...field("services")} />
        <TextField label={t.fields.targetGroups} hint={t.fields.targetGroupsHint} {...field("targetGroups")} />
      </fieldset>
    </>
  );
}

/** The install's municipalities and region (issue 18), for the working-area fields. */
export type RegionOptions = RegionChoices;

export const WORKING_AREA_FIELDS = ["regionWide", "municipalityCodes"] as const;

const w = messages.regioGedeeld.workingArea;

/** Werkgebied (issue 18): the coordinator's; it decides in which municipality's search the entry shows. */
export function WorkingAreaFields<T extends FieldValues>({ register, errors, region }: FieldsProps<T> & { region: RegionOptions }) {
  return <ScopeFields register={register} errors={errors} region={region} texts={w} />;
}

/** What a partner sees instead of the working-area fields: where its entry shows, and who changes it. */
export function WorkingAreaSummary({ text }: { text: string }) {
  return (
    <section aria-labelledby="working-area-heading" className="mb-8">
      <h2 id="working-area-heading" className="mb-2 text-2xl">
        {w.legend}
      </h2>
      <p className="mb-2 font-semibold" data-testid="working-area">
        {w.worksIn}: {text}
      </p>
      <p className="max-w-3xl">{w.readOnlyHint}</p>
    </section>
  );
}
