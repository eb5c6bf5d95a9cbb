import type { SessionUser } from "@kk/auth/roles";
import type { Db, Prisma } from "@kk/db";
import { canSeeClosedOrganisations, canSeeRestrictedContacts } from "../organisation/read-organisation.ts";
import type { DirectoryOrganisationRow } from "./columns.ts";
import { workingAreaCell } from "./columns.ts";

const organisationSelect = {
  id: true,
  slug: true,
  name: true,
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
  status: true,
  verifiedAt: true,
  updatedAt: true,
  regionWide: true,
  municipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: "asc" } },
} satisfies Prisma.OrganisationSelect;

const contactSelect = {
  id: true,
  organisationId: true,
  name: true,
  jobTitle: true,
  roles: true,
  phone: true,
  email: true,
  availability: true,
  visibility: true,
} satisfies Prisma.ContactSelect;

export type ExportContact = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;
export type ExportOrganisation = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }> &
  DirectoryOrganisationRow & { contacts: ExportContact[] };

/**
 * The whole sociale kaart as this viewer may see it, under the organisation page's rules
 * (packages/api/src/organisation/read-organisation.ts): "coordinators only" contacts only for
 * those who may see them, closed organisations only for the coordinator.
 */
export async function loadDirectoryForViewer(db: Db, viewer: SessionUser): Promise<ExportOrganisation[]> {
  const organisations = await db.organisation.findMany({
    where: canSeeClosedOrganisations(viewer) ? {} : { status: { not: "CLOSED" } },
    select: organisationSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const contacts = await db.contact.findMany({
    where: { organisationId: { in: organisations.map((o) => o.id) } },
    select: contactSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byOrganisation = new Map<string, ExportContact[]>();
  for (const contact of contacts) {
    if (contact.visibility === "COORDINATORS" && !canSeeRestrictedContacts(viewer, contact.organisationId)) continue;
    const list = byOrganisation.get(contact.organisationId) ?? [];
    list.push(contact);
    byOrganisation.set(contact.organisationId, list);
  }
  return organisations.map((o) => ({ ...o, workingArea: workingAreaCell(o), contacts: byOrganisation.get(o.id) ?? [] }));
}

/**
 * What anyone may see without signing in: public, active organisations, organisation-level
 * fields only. No contacts at all: contacts are people, and the public endpoint has no business
 * publishing their names (data minimisation, AVG art. 5(1)(c)).
 */
export async function loadPublicDirectory(db: Db): Promise<ExportOrganisation[]> {
  const organisations = await db.organisation.findMany({
    where: { isPublic: true, status: "ACTIVE" },
    select: organisationSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return organisations.map((o) => ({ ...o, workingArea: workingAreaCell(o), contacts: [] }));
}
