import type { Db } from "../client.ts";
import { hashPassword } from "../password.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";
import { DEMO_AGREEMENT_OWNER_EMAIL, DEMO_AGREEMENTS } from "./demo-agreements.ts";
import { DEMO_DIRECTORY, type DemoContactRef, type DemoOrganisation } from "./demo-directory.ts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";
export { DEMO_AGREEMENT_OWNER_EMAIL, DEMO_AGREEMENTS, type DemoAgreement } from "./demo-agreements.ts";
export { DEMO_COORDINATOR_CONTACT, DEMO_DIRECTORY, type DemoOrganisation } from "./demo-directory.ts";
export { generateDirectory, type GenerateResult } from "./generate-directory.ts";

/*
 * Demo data: the demo municipality Zwijndrecht (sociale kaart in ./demo-directory.ts), marked
 * isDemo. Idempotent: organisations are upserted by slug (an existing one only gets its empty
 * fields filled in, so edits made in a demo database survive), contacts and escalation steps are
 * only created for an organisation that has none, users are matched by e-mail, agreements by title
 * (an existing one is left as it is, whatever its status now).
 */
export interface SeedResult {
  organisationsCreated: number;
  contactsCreated: number;
  escalationStepsCreated: number;
  usersCreated: number;
  agreementsCreated: number;
}

export interface SeedOptions {
  /** The moment the demo verification dates are relative to. */
  now?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const result: SeedResult = { organisationsCreated: 0, contactsCreated: 0, escalationStepsCreated: 0, usersCreated: 0, agreementsCreated: 0 };
  const idsBySlug = new Map<string, string>();
  const needsContacts: DemoOrganisation[] = [];
  for (const org of DEMO_DIRECTORY) {
    const verifiedAt = org.verifiedDaysAgo === null ? null : new Date(now.getTime() - org.verifiedDaysAgo * DAY_MS);
    const existing = await db.organisation.findUnique({ where: { slug: org.slug }, include: { _count: { select: { contacts: true } } } });
    if (existing) {
      idsBySlug.set(org.slug, existing.id);
      const blanks = blankFields(existing, org);
      const completing = existing._count.contacts === 0;
      if (Object.keys(blanks).length > 0 || (completing && existing.verifiedAt === null && verifiedAt)) {
        await db.organisation.update({ where: { id: existing.id }, data: { ...blanks, ...(completing && existing.verifiedAt === null ? { verifiedAt } : {}) } });
      }
      if (completing) needsContacts.push(org);
      continue;
    }
    const created = await db.organisation.create({ data: { ...organisationData(org), verifiedAt, isDemo: true } });
    idsBySlug.set(org.slug, created.id);
    result.organisationsCreated += 1;
    needsContacts.push(org);
  }

  // Contacts first (for every organisation), then the routes, which may point at another
  // organisation's contact: the municipal coordinator is the last step of every route.
  const contactIds = new Map<string, string>();
  const contactKey = (slug: string, key: string): string => `${slug}#${key}`;
  for (const org of needsContacts) {
    const organisationId = idsBySlug.get(org.slug) ?? "";
    for (const { key, ...contact } of org.contacts) {
      const created = await db.contact.create({ data: { ...contact, organisationId } });
      contactIds.set(contactKey(org.slug, key), created.id);
      result.contactsCreated += 1;
    }
  }
  const resolveContact = async (org: DemoOrganisation, ref: DemoContactRef | undefined): Promise<string | null> => {
    if (ref === undefined) return null;
    const slug = typeof ref === "string" ? org.slug : ref.organisation;
    const key = typeof ref === "string" ? ref : ref.key;
    const known = contactIds.get(contactKey(slug, key));
    if (known) return known;
    // A contact created by an earlier run: find it by name within its organisation.
    const demo = DEMO_DIRECTORY.find((o) => o.slug === slug)?.contacts.find((c) => c.key === key);
    const organisationId = idsBySlug.get(slug);
    if (!demo || !organisationId) return null;
    const found = await db.contact.findFirst({ where: { organisationId, name: demo.name }, select: { id: true } });
    return found?.id ?? null;
  };
  for (const org of needsContacts) {
    const organisationId = idsBySlug.get(org.slug) ?? "";
    if ((await db.escalationStep.count({ where: { organisationId } })) > 0) continue;
    for (const [index, step] of org.escalationRoute.entries()) {
      await db.escalationStep.create({
        data: { organisationId, position: index + 1, label: step.label, whenToUse: step.whenToUse, responseTime: step.responseTime, contactId: await resolveContact(org, step.contact) },
      });
      result.escalationStepsCreated += 1;
    }
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        organisationId: account.organisationSlug ? (idsBySlug.get(account.organisationSlug) ?? null) : null,
      },
    });
    result.usersCreated += 1;
  }

  result.agreementsCreated = await seedAgreements(db, now, idsBySlug);
  return result;
}

const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The seed day in Europe/Amsterdam plus `days`, as a @db.Date value (UTC midnight). */
function seedDay(now: Date, days: number | null | undefined): Date | null {
  if (days === null || days === undefined) return null;
  const date = new Date(`${amsterdamDay.format(now)}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/** The demo agreements (./demo-agreements.ts) that do not exist yet, matched by title. */
async function seedAgreements(db: Db, now: Date, idsBySlug: ReadonlyMap<string, string>): Promise<number> {
  const owner = await db.user.findUnique({ where: { email: DEMO_AGREEMENT_OWNER_EMAIL }, select: { id: true } });
  if (!owner) return 0;
  let created = 0;
  for (const { parties, clauses, startDay, endDay, reviewDay, ...agreement } of DEMO_AGREEMENTS) {
    if (await db.agreement.findFirst({ where: { title: agreement.title }, select: { id: true } })) continue;
    const partyRows = parties.flatMap((party) => {
      const organisationId = idsBySlug.get(party.slug);
      if (!organisationId) return [];
      return [{ organisationId, signatoryName: party.signatoryName ?? "", signatoryFunction: party.signatoryFunction ?? "", signedAt: seedDay(now, party.signedDay) }];
    });
    await db.agreement.create({
      data: {
        ...agreement,
        startDate: seedDay(now, startDay),
        endDate: seedDay(now, endDay),
        reviewDate: seedDay(now, reviewDay),
        ownerId: owner.id,
        parties: { create: partyRows },
        clauses: { create: clauses.map((clause) => ({ clauseKey: clause.key, coverage: clause.coverage, reference: clause.reference ?? "" })) },
      },
    });
    created += 1;
  }
  return created;
}

function organisationData(org: DemoOrganisation) {
  const { verifiedDaysAgo: _verifiedDaysAgo, contacts: _contacts, escalationRoute: _route, ...data } = org;
  return data;
}

/** The demo values for the fields an existing organisation has left empty. */
function blankFields(existing: Record<string, unknown>, org: DemoOrganisation): Partial<ReturnType<typeof organisationData>> {
  const blanks: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(organisationData(org))) {
    const current = existing[field];
    const isBlank = current === "" || (Array.isArray(current) && current.length === 0);
    const hasValue = value !== "" && !(Array.isArray(value) && value.length === 0);
    if (isBlank && hasValue) blanks[field] = value;
  }
  return blanks;
}
