import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { seedPlanVanAanpak, seedVtFigures } from "@kk/db/seed";
import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, type createCaller } from "./root.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "./testing/test-context.ts";
import type { ProcedureMeta } from "./trpc.ts";

/*
 * The authorisation test's second municipality (issue 18, docs/adr/0024). The install holds
 * Zwijndrecht (A, the demo figures and plan) and Alblasserdam (B, a few distinctive rows; the demo neighbours Dordrecht and Papendrecht are there too). Every
 * procedure is called by every municipality-bound role of A (and signed out), with the ids of B's
 * records wherever its input takes one, and must be refused or answer with none of B's data; B's
 * rows must be unchanged afterwards. A procedure without a case below fails the test, as a
 * procedure without a policy rule fails authorisation.test.ts.
 *
 * BEHEERDER and REGIO_COORDINATOR span the region by design (ADR 0023) and are not in the loop.
 * The positive control below shows the same calls do show B's data to B's own coordinator, so the
 * test sees a leak when there is one.
 */
interface ProcedureLike {
  _def: { meta?: ProcedureMeta; type: "query" | "mutation" | "subscription" };
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureLike>);

const A = "GM0642";
/** Alblasserdam: not one of the demo region's municipalities, so only this test's rows are B's. */
const B = "GM0482";

interface Dordrecht {
  areaId: string;
  wijkId: string;
  deliveryId: string;
  targetId: string;
  activityId: string;
}

/** Distinctive values only B's rows hold. */
const B_NUMBERS = [7919, 8623, 25013, 4242420];
/**
 * B's municipality totals (its reports and its children 0–17): the council comparison shows them by
 * design, after suppression over the whole region (docs/adr/0025). B's wijk figures, plan, targets,
 * sources and ids must not show there either.
 */
const B_MUNICIPALITY_TOTALS = [7919, 25013];
const B_TEXTS = ["Plan-Dordrecht-geheim", "Doel-Dordrecht-geheim", "Bron-Dordrecht-geheim", "Intro-Dordrecht-geheim"];

type Inputs = (b: Dordrecht) => unknown[];
/** A procedure that reads or writes municipality-owned rows: the inputs aimed at B's records. */
type OwnedCase = { owned: Inputs };
/** A procedure on shared data only: why (it is called with an empty input, and must not show B's data either). */
type SharedCase = { shared: string };
/** The council comparison: B's municipality totals may show (after suppression), nothing else of B. */
type ComparisonCase = { comparison: Inputs };

const ACCOUNT = "own account, session or second factor; no municipality-owned table";
const USERS = "user administration (shared; the municipality of a user is part D); no municipality-owned table";
const DIRECTORY = "sociale kaart: organisations, contacts and routes are shared across the region (ADR 0023)";
const AGREEMENTS = "convenanten are shared across the region, their scope is part C; no municipality-owned table";
const MEETINGS = "werkateliers, cases and outcomes: shared or regional tables (part C); no municipality-owned table";
const ADMIN = "install-wide settings, audit log or outbox; no municipality-owned table";
const SHARING = "sharing aid (mag ik delen): reference data and organisations; no municipality-owned table";

const csv = (text: string) => Buffer.from(`\uFEFF${text}`).toString("base64");
const dordrechtImport = () => ({
  format: "TEMPLATE",
  fileName: "dordrecht.csv",
  contentBase64: csv("periode;gebied;maatregel;uitsplitsing;sleutel;waarde;status;voorlopig\n2017;Alblasserdam;meldingen;;;5;;nee\n2017;Geheimwijk;meldingen;;;1;;nee\n"),
  source: "Veilig Thuis Zuid-Holland Zuid",
  deliveredAt: "2018-03-01",
  skipUnknownAreas: true,
  confirmNewVersion: true,
});

const REGION = "the municipalities of the install (shared reference data: code, name, counts of users/organisations), no municipality-owned table";

