import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";
import { outcomeRegister } from "./outcome-register.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("meeting-outcome");
});
afterAll(async () => {
  await t?.drop();
});

async function meeting(title: string, type: "WERKATELIER" | "NETWERKBIJEENKOMST" = "WERKATELIER", startsAt = "2026-03-10T13:00:00Z") {
  const start = new Date(startsAt);
  return t.db.meeting.create({
    data: { type, title, theme: "SAMENWERKEN", startsAt: start, endsAt: new Date(start.getTime() + 2 * 3600_000), capacity: 20 },
  });
}

const coordinator = () => t.callerFor(t.users.COORDINATOR);
const professional = () => t.callerFor(t.users.PROFESSIONAL);
const partner = () => t.callerFor(t.users.PARTNER);

async function knelpuntId(key: string): Promise<string> {
  return (await t.db.knelpunt.findUniqueOrThrow({ where: { key } })).id;
}

describe("knelpunten catalogue", () => {
  it("holds the thirteen seeded barriers with stable keys and remedies (twelve, plus 'niet in het belang van dit kind', issue 13)", async () => {
    const catalogue = await coordinator().meetingOutcome.catalogue();
    const seeded = catalogue.filter((k) => k.key !== null);
    expect(seeded).toHaveLength(13);
    expect(seeded.map((k) => k.key)).toContain("te-weinig-delen");
    expect(seeded.every((k) => k.remedy.length > 0 && k.active)).toBe(true);
  });

  it("adds one, refuses a duplicate name on the field, and deactivates it", async () => {
    const added = await coordinator().meetingOutcome.createKnelpunt({ title: "Wisselende contactpersonen", remedy: "Vaste contactpersoon per school." });
    expect(added).toMatchObject({ key: null, active: true, meetings: 0 });
    const error = await failure(coordinator().meetingOutcome.createKnelpunt({ title: "Wisselende contactpersonen" }));
    expect(fieldErrorsOf(error).title?.[0]).toMatch(/^Er is al een knelpunt met deze naam/);
    await coordinator().meetingOutcome.setKnelpuntActive({ id: added.id, active: false });
    const outcome = await coordinator().meetingOutcome.forMeeting({ meetingId: (await meeting("Zonder inactieve")).id });
    expect(outcome.knelpunten.map((k) => k.knelpuntId)).not.toContain(added.id);
    expect(await t.db.auditEvent.count({ where: { entityType: "Knelpunt", entityId: added.id } })).toBe(2);
  });

  it("is the coordinator's to manage", async () => {
    expect((await failure(professional().meetingOutcome.createKnelpunt({ title: "Iets" }))).code).toBe("FORBIDDEN");
    expect((await failure(partner().meetingOutcome.catalogue())).code).toBe("FORBIDDEN");
  });
});

