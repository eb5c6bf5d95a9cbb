import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
let werkatelierId: string;
beforeAll(async () => {
  t = await createApiTestDatabase("meeting-case");
  const start = new Date("2026-03-10T13:00:00Z");
  const m = await t.db.meeting.create({
    data: { type: "WERKATELIER", title: "Werkatelier casus", theme: "INFORMATIE_DELEN_EN_PRIVACY", startsAt: start, endsAt: new Date(start.getTime() + 7200_000), capacity: 20 },
  });
  werkatelierId = m.id;
});
afterAll(async () => {
  await t?.drop();
});

function zodFieldErrors(error: TRPCError): Record<string, string[]> {
  const issues = (error.cause as { issues?: Array<{ path: PropertyKey[]; message: string }> } | undefined)?.issues ?? [];
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return out;
}

const base = {
  title: "Zorgen over een leerling na een melding",
  positions: "School, wijkteam en huisarts zien elk een deel.",
  facts: "Een jongen van 9 komt vaak te laat; moeder is bereid tot gesprek.",
  weighing: "Veiligheid weegt zwaarder dan de wens van vader.",
  decision: "Wijkteam neemt regie; school deelt signalen met toestemming.",
};

describe("werkatelier cases", () => {
  it("a professional writes a case; the author and coordinators may edit, others not", async () => {
    const created = await t.callerFor(t.users.PROFESSIONAL).meetingCase.create({ meetingId: werkatelierId, ...base });
    expect(created).toMatchObject({ authorName: "Test PROFESSIONAL", canEdit: true, version: 1 });
    const asPartner = await t.callerFor(t.users.PARTNER).meetingCase.byId({ id: created.id });
    expect(asPartner.canEdit).toBe(false);
    const error = await failure(t.callerFor(t.users.PARTNER).meetingCase.update({ id: created.id, version: 1, ...base, title: "Anders" }));
    expect(error.code).toBe("FORBIDDEN");
    const updated = await t.callerFor(t.users.COORDINATOR).meetingCase.update({ id: created.id, version: 1, ...base, title: "Bijgewerkt" });
    expect(updated).toMatchObject({ title: "Bijgewerkt", version: 2 });
    expect((await failure(t.callerFor(t.users.PROFESSIONAL).meetingCase.update({ id: created.id, version: 1, ...base }))).code).toBe("CONFLICT");
    expect(await t.db.auditEvent.count({ where: { entityType: "MeetingCase", entityId: created.id } })).toBe(2);
    const list = await t.callerFor(t.users.PARTNER).meetingCase.list({ meetingId: werkatelierId });
    expect(list.map((c) => c.id)).toContain(created.id);
  });

  it("refuses a BSN-like number, a date of birth, a postcode, an e-mail address and a phone number, in Dutch, per field", async () => {
    const before = await t.db.meetingCase.count();
    const error = await failure(
      t.callerFor(t.users.PROFESSIONAL).meetingCase.create({
        meetingId: werkatelierId,
        ...base,
        title: "Casus 123456782",
        positions: "Geboren 03-04-2015",
        facts: "Woont op 3311 AB 12",
        weighing: "Mail vader@example.nl",
        decision: "Bel 06-12345678",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const fields = zodFieldErrors(error);
    expect(fields.title?.[0]).toMatch(/^Deze tekst bevat een nummer van negen cijfers \(zoals een BSN\)/);
    expect(fields.positions?.[0]).toMatch(/volledige datum/);
    expect(fields.facts?.[0]).toMatch(/postcode/);
    expect(fields.weighing?.[0]).toMatch(/e-mailadres/);
    expect(fields.decision?.[0]).toMatch(/telefoonnummer/);
    expect(await t.db.meetingCase.count()).toBe(before);
  });

  it("needs at least one step, and a werkatelier", async () => {
    const empty = await failure(t.callerFor(t.users.PROFESSIONAL).meetingCase.create({ meetingId: werkatelierId, title: "Alleen een titel" }));
    expect(zodFieldErrors(empty).facts?.[0]).toMatch(/ten minste één van de vier stappen/);
    const start = new Date("2026-03-11T13:00:00Z");
    const network = await t.db.meeting.create({
      data: { type: "NETWERKBIJEENKOMST", title: "Netwerk", theme: "SAMENWERKEN", startsAt: start, endsAt: new Date(start.getTime() + 3600_000), capacity: 50 },
    });
    const error = await failure(t.callerFor(t.users.PROFESSIONAL).meetingCase.create({ meetingId: network.id, ...base }));
    expect(error.message).toMatch(/geen werkatelier/);
    expect((await failure(t.callerFor(t.users.RAAD).meetingCase.list({ meetingId: werkatelierId }))).code).toBe("FORBIDDEN");
  });
});
