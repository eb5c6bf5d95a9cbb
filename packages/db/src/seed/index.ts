import type { Db } from "../client.ts";
import { hashPassword } from "../password.ts";
import { deriveSecretBoxKey, opensWith, sealSecret, secretBoxKeyMaterial } from "../secret-box.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET } from "./demo-accounts.ts";
import { DEMO_AGREEMENT_OWNER_EMAIL, DEMO_AGREEMENTS } from "./demo-agreements.ts";
import { DEMO_DIRECTORY, type DemoContactRef, type DemoOrganisation } from "./demo-directory.ts";
import { DEMO_MEETINGS, type DemoMeeting } from "./demo-meetings.ts";
import { seedDemoRegionPlans, seedVtFigures } from "./seed-figures.ts";
import { seedDemoMunicipalities } from "./seed-demo-municipalities.ts";
import { seedRegionSharing } from "./demo-working-areas.ts";

export { DEMO_ACCOUNT_MUNICIPALITIES, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET } from "./demo-accounts.ts";
export { DEMO_AGREEMENT_OWNER_EMAIL, DEMO_AGREEMENTS, type DemoAgreement } from "./demo-agreements.ts";
export { DEMO_COORDINATOR_CONTACT, DEMO_DIRECTORY, type DemoOrganisation } from "./demo-directory.ts";
export { generateDirectory, type GenerateResult } from "./generate-directory.ts";
export { DEMO_MEETINGS, type DemoMeeting } from "./demo-meetings.ts";
export * from "./demo-figures.ts";
export { DEMO_PLAN_ACTIVITIES, type DemoPlanActivity, type DemoPlanBudget } from "./demo-plan.ts";
export { seedDemoRegionPlans, seedPlanVanAanpak, seedVtFigures } from "./seed-figures.ts";

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
  meetingsCreated: number;
  /** Veilig Thuis figures (issue 6): deliveries and plan van aanpak activities. */
  figureDeliveriesCreated: number;
  planActivitiesCreated: number;
}

export interface SeedOptions {
  /** The moment the demo verification dates are relative to. */
  now?: Date;
  /**
   * The key material the portal encrypts TOTP secrets with (KK_MFA_KEY or NEXTAUTH_SECRET of the
   * server that will use this database); defaults to this process's environment.
   */
  mfaKeyMaterial?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const result: SeedResult = { organisationsCreated: 0, contactsCreated: 0, escalationStepsCreated: 0, usersCreated: 0, agreementsCreated: 0, meetingsCreated: 0, figureDeliveriesCreated: 0, planActivitiesCreated: 0 };
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

  // The areas and municipalities first: accounts name the municipality they act for.
  result.figureDeliveriesCreated = await seedVtFigures(db);
  await seedDemoMunicipalities(db, now);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const mfaKey = deriveSecretBoxKey(options.mfaKeyMaterial ?? secretBoxKeyMaterial());
  for (const account of DEMO_ACCOUNTS) {
    const withTotp = DEMO_TOTP_ROLES.includes(account.role);
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) {
      // The demo secret is public: re-seal it when the portal's key changed (KK_DEMO=1 npm start
      // generates a new NEXTAUTH_SECRET per run), so the demo accounts keep working.
      // An account from before two-factor sign-in is enrolled on it too.
      if (withTotp && !(existing.totpEnabledAt && existing.totpSecretEncrypted && opensWith(existing.totpSecretEncrypted, mfaKey))) {
        await db.user.update({
          where: { id: existing.id },
          data: { totpSecretEncrypted: sealSecret(DEMO_TOTP_SECRET, mfaKey), totpEnabledAt: existing.totpEnabledAt ?? now, totpLastStep: null },
        });
      }
      continue;
    }
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        organisationId: account.organisationSlug ? (idsBySlug.get(account.organisationSlug) ?? null) : null,
        municipalityCode: account.municipalityCode ?? null,
        ...(withTotp ? { totpSecretEncrypted: sealSecret(DEMO_TOTP_SECRET, mfaKey), totpEnabledAt: now } : {}),
      },
    });
    result.usersCreated += 1;
  }

  result.agreementsCreated = await seedAgreements(db, now, idsBySlug);
  result.meetingsCreated = await seedMeetings(db, now, idsBySlug);
  result.planActivitiesCreated = await seedDemoRegionPlans(db);
  await seedRegionSharing(db);
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

const amsterdamWallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The seed day plus `days` at Amsterdam wall-clock `time` ("HH:MM"), as a UTC instant. */
function seedInstant(now: Date, days: number, time: string): Date {
  const day = seedDay(now, days)?.toISOString().slice(0, 10) ?? "";
  const wall = new Date(`${day}T${time}:00.000Z`).getTime();
  // Summer time first, then winter time: the offset that maps back to the same wall clock.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (amsterdamWallClock.format(candidate).replace(", ", "T") === `${day}T${time}`) return candidate;
  }
  return new Date(wall - 3_600_000);
}

/**
 * The demo meetings (./demo-meetings.ts) that do not exist yet, matched by title: past ones with
 * attendance counts, knelpunten and actions; upcoming ones relative to the seed day with their
 * registrations (demo accounts and fictitious professionals of demo organisations).
 */
async function seedMeetings(db: Db, now: Date, idsBySlug: ReadonlyMap<string, string>): Promise<number> {
  const coordinator = await db.user.findUnique({ where: { email: DEMO_AGREEMENT_OWNER_EMAIL }, select: { id: true } });
  const organisations = await db.organisation.findMany({ where: { id: { in: [...idsBySlug.values()] } }, select: { id: true, slug: true, name: true, sector: true } });
  const bySlug = new Map(organisations.map((org) => [org.slug, org]));
  const knelpunten = new Map((await db.knelpunt.findMany({ where: { key: { not: null } }, select: { id: true, key: true } })).map((k) => [k.key, k.id]));
  let created = 0;
  for (const demo of DEMO_MEETINGS) {
    if (await db.meeting.findFirst({ where: { title: demo.title }, select: { id: true } })) continue;
    const { startsAt, endsAt } = meetingTimes(demo, now);
    const registrations = [];
    for (const [index, registration] of (demo.registrations ?? []).entries()) {
      const account = registration.accountEmail
        ? await db.user.findUnique({ where: { email: registration.accountEmail }, select: { id: true, name: true, email: true, organisation: { select: { id: true, name: true, sector: true } } } })
        : null;
      const org = account?.organisation ?? (registration.organisationSlug ? bySlug.get(registration.organisationSlug) : undefined);
      const name = account?.name ?? registration.name ?? "";
      const registeredAt = new Date(now.getTime() - (60 - index) * 60_000);
      registrations.push({
        userId: account?.id ?? null,
        name,
        email: account?.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@${registration.organisationSlug ?? "demo"}.example`,
        organisationId: org?.id ?? null,
        organisationName: org?.name ?? "",
        sector: org?.sector ?? "GEMEENTE",
        status: registration.status,
        remark: registration.remark ?? "",
        registeredAt,
        waitlistedAt: registration.status === "WACHTLIJST" ? registeredAt : null,
      });
    }
    await db.meeting.create({
      data: {
        type: demo.type,
        title: demo.title,
        description: demo.description,
        theme: demo.theme,
        startsAt,
        endsAt,
        location: demo.location,
        onlineUrl: demo.onlineUrl ?? "",
        capacity: demo.capacity,
        registrationDeadline: demo.deadlineDay === undefined ? null : seedInstant(now, demo.deadlineDay, "23:59"),
        facilitators: demo.facilitators,
        status: demo.status,
        createdById: coordinator?.id ?? null,
        // Past meetings are long beyond the retention period: counts instead of registrations.
        registrationsReducedAt: demo.attendance ? now : null,
        sectorTargets: { create: demo.sectorTargets ?? [] },
        registrations: { create: registrations },
        attendanceCounts: { create: demo.attendance ?? [] },
        knelpunten: { create: (demo.knelpunten ?? []).flatMap((k) => (knelpunten.has(k.key) ? [{ knelpuntId: knelpunten.get(k.key) ?? "", note: k.note }] : [])) },
        actions: {
          create: (demo.actions ?? []).map((action) => ({
            knelpuntId: action.knelpuntKey ? (knelpunten.get(action.knelpuntKey) ?? null) : null,
            description: action.description,
            ownerName: action.ownerName,
            dueDate: new Date(`${action.dueDate}T00:00:00.000Z`),
            status: action.status,
          })),
        },
      },
    });
    created += 1;
  }
  return created;
}

function meetingTimes(demo: DemoMeeting, now: Date): { startsAt: Date; endsAt: Date } {
  if (demo.startsAt && demo.endsAt) return { startsAt: new Date(demo.startsAt), endsAt: new Date(demo.endsAt) };
  return { startsAt: seedInstant(now, demo.day ?? 0, demo.from ?? "10:00"), endsAt: seedInstant(now, demo.day ?? 0, demo.to ?? "12:00") };
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
