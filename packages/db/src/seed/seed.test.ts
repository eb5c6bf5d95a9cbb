import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../password.ts";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { DEMO_ACCOUNT_MUNICIPALITIES, DEMO_ACCOUNTS, DEMO_AGREEMENTS, DEMO_DIRECTORY, DEMO_MEETINGS, DEMO_PASSWORD, seedDemo } from "./index.ts";

const SEED_TIME = new Date("2026-11-25T09:00:00Z");
const SIX_MONTHS_BEFORE = new Date("2026-05-25T09:00:00Z");

describe("seedDemo", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "seed");
  });
  afterAll(() => database.drop());

  it("loads an account for every role, partners linked to their organisation, and organisations of every legal frame, all marked as demo", async () => {
    const first = await seedDemo(database.db, { now: SEED_TIME });
    expect(first.usersCreated).toBe(DEMO_ACCOUNTS.length);
    expect(first.organisationsCreated).toBe(DEMO_DIRECTORY.length);
    expect(DEMO_DIRECTORY.length).toBeGreaterThanOrEqual(38);
    const users = await database.db.user.findMany({ select: { role: true, organisation: { select: { slug: true } } } });
    expect([...new Set(users.map((u) => u.role))].sort()).toEqual(["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD", "REGIO_COORDINATOR"]);
    const partnerOrganisations = users.filter((u) => u.role === "PARTNER").map((u) => u.organisation?.slug);
    expect(partnerOrganisations.sort()).toEqual(["basisschool-de-regenboog", "ggz-jeugd-drechtsteden", "wijkteam-zwijndrecht"]);
    const frames = await database.db.organisation.groupBy({ by: ["legalFrame"], _count: true });
    expect(frames.map((f) => f.legalFrame).sort()).toEqual(["CONSENT_REQUIRED", "WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER", "WITHOUT_CONSENT_DURING_SUPERVISION"]);
    expect(await database.db.organisation.count({ where: { isDemo: false } })).toBe(0);
    const partner = await database.db.user.findUniqueOrThrow({ where: { email: "partner@demo.zwijndrecht.nl" }, include: { organisation: true } });
    expect(partner.organisation?.slug).toBe("wijkteam-zwijndrecht");
    expect(await verifyPassword(partner.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    // The first, full seed (argon2 hashes, the directory, the Veilig Thuis figures) takes most of the
    // default 30 s on a loaded two-core runner.
  }, 90_000);

  it("links each demo account to its municipality of the demo region (issue 18), adding the ones the figures seed has not", async () => {
    const users = await database.db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true, role: true, municipalityCode: true } });
    for (const account of DEMO_ACCOUNTS) {
      expect(users.find((u) => u.email === account.email)?.municipalityCode, account.email).toBe(account.municipalityCode ?? null);
    }
    expect(users.filter((u) => u.role === "BEHEERDER" || u.role === "REGIO_COORDINATOR").every((u) => u.municipalityCode === null)).toBe(true);
    const municipalities = await database.db.municipality.findMany({ include: { area: { include: { parent: true } } }, orderBy: { code: "asc" } });
    expect(municipalities.map((m) => [m.code, m.name, m.isDemo, m.area.kind, m.area.parent?.code])).toEqual(
      [...DEMO_ACCOUNT_MUNICIPALITIES].sort((a, b) => a.code.localeCompare(b.code)).map((m) => [m.code, m.name, true, "MUNICIPALITY", "VT-ZHZ"]),
    );
    // A second run adds nothing.
    expect((await seedDemo(database.db, { now: SEED_TIME })).usersCreated).toBe(0);
    expect(await database.db.municipality.count()).toBe(DEMO_ACCOUNT_MUNICIPALITIES.length);
  });

  it("keeps the slugs the demo accounts and e2e tests rely on", async () => {
    const slugs = (await database.db.organisation.findMany({ select: { slug: true } })).map((o) => o.slug);
    for (const slug of ["gemeente-zwijndrecht", "wijkteam-zwijndrecht", "cjg-zwijndrecht", "huisartsenpraktijk-walburg", "veilig-thuis-zhz", "raad-voor-de-kinderbescherming", "gi-jeugdbescherming-west", "politie-zwijndrecht"]) {
      expect(slugs).toContain(slug);
    }
  });

  it("covers every sector, with contacts and escalation routes", async () => {
    const sectors = await database.db.organisation.groupBy({ by: ["sector"], _count: true });
    expect(sectors.map((s) => s.sector).sort()).toEqual(["BESCHERMINGSKETEN", "GEMEENTE", "JEUGDHULP_SOCIAAL_WERK", "MEDISCH", "ONDERWIJS", "OVERIG", "VOLWASSENENZORG"]);
    const withoutContacts = await database.db.organisation.count({ where: { contacts: { none: {} } } });
    expect(withoutContacts).toBe(0);
    expect(await database.db.contact.count({ where: { visibility: "COORDINATORS" } })).toBeGreaterThanOrEqual(3);
    expect(await database.db.organisation.count({ where: { escalationSteps: { some: {} } } })).toBeGreaterThanOrEqual(30);
  });

  it("ends every route with the municipal coordinator", async () => {
    const coordinator = await database.db.contact.findFirstOrThrow({ where: { name: "Carla Coördinator", organisation: { slug: "gemeente-zwijndrecht" } } });
    expect(coordinator.roles).toEqual(expect.arrayContaining(["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"]));
    const organisations = await database.db.organisation.findMany({ where: { escalationSteps: { some: {} } }, include: { escalationSteps: { orderBy: { position: "asc" } } } });
    for (const organisation of organisations) {
      expect(organisation.escalationSteps.length).toBeGreaterThanOrEqual(2);
      expect(organisation.escalationSteps.at(-1)?.contactId, organisation.slug).toBe(coordinator.id);
      expect(organisation.escalationSteps.map((s) => s.position)).toEqual(organisation.escalationSteps.map((_, i) => i + 1));
    }
  });

  it("leaves a few organisations without an escalation contact and a few stale, the wijkteam among them", async () => {
    const withoutEscalation = await database.db.organisation.findMany({ where: { contacts: { none: { roles: { has: "ESCALATIE_AANSPREEKPUNT" } } } }, select: { slug: true } });
    expect(withoutEscalation.length).toBeGreaterThanOrEqual(3);
    expect(withoutEscalation.length).toBeLessThanOrEqual(4);
    const stale = await database.db.organisation.findMany({ where: { OR: [{ verifiedAt: null }, { verifiedAt: { lt: SIX_MONTHS_BEFORE } }] }, select: { slug: true } });
    expect(stale.length).toBeGreaterThanOrEqual(5);
    expect(stale.length).toBeLessThanOrEqual(8);
    expect(stale.map((o) => o.slug)).toContain("wijkteam-zwijndrecht");
    expect(await database.db.organisation.count({ where: { verifiedAt: { gte: SIX_MONTHS_BEFORE } } })).toBeGreaterThanOrEqual(30);
  });

  it("loads the demo agreements in every status, owned by the demo coordinator, with parties from the demo directory", async () => {
    const agreements = await database.db.agreement.findMany({
      include: { owner: { select: { email: true } }, parties: { select: { organisation: { select: { slug: true } } } }, clauses: true },
    });
    expect(agreements).toHaveLength(DEMO_AGREEMENTS.length);
    expect(agreements.length).toBeGreaterThanOrEqual(6);
    expect(agreements.length).toBeLessThanOrEqual(10);
    expect([...new Set(agreements.map((a) => a.status))].sort()).toEqual(["ACTIEF", "BEEINDIGD", "CONCEPT", "IN_BESPREKING", "VERLOPEN"]);
    expect(agreements.filter((a) => a.status === "ACTIEF").length).toBeGreaterThanOrEqual(4);
    expect([...new Set(agreements.map((a) => a.kind))].sort()).toEqual(["CONVENANT", "PROTOCOL", "SAMENWERKINGSAFSPRAAK", "WERKAFSPRAAK"]);
    for (const agreement of agreements) {
      expect(agreement.owner.email, agreement.title).toBe("coordinator@demo.zwijndrecht.nl");
      expect(agreement.parties.length, agreement.title).toBe(DEMO_AGREEMENTS.find((a) => a.title === agreement.title)?.parties.length);
      expect(agreement.parties.length, agreement.title).toBeGreaterThanOrEqual(2);
      expect(agreement.clauses.length, agreement.title).toBeGreaterThan(0);
      if (agreement.startDate && agreement.endDate) expect(agreement.endDate >= agreement.startDate, agreement.title).toBe(true);
      if (agreement.reviewDate && agreement.endDate) expect(agreement.reviewDate <= agreement.endDate, agreement.title).toBe(true);
    }

    const heerlen = agreements.find((a) => a.title === "Werkafspraken toolKID (naar Heerlen)");
    const covered = heerlen?.clauses.filter((c) => c.coverage === "COVERED").map((c) => c.clauseKey) ?? [];
    expect(covered).toEqual(expect.arrayContaining(["reactietermijn", "terugkoppeling", "escalatie", "vaste-contactpunten"]));
    expect(heerlen?.clauses.find((c) => c.clauseKey === "reactietermijn")?.reference).toMatch(/vijf werkdagen/);
    const model = agreements.find((a) => a.title === "Modelconvenant Veilig Thuis, politie en OM");
    expect(model?.parties.map((p) => p.organisation.slug).sort()).toEqual(["openbaar-ministerie-zhz", "politie-zwijndrecht", "veilig-thuis-zhz"]);
    expect(model?.clauses.find((c) => c.clauseKey === "4")?.reference).toMatch(/tien dagen/);
  });

  it("dates the agreements from the seed day in Amsterdam: one ends within 60 days, one is reviewed within 14, none active has ended", async () => {
    // SEED_TIME is 25 November 2026 in Amsterdam.
    const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    const active = await database.db.agreement.findMany({ where: { status: "ACTIEF" } });
    expect(active.filter((a) => a.endDate && a.endDate >= day("2026-11-25") && a.endDate <= day("2027-01-24")).length).toBeGreaterThanOrEqual(1);
    expect(active.filter((a) => a.reviewDate && a.reviewDate >= day("2026-11-25") && a.reviewDate <= day("2026-12-09")).length).toBeGreaterThanOrEqual(1);
    expect(active.filter((a) => a.endDate && a.endDate < day("2026-11-25"))).toEqual([]);
    const model = await database.db.agreement.findFirstOrThrow({ where: { title: "Modelconvenant Veilig Thuis, politie en OM" } });
    expect(model.endDate).toEqual(day("2027-01-09"));
  });

  it("loads the demo meetings: the three of the plan in 2017 as counts with knelpunten and actions, and upcoming ones relative to the seed day", async () => {
    const meetings = await database.db.meeting.findMany({
      include: { registrations: { include: { user: { select: { email: true } } } }, attendanceCounts: true, knelpunten: true, actions: true },
      orderBy: { startsAt: "asc" },
    });
    expect(meetings).toHaveLength(DEMO_MEETINGS.length);
    const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const past = meetings.filter((m) => m.startsAt < SEED_TIME);
    expect(past.map((m) => [m.type, amsterdam.format(m.startsAt)])).toEqual([
      ["EXPERTMEETING", "2017-03-09, 13:30"],
      ["NETWERKBIJEENKOMST", "2017-05-10, 15:00"],
      ["SYMPOSIUM", "2017-06-01, 14:00"],
    ]);
    expect(past.map((m) => m.theme)).toEqual(["SIGNALEREN_EN_HANDELEN", "INFORMATIE_DELEN_EN_PRIVACY", "SAMENWERKEN"]);
    for (const meeting of past) {
      expect(meeting.status, meeting.title).toBe("AFGEROND");
      expect(meeting.registrations, meeting.title).toEqual([]);
      expect(meeting.registrationsReducedAt, meeting.title).not.toBeNull();
      expect(meeting.attendanceCounts.length, meeting.title).toBeGreaterThanOrEqual(5);
      expect(meeting.knelpunten.length, meeting.title).toBeGreaterThanOrEqual(2);
      expect(meeting.actions.length, meeting.title).toBeGreaterThanOrEqual(1);
    }
    expect(past[2]?.title).toMatch(/vechtscheidingen/);

    const upcoming = meetings.filter((m) => m.startsAt > SEED_TIME);
    expect(upcoming.length).toBeGreaterThanOrEqual(4);
    expect(upcoming.length).toBeLessThanOrEqual(6);
    for (const meeting of upcoming) {
      expect(meeting.status, meeting.title).toBe("GEPLAND");
      expect(meeting.endsAt > meeting.startsAt, meeting.title).toBe(true);
      if (meeting.registrationDeadline) expect(meeting.registrationDeadline < meeting.startsAt, meeting.title).toBe(true);
    }
    const taken = (m: (typeof meetings)[number]) => m.registrations.filter((r) => r.status === "AANGEMELD").length;
    const nearlyFull = upcoming.filter((m) => taken(m) === m.capacity - 1);
    expect(nearlyFull.length).toBeGreaterThanOrEqual(1);
    const full = upcoming.find((m) => taken(m) === m.capacity && m.registrations.some((r) => r.status === "WACHTLIJST"));
    expect(full).toBeDefined();
    const waitlist = full!.registrations.filter((r) => r.status === "WACHTLIJST").sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime());
    expect(waitlist.map((r) => r.user?.email)).toEqual(["professional@demo.zwijndrecht.nl", "coordinator@demo.zwijndrecht.nl"]);
    // Wall-clock times in Amsterdam, on the seed day plus N days.
    expect(amsterdam.format(upcoming[0]!.startsAt)).toBe("2026-12-09, 13:30");
  });

  it("changes nothing when run again", async () => {
    const counts = async () => [
      await database.db.user.count(),
      await database.db.organisation.count(),
      await database.db.contact.count(),
      await database.db.escalationStep.count(),
      await database.db.agreement.count(),
      await database.db.agreementParty.count(),
      await database.db.agreementClause.count(),
      await database.db.meeting.count(),
      await database.db.meetingRegistration.count(),
    ];
    const before = await counts();
    const wijkteam = await database.db.organisation.findUniqueOrThrow({ where: { slug: "wijkteam-zwijndrecht" } });
    const again = await seedDemo(database.db, { now: new Date("2027-01-01T00:00:00Z") });
    expect(again).toEqual({ organisationsCreated: 0, contactsCreated: 0, escalationStepsCreated: 0, usersCreated: 0, agreementsCreated: 0, meetingsCreated: 0, figureDeliveriesCreated: 0, planActivitiesCreated: 0 });
    expect(await counts()).toEqual(before);
    const after = await database.db.organisation.findUniqueOrThrow({ where: { slug: "wijkteam-zwijndrecht" } });
    expect(after.verifiedAt).toEqual(wijkteam.verifiedAt);
    expect(after.updatedAt).toEqual(wijkteam.updatedAt);
  });

  it("completes an organisation loaded by the old, bare seed without touching what was edited", async () => {
    const politie = await database.db.organisation.findUniqueOrThrow({ where: { slug: "politie-zwijndrecht" } });
    await database.db.contact.deleteMany({ where: { organisationId: politie.id } });
    await database.db.organisation.update({ where: { id: politie.id }, data: { phone: "", address: "Eigen adres 1", services: [], verifiedAt: null } });
    const result = await seedDemo(database.db, { now: SEED_TIME });
    expect(result.contactsCreated).toBe(DEMO_DIRECTORY.find((o) => o.slug === "politie-zwijndrecht")?.contacts.length);
    expect(result.escalationStepsCreated).toBe(0);
    const after = await database.db.organisation.findUniqueOrThrow({ where: { id: politie.id } });
    expect(after.address).toBe("Eigen adres 1");
    expect(after.phone).not.toBe("");
    expect(after.services.length).toBeGreaterThan(0);
    expect(after.verifiedAt).not.toBeNull();
  });
});