describe("outcomes per meeting", () => {
  it("records the knelpunten ticked with notes, replacing what was there", async () => {
    const m = await meeting("Werkatelier uitkomsten");
    const weinig = await knelpuntId("te-weinig-delen");
    const toestemming = await knelpuntId("toestemming-krijgen");
    await coordinator().meetingOutcome.saveKnelpunten({
      meetingId: m.id,
      items: [
        { knelpuntId: weinig, discussed: true, note: "School wist niet wat te delen." },
        { knelpuntId: toestemming, discussed: true, note: "" },
      ],
    });
    await coordinator().meetingOutcome.saveKnelpunten({
      meetingId: m.id,
      items: [
        { knelpuntId: weinig, discussed: true, note: "Bijgewerkt." },
        { knelpuntId: toestemming, discussed: false, note: "" },
      ],
    });
    const outcome = await professional().meetingOutcome.forMeeting({ meetingId: m.id });
    expect(outcome.knelpunten.filter((k) => k.discussed)).toEqual([expect.objectContaining({ knelpuntId: weinig, note: "Bijgewerkt." })]);
    expect(outcome.knelpunten.length).toBeGreaterThanOrEqual(12);
  });

  it("refuses a note on an unticked knelpunt and identifying data in a note", async () => {
    const m = await meeting("Werkatelier fouten");
    const weinig = await knelpuntId("te-weinig-delen");
    const error = await failure(coordinator().meetingOutcome.saveKnelpunten({ meetingId: m.id, items: [{ knelpuntId: weinig, discussed: false, note: "Toch een notitie" }] }));
    expect(fieldErrorsOf(error)["items.0.note"]?.[0]).toMatch(/niet is aangevinkt/);
    const bsn = await failure(coordinator().meetingOutcome.saveKnelpunten({ meetingId: m.id, items: [{ knelpuntId: weinig, discussed: true, note: "BSN 123456782" }] }));
    expect(fieldErrorsOf(bsn)["items.0.note"]?.[0]).toMatch(/BSN/);
    expect(await t.db.meetingKnelpunt.count({ where: { meetingId: m.id } })).toBe(0);
  });

  it("adds actions, changes status with the version, refuses a stale one and a bad date", async () => {
    const m = await meeting("Werkatelier acties");
    const action = await coordinator().meetingOutcome.createAction({
      meetingId: m.id,
      description: "Werkafspraak over terugkoppeling na afschaling opstellen",
      ownerName: "Veilig Thuis",
      dueDate: "2026-06-01",
      knelpuntId: await knelpuntId("weinig-info-na-afschaling"),
    });
    expect(action).toMatchObject({ status: "OPEN", version: 1, dueDate: "2026-06-01", knelpuntTitle: "Te weinig informatie na afschaling door Veilig Thuis" });
    const bezig = await coordinator().meetingOutcome.setActionStatus({ id: action.id, version: 1, status: "BEZIG" });
    expect(bezig).toMatchObject({ status: "BEZIG", version: 2 });
    expect((await failure(coordinator().meetingOutcome.setActionStatus({ id: action.id, version: 1, status: "AFGEROND" }))).code).toBe("CONFLICT");
    const bad = await failure(coordinator().meetingOutcome.createAction({ meetingId: m.id, description: "Iets doen", ownerName: "GGD", dueDate: "2026-02-30" }));
    expect(fieldErrorsOf(bad).dueDate?.[0]).toMatch(/uiterste datum/);
    expect((await failure(professional().meetingOutcome.createAction({ meetingId: m.id, description: "Iets doen", ownerName: "GGD", dueDate: "2026-06-01" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("outcomes register", () => {
  it("counts knelpunten by meetings and lists open actions with overdue by the Amsterdam date", async () => {
    const schakels = await knelpuntId("te-veel-schakels");
    const a = await meeting("Register A", "WERKATELIER", "2026-01-10T13:00:00Z");
    const b = await meeting("Register B", "NETWERKBIJEENKOMST", "2026-02-10T13:00:00Z");
    for (const m of [a, b]) {
      await coordinator().meetingOutcome.saveKnelpunten({ meetingId: m.id, items: [{ knelpuntId: schakels, discussed: true, note: "" }] });
    }
    const due = await coordinator().meetingOutcome.createAction({ meetingId: b.id, description: "Regiehouder per casus afspreken", ownerName: "Wijkteam", dueDate: "2026-04-30" });
    const done = await coordinator().meetingOutcome.createAction({ meetingId: b.id, description: "Afgeronde actie", ownerName: "GGD", dueDate: "2026-01-01", status: "AFGEROND" });

    // 30 April 23:30 UTC is already 1 May in Amsterdam: the action is overdue.
    const register = await outcomeRegister(t.db, new Date("2026-04-30T23:30:00Z"));
    const top = register.knelpunten.find((k) => k.id === schakels);
    expect(top).toMatchObject({ meetings: 2, lastDiscussedAt: b.startsAt });
    expect(register.knelpunten[0]!.meetings).toBeGreaterThanOrEqual(2);
    const counts = register.knelpunten.map((k) => k.meetings);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    expect(register.openActions.find((x) => x.id === due.id)).toMatchObject({ overdue: true, meetingTitle: "Register B" });
    expect(register.openActions.map((x) => x.id)).not.toContain(done.id);

    const dayBefore = await outcomeRegister(t.db, new Date("2026-04-30T21:30:00Z"));
    expect(dayBefore.openActions.find((x) => x.id === due.id)?.overdue).toBe(false);
    expect((await professional().meetingOutcome.register()).knelpunten.length).toBeGreaterThan(0);
    expect((await failure(t.callerFor(t.users.RAAD).meetingOutcome.register())).code).toBe("FORBIDDEN");
  });
});
