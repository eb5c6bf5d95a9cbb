import type { OrganisationStatus } from "@kk/db";
import { LEGAL_FRAMES, SECTORS } from "../directory/schemas.ts";
import { z } from "../zod-dutch.ts";
import { email, optionalText, phone, postcode, recordId, requiredText, tags, version, website } from "./field-formats.ts";
import { municipalityCodes, WORKING_AREA_MISSING } from "./working-area-schemas.ts";

export const ORGANISATION_STATUSES = ["ACTIVE", "INACTIVE", "CLOSED"] as const satisfies readonly OrganisationStatus[];

/**
 * Fields only the coordinator sets: identity and legal position. The legal frame decides what
 * professionals may share with this organisation (domain.md, "Legal position of organisations"),
 * so a partner cannot change it for itself; nor can it hide its entry or (re)name it.
 * Status changes go through `organisation.archive`.
 */
export const COORDINATOR_ONLY_FIELDS = [
  "name",
  "sector",
  "type",
  "legalFrame",
  "legalBasis",
  "meldcodeApplies",
  "keurmerkMeldcode",
  "isPublic",
  // The working area (issue 18): it decides in which municipalities the entry shows.
  "regionWide",
  "municipalityCodes",
] as const;

/** Fields a partner keeps current for its own organisation (and the coordinator for any). */
export const PARTNER_FIELDS = [
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

const coordinatorFields = {
  name: requiredText(160, "Vul de naam van de organisatie in.", "De naam"),
  sector: z.enum(SECTORS, "Kies een sector."),
  type: requiredText(80, "Vul het soort organisatie in, bijvoorbeeld huisarts of wijkteam.", "Het soort organisatie"),
  legalFrame: z.enum(LEGAL_FRAMES, "Kies het wettelijk kader."),
  legalBasis: z.string().trim().max(300, "De wettelijke grondslag heeft hoogstens 300 tekens."),
  meldcodeApplies: z.boolean(),
  keurmerkMeldcode: z.boolean(),
  isPublic: z.boolean(),
  /** Werkgebied: the whole region, or the municipalities in `municipalityCodes` (at least one). */
  regionWide: z.boolean(),
  municipalityCodes,
};

/** Not region-wide and no municipality: the entry would show nowhere. */
function checkWorkingArea(value: { regionWide?: boolean | undefined; municipalityCodes?: string[] | undefined }, ctx: z.RefinementCtx): void {
  if (value.regionWide === false && (value.municipalityCodes ?? []).length === 0) {
    ctx.addIssue({ code: "custom", path: ["municipalityCodes"], message: WORKING_AREA_MISSING });
  }
}

const partnerFields = {
  description: optionalText(1000, "De omschrijving"),
  address: optionalText(200, "Het adres"),
  postcode,
  area: optionalText(80, "De wijk"),
  phone,
  email,
  website,
  openingHours: optionalText(300, "De openingstijden"),
  services: tags("dienst"),
  targetGroups: tags("doelgroep"),
};

export const createOrganisationInput = z.object({
  ...coordinatorFields,
  legalBasis: coordinatorFields.legalBasis.default(""),
  meldcodeApplies: coordinatorFields.meldcodeApplies.default(false),
  keurmerkMeldcode: coordinatorFields.keurmerkMeldcode.default(false),
  isPublic: coordinatorFields.isPublic.default(true),
  // Left out (an API caller from before issue 18): the actor's municipality, else the whole region.
  regionWide: coordinatorFields.regionWide.optional(),
  municipalityCodes: coordinatorFields.municipalityCodes.optional(),
  ...partnerFields,
}).superRefine(checkWorkingArea);
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

/**
 * One schema for both editors: a partner's form leaves the coordinator-only fields out; when
 * they are sent by a partner anyway, the server refuses any change to them.
 */
export const updateOrganisationInput = z.object({
  id: recordId,
  version,
  ...partnerFields,
  // No defaults here: a missing field means "leave as it is".
  ...z.object(coordinatorFields).partial().shape,
}).superRefine(checkWorkingArea);
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

/** The edit form of one organisation, by id or by slug (the URL). */
export const organisationForEditInput = z.union(
  [z.object({ id: recordId }), z.object({ slug: z.string().trim().min(1, "Het adres van de organisatie ontbreekt.") })],
  "Geef de organisatie op.",
);

export const archiveOrganisationInput = z.object({
  id: recordId,
  version,
  status: z.enum(ORGANISATION_STATUSES, "Kies een status."),
});

/** "Alles klopt nog": confirms the entry as the caller saw it (`version`). */
export const confirmOrganisationInput = z.object({ id: recordId, version });