describe("seedDemo in the demo region (issue 18)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.KK_TEST_SERVER_URL ?? "", "seed_region");
  });
  afterAll(() => database.drop());

  it("makes the regional organisations region-wide, links the local ones to their municipality, and scopes one agreement and one werkatelier to the region", async () => {
    await seedDemo(database.db, { now: SEED_TIME });
    const db = database.db;
    const vt = await db.organisation.findUniqueOrThrow({ where: { slug: "veilig-thuis-zhz" }, include: { municipalities: true } });
    expect(vt.regionWide).toBe(true);
    expect(vt.municipalities).toEqual([]);
    const wijkteam = await db.organisation.findUniqueOrThrow({ where: { slug: "wijkteam-zwijndrecht" }, include: { municipalities: true } });
    expect(wijkteam.municipalities.map((m) => m.municipalityCode)).toEqual(["GM0642"]);
    // Every demo organisation shows somewhere: region-wide, or linked to a municipality that exists
    // (the neighbours' links wait for their municipality rows).
    const nowhere = await db.organisation.findMany({ where: { regionWide: false, municipalities: { none: {} } }, select: { slug: true } });
    const known = new Set((await db.municipality.findMany()).map((m) => m.code));
    const neighbours: Record<string, string> = { "wijkteam-dordrecht-crabbehof": "GM0505", "cjg-dordrecht": "GM0505", "basisschool-de-merwe": "GM0505", "sociaal-team-papendrecht": "GM0590", "cjg-papendrecht": "GM0590" };
    expect(nowhere.filter((o) => !(neighbours[o.slug] && !known.has(neighbours[o.slug] ?? "")))).toEqual([]);
    expect(await db.agreement.count({ where: { regionWide: true } })).toBe(1);
    expect(await db.agreement.count({ where: { regionWide: false, municipalities: { none: {} } } })).toBe(0);
    const regional = await db.meeting.findMany({ where: { municipalityCode: null }, select: { title: true } });
    expect(regional.map((m) => m.title)).toEqual(["Netwerkbijeenkomst aandachtsfunctionarissen"]);
    // A second run changes nothing.
    const links = await db.organisationMunicipality.count();
    await seedDemo(database.db, { now: SEED_TIME });
    expect(await db.organisationMunicipality.count()).toBe(links);
    expect(await db.meeting.count({ where: { municipalityCode: null } })).toBe(1);
  });
});