const CASES: Record<string, OwnedCase | SharedCase | ComparisonCase> = {
  "directory.region": { shared: REGION },
  "municipality.list": { shared: REGION },
  "municipality.options": { shared: REGION },
  "municipality.mine": { shared: REGION },
  "municipality.add": { shared: REGION },
  "council.comparison": { comparison: () => [undefined, { municipalityCode: B }] },
  "session.me": { shared: ACCOUNT },
  "user.list": { shared: USERS },
  "user.byId": { shared: USERS },
  "user.create": { shared: USERS },
  "user.update": { shared: USERS },
  "user.setActive": { shared: USERS },
  "mfa.status": { shared: ACCOUNT },
  "mfa.startEnrolment": { shared: ACCOUNT },
  "mfa.confirmEnrolment": { shared: ACCOUNT },
  "mfa.renewRecoveryCodes": { shared: ACCOUNT },
  "mfa.disable": { shared: ACCOUNT },
  "mfa.reset": { shared: ACCOUNT },
  "mfa.demoCode": { shared: ACCOUNT },
  "organisation.options": { shared: DIRECTORY },
  "organisation.forEdit": { shared: DIRECTORY },
  "organisation.create": { shared: DIRECTORY },
  "organisation.update": { shared: DIRECTORY },
  "organisation.archive": { shared: DIRECTORY },
  "organisation.confirm": { shared: DIRECTORY },
  "organisation.bySlug": { shared: DIRECTORY },
  "organisation.escalationRoute": { shared: DIRECTORY },
  "organisation.contactCard": { shared: DIRECTORY },
  "audit.list": { shared: ADMIN },
  "freshness.overview": { shared: DIRECTORY },
  "freshness.setStaleAfterMonths": { shared: ADMIN },
  "freshness.sendRemindersNow": { shared: DIRECTORY },
  "outbox.list": { shared: ADMIN },
  "contact.create": { shared: DIRECTORY },
  "contact.update": { shared: DIRECTORY },
  "contact.remove": { shared: DIRECTORY },
  "escalationRoute.replace": { shared: DIRECTORY },
  "directory.search": { shared: DIRECTORY },
  "directory.facets": { shared: DIRECTORY },
  "directoryImport.preview": { shared: DIRECTORY },
  "directoryImport.commit": { shared: DIRECTORY },
  "sharing.compare": { shared: SHARING },
  "sharing.findOrganisations": { shared: SHARING },
  "sharing.organisationsById": { shared: SHARING },
  "agreement.list": { shared: AGREEMENTS },
  "agreement.byId": { shared: AGREEMENTS },
  "agreement.history": { shared: AGREEMENTS },
  "agreement.owners": { shared: AGREEMENTS },
  "agreement.create": { shared: AGREEMENTS },
  "agreement.update": { shared: AGREEMENTS },
  "agreement.transition": { shared: AGREEMENTS },
  "agreementDocument.list": { shared: AGREEMENTS },
  "agreementCoverage.matrix": { shared: AGREEMENTS },
  "agreementCoverage.between": { shared: AGREEMENTS },
  "agreementCoverage.ofOrganisation": { shared: AGREEMENTS },
  "agreementCoverage.figures": { shared: "counts of agreements (convenanten), not Veilig Thuis figures; no municipality-owned table" },
  "networkGaps.list": { shared: AGREEMENTS },
  "agreementReminders.lapsingSoon": { shared: AGREEMENTS },
  "agreementReminders.setReminderDays": { shared: ADMIN },
  "meeting.list": { shared: MEETINGS },
  "meeting.byId": { shared: MEETINGS },
  "meeting.sectorMix": { shared: MEETINGS },
  "meeting.create": { shared: MEETINGS },
  "meeting.update": { shared: MEETINGS },
  "meeting.cancel": { shared: MEETINGS },
  "meeting.complete": { shared: MEETINGS },
  "meetingCase.list": { shared: MEETINGS },
  "meetingCase.byId": { shared: MEETINGS },
  "meetingCase.create": { shared: MEETINGS },
  "meetingCase.update": { shared: MEETINGS },
  "meetingCase.remove": { shared: MEETINGS },
  "meetingOutcome.forMeeting": { shared: MEETINGS },
  "meetingOutcome.register": { shared: MEETINGS },
  "meetingOutcome.saveKnelpunten": { shared: MEETINGS },
  "meetingOutcome.createAction": { shared: MEETINGS },
  "meetingOutcome.updateAction": { shared: MEETINGS },
  "meetingOutcome.setActionStatus": { shared: MEETINGS },
  "meetingOutcome.catalogue": { shared: MEETINGS },
  "meetingOutcome.createKnelpunt": { shared: MEETINGS },
  "meetingOutcome.setKnelpuntActive": { shared: MEETINGS },
  "meetingCalendar.meetingIcs": { shared: MEETINGS },
  "meetingCalendar.feedStatus": { shared: MEETINGS },
  "meetingCalendar.createFeed": { shared: MEETINGS },
  "meetingCalendar.revokeFeed": { shared: MEETINGS },
  "meetingJobs.settings": { shared: ADMIN },
  "meetingJobs.setSettings": { shared: ADMIN },
  "meetingRegistration.register": { shared: MEETINGS },
  "meetingRegistration.unregister": { shared: MEETINGS },
  "meetingRegistration.status": { shared: MEETINGS },
  "meetingRegistration.mine": { shared: MEETINGS },
  "meetingRegistration.participants": { shared: MEETINGS },
  "meetingRegistration.markAttendance": { shared: MEETINGS },
  "figureImport.preview": { owned: () => [dordrechtImport()] },
  "figureImport.commit": { owned: () => [dordrechtImport()] },
  "figureImport.template": { owned: () => [{ format: "csv" }, { format: "xlsx" }] },
  "figureEntry.overview": { owned: () => [undefined, {}] },
  "figureEntry.deliveries": { owned: (b) => [{ period: "2017" }, { period: "2017", scopeAreaId: b.areaId }] },
  "figureEntry.delivery": { owned: (b) => [{ id: b.deliveryId }] },
  "figureEntry.form": { owned: (b) => [{}, { scopeAreaId: b.areaId, period: "2017" }] },
  "figureEntry.save": {
    owned: (b) => [
      {
        scopeAreaId: b.areaId, year: 2017, source: "Veilig Thuis", deliveredAt: "2018-03-01", startedFromVersion: 1, confirmNewVersion: true,
        cells: [{ areaId: b.areaId, measure: "REPORTS", value: "1" }, { areaId: b.wijkId, measure: "REPORTS", value: "1" }],
      },
    ],
  },
  "figureEntry.populations": { owned: (b) => [undefined, { scopeAreaId: b.areaId }] },
  "figureEntry.setPopulation": { owned: (b) => [{ areaId: b.areaId, year: 2017, children0to17: "1" }, { areaId: b.wijkId, year: 2018, children0to17: "1" }] },
  "dashboard.overview": { owned: (b) => [{}, { targetId: b.targetId }, { periodCode: "2017" }] },
  "dashboard.exportCsv": {
    owned: (b) => (["indicator", "signals", "breakdowns", "ranking"] as const).flatMap((dataset) => [{ dataset, filter: {} }, { dataset, filter: { targetId: b.targetId } }]),
  },
  "council.overview": { owned: (b) => [undefined, { targetId: b.targetId }, { periodCode: "2017" }] },
  "plan.progress": { owned: () => [undefined] },
  "plan.updateActivity": { owned: (b) => [{ id: b.activityId, version: 1, status: "COMPLETED", owner: "Zwijndrecht", spent: [{ year: 2018, spent: "1" }] }] },
  "weighing.consultContacts": { shared: SHARING },
  "informationRequest.answerDate": { shared: "a date calculation; no table" },
  "legalReview.status": { shared: ADMIN },
  "legalReview.record": { shared: ADMIN },
  "password.state": { shared: ACCOUNT },
  "password.change": { shared: ACCOUNT },
  "userSession.listOwn": { shared: ACCOUNT },
  "userSession.endOwn": { shared: ACCOUNT },
  "userSession.endOtherOwn": { shared: ACCOUNT },
  "userSession.idleTimeout": { shared: ADMIN },
  "userSession.setIdleTimeout": { shared: ADMIN },
  // Issue 15: B's public page settings are B's coordinator's (not row-level security: public content, scoped by the API).
  "publicPage.get": { owned: () => [undefined, {}, { municipalityCode: B }] },
  "publicPage.preview": { owned: () => [{ municipalityCode: B, intro: {}, featuredOrganisationIds: [] }] },
  "publicPage.update": { owned: () => [{ municipalityCode: B, version: 1, intro: { nl: "Van A." }, featuredOrganisationIds: [] }] },
};

