import type { SessionUser } from "@kk/auth/roles";
import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure } from "../testing/trpc-errors.ts";
import { canManageMeetingOf } from "./meeting-access.ts";
import type { CreateMeetingInput } from "./schemas.ts";

/*
 * Issue 18: a werkatelier is local (a municipality) or regional (null); the agenda shows which and
 * filters by it; a municipal coordinator manages its own and the regional ones, the regional
 * coordinator the regional ones; registration is open to professionals of every municipality.
 */

const NOW = new Date("2026-11-20T12:00:00Z");
let t: ApiTestDatabase;
let zwijndrecht: SessionUser;
let dordrecht: SessionUser;
let dordrechtProfessional: SessionUser;

async function user(role: SessionUser["role"], municipalityCode: string, email: string): Promise<SessionUser> {
  const row = await t.db.user.create({ data: { email, name: email, role, municipalityCode } });
  return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: null, municipalityCode };
}

beforeAll(async () => {
  t = await createApiTestDatabase("meeting_municipality", { now: NOW });
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht");
  await createTestMunicipality(t.db, "GM0505", "Dordrecht");
  zwijndrecht = await user("COORDINATOR", "GM0642", "coordinator-zwijndrecht@test.example");
  dordrecht = await user("COORDINATOR", "GM0505", "coordinator-dordrecht@test.example");
  dordrechtProfessional = await user("PROFESSIONAL", "GM0505", "professional-dordrecht@test.example");
});
afterAll(async () => {
  await t?.drop();
});

function input(title: string, overrides: Partial<CreateMeetingInput> = {}): CreateMeetingInput {
  return {
    title,
    type: "WERKATELIER",
    theme: "SAMENWERKEN",
    startsAt: "2026-12-03T13:30",
    endsAt: "2026-12-03T16:30",
    location: "Stadskantoor",
    capacity: 20,
    ...overrides,
  };
}

describe("local and regional meetings", () => {
  it.each([
    ["COORDINATOR", "GM0642", "GM0642", true],
    ["COORDINATOR", "GM0642", null, true],
    ["COORDINATOR", "GM0642", "GM0505", false],
    ["COORDINATOR", null, "GM0505", true],
    ["REGIO_COORDINATOR", null, null, true],
    ["REGIO_COORDINATOR", null, "GM0642", false],
    ["PROFESSIONAL", "GM0642", "GM0642", false],
  ] as const)("a %s of %s manages a meeting of %s: %s", (role, own, meeting, expected) => {
    expect(canManageMeetingOf({ id: "u", email: "", name: "", role, organisationId: null, municipalityCode: own }, meeting)).toBe(expected);
  });

  it("creates a local meeting in the coordinator's municipality by default, and a regional one when asked", async () => {
    const local = await t.callerFor(zwijndrecht).meeting.create(input("Lokaal atelier Zwijndrecht"));
    expect(local.municipalityCode).toBe("GM0642");
    const regional = await t.callerFor(zwijndrecht).meeting.create(input("Regionaal atelier", { municipalityCode: "" }));
    expect(regional.municipalityCode).toBeNull();
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: regional.id, action: "meeting.create" } });
    expect(audit.after).toMatchObject({ municipalityCode: null });
  });

  it("refuses a coordinator a meeting of another municipality, and the regional coordinator a local one", async () => {
    const refused = await failure(t.callerFor(dordrecht).meeting.create(input("Niet van Dordrecht", { municipalityCode: "GM0642" })));
    expect(refused.code).toBe("FORBIDDEN");
    const local = await t.db.meeting.findFirstOrThrow({ where: { title: "Lokaal atelier Zwijndrecht" } });
    const update = { ...input("Gewijzigd"), id: local.id, version: local.version };
    expect((await failure(t.callerFor(dordrecht).meeting.update(update))).code).toBe("FORBIDDEN");
    expect((await failure(t.callerFor(t.users.REGIO_COORDINATOR).meeting.update(update))).code).toBe("FORBIDDEN");
    expect((await failure(t.callerFor(t.users.REGIO_COORDINATOR).meeting.create(input("Lokaal van de regio", { municipalityCode: "GM0505" })))).code).toBe("FORBIDDEN");
    const unknown = await failure(t.callerFor(t.users.COORDINATOR).meeting.create(input("Onbekend", { municipalityCode: "GM0363" })));
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(await t.db.meeting.count({ where: { title: { in: ["Niet van Dordrecht", "Lokaal van de regio", "Onbekend"] } } })).toBe(0);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: local.id } })).title).toBe("Lokaal atelier Zwijndrecht");
  });

  it("lets the regional coordinator create and edit a regional meeting", async () => {
    const regio = t.callerFor(t.users.REGIO_COORDINATOR);
    const created = await regio.meeting.create(input("Regio-atelier"));
    expect(created.municipalityCode).toBeNull();
    const updated = await regio.meeting.update({ ...input("Regio-atelier, nieuwe zaal", { location: "Regiokantoor" }), id: created.id, version: created.version });
    expect(updated.location).toBe("Regiokantoor");
  });

  it("shows on the agenda which meeting is local and which regional, and filters by municipality", async () => {
    const titles = async (municipality?: string) => {
      const list = await t.callerFor(dordrechtProfessional).meeting.list({ municipality });
      return list.upcoming.map((m) => m.title).sort();
    };
    expect(await titles("GM0505")).toEqual(["Regio-atelier, nieuwe zaal", "Regionaal atelier"]);
    expect(await titles("GM0642")).toEqual(["Lokaal atelier Zwijndrecht", "Regio-atelier, nieuwe zaal", "Regionaal atelier"]);
    expect(await titles("regionaal")).toEqual(["Regio-atelier, nieuwe zaal", "Regionaal atelier"]);
    expect(await titles()).toHaveLength(3);
    const list = await t.callerFor(dordrechtProfessional).meeting.list({});
    expect(list.upcoming.find((m) => m.title === "Lokaal atelier Zwijndrecht")?.municipality).toEqual({ code: "GM0642", name: "Zwijndrecht" });
    expect(list.upcoming.find((m) => m.title === "Regionaal atelier")?.municipality).toBeNull();
  });

  it("lets a professional of another municipality register for a local meeting (registration is open to the region)", async () => {
    const local = await t.db.meeting.findFirstOrThrow({ where: { title: "Lokaal atelier Zwijndrecht" } });
    const detail = await t.callerFor(dordrechtProfessional).meeting.byId({ id: local.id });
    expect(detail.canManage).toBe(false);
    expect((await t.callerFor(zwijndrecht).meeting.byId({ id: local.id })).canManage).toBe(true);
    expect((await t.callerFor(dordrecht).meeting.byId({ id: local.id })).canManage).toBe(false);
    await t.callerFor(dordrechtProfessional).meetingRegistration.register({ meetingId: local.id, sector: "ONDERWIJS" });
    const registration = await t.db.meetingRegistration.findFirstOrThrow({ where: { meetingId: local.id, userId: dordrechtProfessional.id } });
    expect(registration.status).toBe("AANGEMELD");
  });
});
