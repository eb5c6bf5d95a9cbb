import { isSharedDataCoordinator } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { databaseSettings, type ContactRole, type Db, type Prisma, type SettingsSource } from "@kk/db";
import { notFound } from "../errors.ts";
import { isStale, staleAfterMonthsOf } from "../freshness/staleness.ts";

/*
 * The read side of the sociale kaart: one organisation as a signed-in user may see it.
 * Visibility rules (docs/sociale-kaart.md):
 * - Contacts marked COORDINATORS are seen by the coordinator and the beheerder, and by a partner
 *   of that same organisation (it keeps those entries current, so it must see them). Everyone
 *   else does not even learn that they exist.
 * - A CLOSED organisation is seen by the coordinator only; for anyone else it does not exist.
 * - Every escalation route ends with the municipal coordinator (issue 3), see
 *   `findMunicipalCoordinator`.
 */

const contactFields = {
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

export type ContactView = Prisma.ContactGetPayload<{ select: typeof contactFields }>;

const organisationFields = {
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
  status: true,
  isDemo: true,
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
  // Working area (issue 18): "Werkt in: …" on the organisation page.
  regionWide: true,
  municipalities: { select: { municipality: { select: { code: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
  verifiedAt: true,
  verifiedBy: { select: { id: true, name: true } },
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrganisationSelect;

/** Contact roles in the order the organisation page shows them. */
export const CONTACT_ROLE_ORDER: readonly ContactRole[] = [
  "AANDACHTSFUNCTIONARIS",
  "ESCALATIE_AANSPREEKPUNT",
  "LEIDINGGEVENDE",
  "PRIVACY_OFFICER",
  "INFORMATIEVERZOEKEN",
  "JURIST",
  "ALGEMEEN",
];

export interface ContactGroup {
  role: ContactRole;
  contacts: ContactView[];
}

export interface EscalationStepView {
  /** 1-based place in the route as shown (the municipal step comes after the organisation's own). */
  position: number;
  /** ORGANISATION: a step the organisation set; MUNICIPAL_COORDINATOR: the closing step added here. */
  kind: "ORGANISATION" | "MUNICIPAL_COORDINATOR";
  label: string;
  whenToUse: string;
  responseTime: string;
  /** Null when the step has no contact or the viewer may not see it. */
  contact: (ContactView & { organisationName: string }) | null;
}

/** The municipal coordinator: the gemeente's escalation contact, if one is registered. */
export interface MunicipalCoordinator {
  organisationId: string;
  organisationName: string;
  contact: ContactView | null;
}

/** True when the viewer may see contacts marked "coordinators only" of this organisation. */
export function canSeeRestrictedContacts(user: SessionUser, organisationId: string): boolean {
  if (isSharedDataCoordinator(user) || user.role === "BEHEERDER") return true;
  return user.role === "PARTNER" && user.organisationId !== null && user.organisationId === organisationId;
}

/** Only the coordinators (municipal or regional) see organisations that have been closed (opgeheven). */
export function canSeeClosedOrganisations(user: SessionUser): boolean {
  return isSharedDataCoordinator(user);
}

function visibleContactsWhere(user: SessionUser, organisationId: string): Prisma.ContactWhereInput {
  return canSeeRestrictedContacts(user, organisationId) ? {} : { visibility: "SIGNED_IN" };
}

/** Groups contacts by role; a contact with several roles appears in each group, one without roles under ALGEMEEN. */
export function groupContactsByRole(contacts: readonly ContactView[]): ContactGroup[] {
  return CONTACT_ROLE_ORDER.map((role) => ({
    role,
    contacts: contacts.filter((c) => c.roles.includes(role) || (role === "ALGEMEEN" && c.roles.length === 0)),
  })).filter((group) => group.contacts.length > 0);
}

/**
 * The rule for "the municipal coordinator" (docs/sociale-kaart.md): the oldest organisation of
 * sector GEMEENTE with type "Gemeente" that is not closed; within it the contact with role
 * ESCALATIE_AANSPREEKPUNT, else AANDACHTSFUNCTIONARIS (oldest first). Contacts the viewer may not
 * see are skipped, so the closing step never leaks a "coordinators only" contact.
 */
export async function findMunicipalCoordinator(db: Db, user: SessionUser): Promise<MunicipalCoordinator | null> {
  const gemeente = await db.organisation.findFirst({
    where: { sector: "GEMEENTE", type: { equals: "Gemeente", mode: "insensitive" }, status: { not: "CLOSED" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  if (!gemeente) return null;
  const candidates = await db.contact.findMany({
    where: {
      organisationId: gemeente.id,
      roles: { hasSome: ["ESCALATIE_AANSPREEKPUNT", "AANDACHTSFUNCTIONARIS"] },
      ...visibleContactsWhere(user, gemeente.id),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: contactFields,
  });
  const contact =
    candidates.find((c) => c.roles.includes("ESCALATIE_AANSPREEKPUNT")) ??
    candidates.find((c) => c.roles.includes("AANDACHTSFUNCTIONARIS")) ??
    null;
  return { organisationId: gemeente.id, organisationName: gemeente.name, contact };
}

/**
 * An organisation's escalation route as the viewer may see it, ordered by position, always
 * closed by the municipal coordinator unless the organisation's own last step already is that
 * contact.
 */
export async function escalationRouteFor(
  db: Db,
  user: SessionUser,
  organisation: { id: string; name: string },
  coordinator?: MunicipalCoordinator | null,
): Promise<EscalationStepView[]> {
  const steps = await db.escalationStep.findMany({
    where: { organisationId: organisation.id },
    orderBy: { position: "asc" },
    select: {
      label: true,
      whenToUse: true,
      responseTime: true,
      contact: { select: { ...contactFields, organisation: { select: { name: true } } } },
    },
  });
  const route: EscalationStepView[] = steps.map((step, index) => {
    let contact: EscalationStepView["contact"] = null;
    const c = step.contact;
    if (c && (c.visibility === "SIGNED_IN" || canSeeRestrictedContacts(user, c.organisationId))) {
      const { organisation: contactOrganisation, ...fields } = c;
      contact = { ...fields, organisationName: contactOrganisation.name };
    }
    return {
      position: index + 1,
      kind: "ORGANISATION",
      label: step.label,
      whenToUse: step.whenToUse,
      responseTime: step.responseTime,
      contact,
    };
  });
  const municipal = coordinator === undefined ? await findMunicipalCoordinator(db, user) : coordinator;
  const lastContactId = steps.at(-1)?.contact?.id;
  if (municipal?.contact && lastContactId === municipal.contact.id) return route;
  route.push({
    position: route.length + 1,
    kind: "MUNICIPAL_COORDINATOR",
    label: "",
    whenToUse: "",
    responseTime: "",
    contact: municipal?.contact ? { ...municipal.contact, organisationName: municipal.organisationName } : null,
  });
  return route;
}

export type OrganisationView = Prisma.OrganisationGetPayload<{ select: typeof organisationFields }> & {
  contacts: ContactView[];
  contactGroups: ContactGroup[];
  escalationRoute: EscalationStepView[];
  /** Not confirmed within the configured number of months (packages/api/src/freshness/staleness.ts). */
  stale: boolean;
  staleAfterMonths: number;
};

/** The organisation if this viewer may see it, else NOT_FOUND (a closed one is hidden, not forbidden). */
export async function findVisibleOrganisation(db: Db, user: SessionUser, where: Prisma.OrganisationWhereUniqueInput) {
  const organisation = await db.organisation.findUnique({ where, select: organisationFields });
  if (!organisation || (organisation.status === "CLOSED" && !canSeeClosedOrganisations(user))) {
    throw notFound("De organisatie");
  }
  return organisation;
}

/** The organisation page: everything about one organisation that this viewer may see. */
export async function readOrganisation(
  db: Db,
  user: SessionUser,
  where: { slug: string } | { id: string },
  now: Date,
  settings: SettingsSource = databaseSettings(db),
): Promise<OrganisationView> {
  const organisation = await findVisibleOrganisation(db, user, where);
  const [contacts, escalationRoute, staleAfterMonths] = await Promise.all([
    db.contact.findMany({
      where: { organisationId: organisation.id, ...visibleContactsWhere(user, organisation.id) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: contactFields,
    }),
    escalationRouteFor(db, user, organisation),
    staleAfterMonthsOf(settings),
  ]);
  return {
    ...organisation,
    contacts,
    contactGroups: groupContactsByRole(contacts),
    escalationRoute,
    stale: isStale(organisation.verifiedAt, now, staleAfterMonths),
    staleAfterMonths,
  };
}

/** One contact for a vCard, under the same visibility rules as the organisation page. */
export async function readVisibleContact(
  db: Db,
  user: SessionUser,
  input: { slug: string; contactId: string },
): Promise<ContactView & { organisationName: string }> {
  const organisation = await findVisibleOrganisation(db, user, { slug: input.slug });
  const contact = await db.contact.findFirst({
    where: { id: input.contactId, organisationId: organisation.id, ...visibleContactsWhere(user, organisation.id) },
    select: contactFields,
  });
  if (!contact) throw notFound("De contactpersoon");
  return { ...contact, organisationName: organisation.name };
}

/** An organisation's escalation route with a few identifying fields, for the escalatie page. */
export async function readEscalationRoute(db: Db, user: SessionUser, organisationId: string) {
  const organisation = await findVisibleOrganisation(db, user, { id: organisationId });
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      slug: organisation.slug,
      type: organisation.type,
      legalFrame: organisation.legalFrame,
    },
    escalationRoute: await escalationRouteFor(db, user, organisation),
  };
}

/**
 * Whom to call when professionals of this organisation and another disagree: the contact of the
 * route's first step, then the organisation's escalatie-aanspreekpunten; only contacts the viewer
 * may see.
 */
export async function escalationContactsFor(db: Db, user: SessionUser, organisationId: string): Promise<ContactView[]> {
  const visible = visibleContactsWhere(user, organisationId);
  const [firstStep, aanspreekpunten] = await Promise.all([
    db.escalationStep.findFirst({
      where: { organisationId, contact: { is: { organisationId, ...visible } } },
      orderBy: { position: "asc" },
      select: { contact: { select: contactFields } },
    }),
    db.contact.findMany({
      where: { organisationId, roles: { has: "ESCALATIE_AANSPREEKPUNT" }, ...visible },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: contactFields,
    }),
  ]);
  const first = firstStep?.contact ?? null;
  return first ? [first, ...aanspreekpunten.filter((c) => c.id !== first.id)] : aanspreekpunten;
}