let t: ApiTestDatabase;
let b: Dordrecht;
/** A's users of the municipality-bound roles. */
const actors: Record<string, SessionUser | null> = {};

beforeAll(async () => {
  t = await createApiTestDatabase("authz-municipality", { now: new Date("2019-06-01T10:00:00Z") });
  const db = t.db;
  await seedVtFigures(db); // Zwijndrecht (A): the demo figures, target and populations
  await seedPlanVanAanpak(db);
  const dordrecht = await createTestMunicipality(db, B, "Alblasserdam", { wijken: ["Geheimwijk"] });
  const period = await db.figurePeriod.findUniqueOrThrow({ where: { code: "2017" } });
  const delivery = await db.figureDelivery.create({
    data: {
      periodId: period.id, scopeAreaId: dordrecht.areaId, source: "Bron-Dordrecht-geheim", deliveredAt: new Date("2018-02-01"), version: 1, method: "MANUAL",
      values: { create: [{ areaId: dordrecht.areaId, measure: "REPORTS", value: 7919 }, { areaId: dordrecht.wijkIds.Geheimwijk as string, measure: "ADVICE_REQUESTS", value: 8623 }] },
    },
  });
  await db.areaPopulation.create({ data: { areaId: dordrecht.areaId, year: 2017, children0to17: 25013 } });
  const indicator = await db.indicator.findFirstOrThrow();
  const target = await db.target.create({
    data: { indicatorId: indicator.id, areaId: dordrecht.areaId, threshold: 77.7, direction: "BELOW", deadline: new Date("2021-12-31"), baselineValue: 1, baselineYear: 2016, description: "Doel-Dordrecht-geheim" },
  });
  const activity = await db.planActivity.create({
    data: { municipalityCode: B, key: "prezorg", title: "Plan-Dordrecht-geheim", owner: "Dordrecht", budgets: { create: [{ year: 2018, budgetedCents: 4242420 }] } },
  });
  await db.publicPage.create({ data: { municipalityCode: B, intro: { nl: "Intro-Dordrecht-geheim" } } });
  b = { areaId: dordrecht.areaId, wijkId: dordrecht.wijkIds.Geheimwijk as string, deliveryId: delivery.id, targetId: target.id, activityId: activity.id };
  actors.anonymous = null;
  for (const role of ["COORDINATOR", "RAAD", "PARTNER", "PROFESSIONAL"] as const) {
    await db.user.update({ where: { id: t.users[role].id }, data: { municipalityCode: A } });
    actors[role] = { ...t.users[role], municipalityCode: A };
  }
});
afterAll(async () => {
  await t?.drop();
});

