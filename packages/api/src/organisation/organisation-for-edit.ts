import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma, Tx } from "@kk/db";
import { notFound } from "../errors.ts";
import { assertCan } from "../trpc.ts";
import { findMunicipalCoordinator } from "./read-organisation.ts";

/** The organisation's own fields as the edit form and the audit trail see them. */
export const organisationEditFields = {
  id: true,
  name: true,
  slug: true,
  description: true,
  sector: true,
  type: true,
  legalFrame: true,
  legalBasis: true,
  meldcodeApplies: true,
  keurmerkMeldcode: true,
  address: true,
  postcode: true,
  area: true,
  phone: true,
  email: true,
  website: true,
  openingHours: true,
  services: true,
  targetGroups: true,
  isPublic: true,
  // Working area (issue 18): part of the edit form and of every audit entry's before/after.
  regionWide: true,
  municipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: "asc" } },
  status: true,
  verifiedAt: true,
  verifiedById: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.OrganisationSelect;

export type OrganisationEditRow = Prisma.OrganisationGetPayload<{ select: typeof organisationEditFields }>;

const contactFields = {
  id: true,
  name: true,
  jobTitle: true,
  roles: true,
  phone: true,
  email: true,
  availability: true,
  visibility: true,
  version: true,
} satisfies Prisma.ContactSelect;

const stepFields = {
  id: true,
  position: true,
  label: true,
  contactId: true,
  whenToUse: true,
  responseTime: true,
} satisfies Prisma.EscalationStepSelect;

export type ContactEditRow = Prisma.ContactGetPayload<{ select: typeof contactFields }>;
export type EscalationStepRow = Prisma.EscalationStepGetPayload<{ select: typeof stepFields }>;

export interface OrganisationForEdit extends OrganisationEditRow {
  verifiedByName: string | null;
  /** All contacts, also those visible to coordinators only: the editor manages them. */
  contacts: ContactEditRow[];
  escalationSteps: EscalationStepRow[];
  /** The municipal coordinator's contact, which any route may name as its last step (null if none). */
  municipalCoordinator: { contactId: string; name: string; organisationName: string } | null;
}

/** Loads an organisation for a write and checks that `actor` may do `action` on it. */
export async function loadForWrite(
  db: Db | Tx,
  actor: SessionUser,
  action: "organisation.update" | "organisation.confirm" | "contact.manage" | "escalationRoute.manage",
  id: string,
): Promise<OrganisationEditRow> {
  const organisation = await db.organisation.findUnique({ where: { id }, select: organisationEditFields });
  if (!organisation) throw notFound("De organisatie");
  assertCan(actor, action, { organisationId: organisation.id });
  return organisation;
}

/** Everything the edit pages need, for a coordinator or the partner of that organisation. */
export async function getOrganisationForEdit(
  db: Db,
  actor: SessionUser,
  ref: { id: string } | { slug: string },
): Promise<OrganisationForEdit> {
  const organisation = await db.organisation.findUnique({
    where: "id" in ref ? { id: ref.id } : { slug: ref.slug },
    select: {
      ...organisationEditFields,
      verifiedBy: { select: { name: true } },
      contacts: { select: contactFields, orderBy: [{ name: "asc" }] },
      escalationSteps: { select: stepFields, orderBy: { position: "asc" } },
    },
  });
  if (!organisation) throw notFound("De organisatie");
  assertCan(actor, "organisation.update", { organisationId: organisation.id });
  const { verifiedBy, ...rest } = organisation;
  const municipal = await findMunicipalCoordinator(db, actor);
  const municipalCoordinator =
    municipal?.contact && municipal.organisationId !== organisation.id
      ? { contactId: municipal.contact.id, name: municipal.contact.name, organisationName: municipal.organisationName }
      : null;
  return { ...rest, verifiedByName: verifiedBy?.name ?? null, municipalCoordinator };
}