/** B's rows as the owner sees them (row-level security does not apply to the owner). */
async function dordrechtRows(db: Db) {
  const where = { municipalityCode: B };
  return JSON.stringify(
    await Promise.all([
      db.figureDelivery.findMany({ where, orderBy: { id: "asc" } }),
      db.figureValue.findMany({ where, orderBy: { id: "asc" } }),
      db.areaPopulation.findMany({ where, orderBy: { id: "asc" } }),
      db.target.findMany({ where, orderBy: { id: "asc" } }),
      db.planActivity.findMany({ where, orderBy: { id: "asc" } }),
      db.planBudget.findMany({ where, orderBy: { id: "asc" } }),
      db.publicPage.findMany({ where }),
    ]),
  );
}

/** Where in `value` B's data shows: its ids, its distinctive texts and counts. */
function leaksOf(value: unknown, allowed: readonly number[] = []): string[] {
  const found: string[] = [];
  // Areas (wijken, municipalities) are shared (ADR 0023): only the ids of B's owned rows are markers.
  const ids = [b.deliveryId, b.targetId, b.activityId];
  const markers = B_NUMBERS.filter((n) => !allowed.includes(n));
  const numbers = markers.flatMap((n) => [String(n), n.toLocaleString("nl-NL")]);
  const walk = (node: unknown, path: string) => {
    if (typeof node === "number" && markers.includes(node)) found.push(`${path} = ${node}`);
    else if (typeof node === "string") {
      for (const marker of [...ids, ...B_TEXTS]) if (node.includes(marker)) found.push(`${path} contains ${marker}`);
      for (const n of numbers) if (new RegExp(`(?<![\\d.,])${n.replaceAll(".", "\\.")}(?![\\d])`).test(node)) found.push(`${path} contains ${n}`);
    } else if (node instanceof Uint8Array) {
      walk(Buffer.from(node).toString("latin1"), path);
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node instanceof Date || node === null || node === undefined) return;
    else if (typeof node === "object") for (const [key, item] of Object.entries(node)) walk(item, `${path}.${key}`);
  };
  walk(value, "answer");
  return found;
}

type Caller = ReturnType<typeof createCaller>;
async function call(caller: Caller, path: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; code: string }> {
  let target: unknown = caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  try {
    return { ok: true, value: await (target as (input: unknown) => Promise<unknown>)(input) };
  } catch (error) {
    return { ok: false, code: (error as { code?: string }).code ?? "ERROR" };
  }
}

function inputsOf(path: string): unknown[] {
  const entry = CASES[path];
  if (!entry) return [];
  if ("owned" in entry) return entry.owned(b);
  return "comparison" in entry ? entry.comparison(b) : [{}];
}

function allowedOf(path: string): readonly number[] {
  const entry = CASES[path];
  return entry && "comparison" in entry ? B_MUNICIPALITY_TOTALS : [];
}

describe("a second municipality: every procedure × every role of A, aimed at B's records", () => {
  it("every procedure has a case (owned: inputs with B's ids; shared: why)", () => {
    const paths = procedures.map(([path]) => path);
    expect(paths.filter((path) => !(path in CASES)), "procedures without a case in authorisation-municipality.test.ts").toEqual([]);
    expect(Object.keys(CASES).filter((path) => !paths.includes(path)), "cases for procedures that no longer exist").toEqual([]);
  });

  const who = ["anonymous", "COORDINATOR", "RAAD", "PARTNER", "PROFESSIONAL"] as const;
  for (const [path] of procedures) {
    it.each(who)(`${path} as %s of ${A} is refused or shows none of ${B}'s data`, async (role) => {
      const before = await dordrechtRows(t.db);
      const caller = t.callerFor(actors[role] ?? null);
      for (const input of inputsOf(path)) {
        const result = await call(caller, path, input);
        if (result.ok) expect(leaksOf(result.value, allowedOf(path)), `${path}(${JSON.stringify(input)}) as ${role}`).toEqual([]);
      }
      expect(await dordrechtRows(t.db), `${path} as ${role} changed ${B}'s rows`).toBe(before);
    });
  }
});

describe("the council comparison reads the region on a region connection", () => {
  it("shows A's council member B's municipality totals (after suppression), read past row-level security", async () => {
    const result = await call(t.callerFor(actors.RAAD ?? null), "council.comparison", undefined);
    expect(result.ok).toBe(true);
    // Without the region connection (docs/adr/0024) row-level security hides B and the comparison shows A alone.
    expect(result.ok && leaksOf(result.value).some((leak) => leak.includes("7919") || leak.includes("7.919"))).toBe(true);
  });
});

describe("the test can see a leak (positive controls)", () => {
  it("B's own coordinator sees B's records through the same calls", async () => {
    const ownCoordinator = t.callerFor({ ...t.users.COORDINATOR, municipalityCode: B });
    for (const [path, input] of [["figureEntry.delivery", { id: b.deliveryId }], ["plan.progress", undefined], ["publicPage.get", { municipalityCode: B }]] as const) {
      const result = await call(ownCoordinator, path, input);
      expect(result.ok && leaksOf(result.value).length > 0, `${path} as B's coordinator should show B's data`).toBe(true);
    }
  });

});
