import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { RESERVED_SLUGS, slugify } from "./slug.ts";
import { failure } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("organisation-management");
});
afterAll(async () => {
  await t?.drop();
});

function partnerFieldsOf(org: {
  description: string;
  address: string;
  postcode: string;
  area: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  services: string[];
  targetGroups: string[];
}) {
  const { description, address, postcode, area, phone, email, website, openingHours, services, targetGroups } = org;
  return { description, address, postcode, area, phone, email, website, openingHours, services, targetGroups };
}

async function orgRow(id: string) {
  return t.db.organisation.findUniqueOrThrow({ where: { id } });
}

describe("organisation management: a partner and its own organisation", () => {
  it("lets a partner update its own phone number, audited, without touching verifiedAt", async () => {
    const verifiedAt = new Date("2026-01-15T10:00:00Z");
    await t.db.organisation.update({ where: { id: t.partnerOrganisationId }, data: { verifiedAt } });
    const partner = t.callerFor(t.users.PARTNER);
    const current = await partner.organisation.forEdit({ id: t.partnerOrganisationId });
    const updated = await partner.organisation.update({
      id: current.id,
      version: current.version,
      ...partnerFieldsOf(current),
      phone: "078 - 123 45 67",
    });
    expect(updated.phone).toBe("078 - 123 45 67");
    expect(updated.version).toBe(current.version + 1);
    const row = await orgRow(t.partnerOrganisationId);
    expect(row.phone).toBe("078 - 123 45 67");
    expect(row.verifiedAt?.toISOString()).toBe(verifiedAt.toISOString());
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: t.partnerOrganisationId, action: "organisation.update" },
      orderBy: { at: "desc" },
    });
    expect(audit.actorId).toBe(t.users.PARTNER.id);
    expect(audit.before).toMatchObject({ phone: current.phone });
    expect(audit.after).toMatchObject({ phone: "078 - 123 45 67" });
  });

  it("refuses a partner changing the legal frame, and changes nothing", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const current = await partner.organisation.forEdit({ id: t.partnerOrganisationId });
    const error = await failure(
      partner.organisation.update({
        id: current.id,
        version: current.version,
        ...partnerFieldsOf(current),
        phone: "078 999 99 99",
        legalFrame: "WITHOUT_CONSENT",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const row = await orgRow(t.partnerOrganisationId);
    expect(row.legalFrame).toBe("CONSENT_REQUIRED");
    expect(row.phone).toBe(current.phone);
    expect(row.version).toBe(current.version);
  });

  it("accepts coordinator-only fields from a partner when they are unchanged", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const current = await partner.organisation.forEdit({ id: t.partnerOrganisationId });
    const updated = await partner.organisation.update({
      id: current.id,
      version: current.version,
      ...partnerFieldsOf(current),
      legalFrame: current.legalFrame,
      name: current.name,
      openingHours: "ma-vr 9-17",
    });
    expect(updated.openingHours).toBe("ma-vr 9-17");
  });

  it("refuses a partner editing, confirming or adding contacts to another organisation", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const other = await t.callerFor(t.users.COORDINATOR).organisation.forEdit({ id: t.otherOrganisationId });
    const before = await orgRow(t.otherOrganisationId);
    const contactsBefore = await t.db.contact.count({ where: { organisationId: t.otherOrganisationId } });

    expect((await failure(partner.organisation.forEdit({ id: t.otherOrganisationId }))).code).toBe("FORBIDDEN");
    const update = await failure(
      partner.organisation.update({ id: other.id, version: other.version, ...partnerFieldsOf(other), phone: "0800 1234" }),
    );
    expect(update.code).toBe("FORBIDDEN");
    expect((await failure(partner.organisation.confirm({ id: other.id, version: other.version }))).code).toBe("FORBIDDEN");
    const contact = await failure(partner.contact.create({ organisationId: other.id, name: "Indringer" }));
    expect(contact.code).toBe("FORBIDDEN");
    const route = await failure(
      partner.escalationRoute.replace({ organisationId: other.id, version: other.version, steps: [{ label: "Stap" }] }),
    );
    expect(route.code).toBe("FORBIDDEN");

    const after = await orgRow(t.otherOrganisationId);
    expect(after).toEqual(before);
    expect(await t.db.contact.count({ where: { organisationId: t.otherOrganisationId } })).toBe(contactsBefore);
    expect(await t.db.escalationStep.count({ where: { organisationId: t.otherOrganisationId } })).toBe(0);
  });

  it("refuses a partner editing or removing a contact of another organisation", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const contact = await coordinator.contact.create({ organisationId: t.otherOrganisationId, name: "Marieke Veilig", phone: "0800 2000" });
    const partner = t.callerFor(t.users.PARTNER);
    const update = await failure(partner.contact.update({ id: contact.id, version: contact.version, name: "Gekaapt" }));
    expect(update.code).toBe("FORBIDDEN");
    const remove = await failure(partner.contact.remove({ id: contact.id, version: contact.version }));
    expect(remove.code).toBe("FORBIDDEN");
    const row = await t.db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(row.name).toBe("Marieke Veilig");
  });
});

describe("organisation management: concurrency and confirmation", () => {
  it("refuses the second of two saves from the same version and keeps the first", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const partner = t.callerFor(t.users.PARTNER);
    const seen = await coordinator.organisation.forEdit({ id: t.partnerOrganisationId });
    await partner.organisation.update({ id: seen.id, version: seen.version, ...partnerFieldsOf(seen), area: "Walburg" });
    const error = await failure(
      coordinator.organisation.update({ id: seen.id, version: seen.version, ...partnerFieldsOf(seen), area: "Heerjansdam" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/^Iemand anders heeft/);
    const row = await orgRow(t.partnerOrganisationId);
    expect(row.area).toBe("Walburg");
    expect(row.version).toBe(seen.version + 1);
  });

  it("confirming sets verifiedAt and verifiedBy, writes an audit event and keeps the version", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const seen = await partner.organisation.forEdit({ id: t.partnerOrganisationId });
    const started = Date.now();
    const confirmed = await partner.organisation.confirm({ id: seen.id, version: seen.version });
    expect(confirmed.verifiedById).toBe(t.users.PARTNER.id);
    expect(confirmed.verifiedAt?.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(confirmed.version).toBe(seen.version);
    const again = await partner.organisation.forEdit({ slug: seen.slug });
    expect(again.verifiedByName).toBe(t.users.PARTNER.name);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: seen.id, action: "organisation.confirm" } });
    expect(audit.actorId).toBe(t.users.PARTNER.id);
    expect(audit.after).toMatchObject({ verifiedById: t.users.PARTNER.id });
  });

  it("refuses a confirmation of data that changed since it was seen", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const seen = await coordinator.organisation.forEdit({ id: t.otherOrganisationId });
    await coordinator.organisation.update({ id: seen.id, version: seen.version, ...partnerFieldsOf(seen), phone: "0800 2000" });
    const error = await failure(coordinator.organisation.confirm({ id: seen.id, version: seen.version }));
    expect(error.code).toBe("CONFLICT");
    expect((await orgRow(seen.id)).verifiedAt).toBeNull();
  });
});

describe("organisation management: coordinator", () => {
  it("creates an organisation with a unique slug, unconfirmed, audited", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const input = {
      name: "Wijkteam Test",
      sector: "JEUGDHULP_SOCIAAL_WERK" as const,
      type: "Wijkteam",
      legalFrame: "CONSENT_REQUIRED" as const,
      postcode: "3331ab",
      website: "www.wijkteam.example.nl",
      services: "Opvoedondersteuning, KOPP/KVO, kopp/kvo, ",
    };
    const created = await coordinator.organisation.create(input);
    expect(created.slug).toBe("wijkteam-test-2");
    expect(created.postcode).toBe("3331 AB");
    expect(created.website).toBe("https://www.wijkteam.example.nl");
    expect(created.services).toEqual(["Opvoedondersteuning", "KOPP/KVO"]);
    expect(created.verifiedAt).toBeNull();
    expect(await t.db.auditEvent.count({ where: { entityId: created.id, action: "organisation.create" } })).toBe(1);
  });

  it("never gives an organisation a reserved slug", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.organisation.create({ name: "Nieuw", sector: "OVERIG", type: "Overig", legalFrame: "CONSENT_REQUIRED" });
    expect(RESERVED_SLUGS.has(created.slug)).toBe(false);
    expect(created.slug).toBe("nieuw-2");
    expect(slugify("Sociaal Team Zwijndrecht & Omgeving (Noord)")).toBe("sociaal-team-zwijndrecht-en-omgeving-noord");
    expect(slugify("Huisartsenpraktijk Ëlla")).toBe("huisartsenpraktijk-ella");
  });

  it("refuses bad input with Dutch field errors and stores nothing", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const count = await t.db.organisation.count();
    const error = await failure(
      coordinator.organisation.create({
        name: "",
        sector: "OVERIG",
        type: "Overig",
        legalFrame: "CONSENT_REQUIRED",
        phone: "12345",
        postcode: "0123 XY",
        email: "geen-adres",
        website: "niet een website",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const issues = (error.cause as unknown as { issues: Array<{ path: string[]; message: string }> }).issues;
    const byField = Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]));
    expect(byField.name).toBe("Vul de naam van de organisatie in.");
    expect(byField.phone).toMatch(/Nederlands telefoonnummer/);
    expect(byField.postcode).toMatch(/geldige postcode/);
    expect(byField.email).toMatch(/geldig e-mailadres/);
    expect(byField.website).toMatch(/geldig webadres/);
    expect(await t.db.organisation.count()).toBe(count);
  });

  it("accepts the usual ways of writing Dutch phone numbers", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    for (const phone of ["078 123 45 67", "06-12345678", "+31 78 1234567", "0031 78 123 4567", "0800-2000", "088 123 4567"]) {
      const created = await coordinator.organisation.create({ name: `Tel ${phone}`, sector: "OVERIG", type: "Overig", legalFrame: "CONSENT_REQUIRED", phone });
      expect(created.phone).toBe(phone);
    }
  });

  it("archives an organisation; a partner may not", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const created = await coordinator.organisation.create({ name: "Te Sluiten", sector: "OVERIG", type: "Overig", legalFrame: "CONSENT_REQUIRED" });
    const partnerError = await failure(
      t.callerFor(t.users.PARTNER).organisation.archive({ id: created.id, version: created.version, status: "CLOSED" }),
    );
    expect(partnerError.code).toBe("FORBIDDEN");
    const archived = await coordinator.organisation.archive({ id: created.id, version: created.version, status: "CLOSED" });
    expect(archived.status).toBe("CLOSED");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "organisation.archive" } });
    expect(audit.after).toMatchObject({ status: "CLOSED" });
  });
});

describe("contacts and escalation route", () => {
  it("manages contacts of its own organisation as a partner, with versions", async () => {
    const partner = t.callerFor(t.users.PARTNER);
    const created = await partner.contact.create({
      organisationId: t.partnerOrganisationId,
      name: "Anouk de Vries",
      jobTitle: "Aandachtsfunctionaris",
      roles: ["AANDACHTSFUNCTIONARIS"],
      phone: "06 12345678",
      visibility: "COORDINATORS",
    });
    expect(created.visibility).toBe("COORDINATORS");
    const updated = await partner.contact.update({ id: created.id, version: created.version, name: "Anouk de Vries-Jansen", roles: [] });
    expect(updated.version).toBe(created.version + 1);
    const stale = await failure(partner.contact.update({ id: created.id, version: created.version, name: "Oud" }));
    expect(stale.code).toBe("CONFLICT");
    await partner.contact.remove({ id: created.id, version: updated.version });
    expect(await t.db.contact.count({ where: { id: created.id } })).toBe(0);
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["contact.create", "contact.update", "contact.remove"]);
  });

  it("replaces the route in order, refuses a contact of another organisation, and conflicts on an old version", async () => {
    const coordinator = t.callerFor(t.users.COORDINATOR);
    const org = await coordinator.organisation.create({ name: "Route Test", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED" });
    const own = await coordinator.contact.create({ organisationId: org.id, name: "Dr. Bakker", roles: ["LEIDINGGEVENDE"] });
    const foreign = await coordinator.contact.create({ organisationId: t.otherOrganisationId, name: "Buiten de deur" });

    const refused = await failure(
      coordinator.escalationRoute.replace({
        organisationId: org.id,
        version: org.version,
        steps: [{ label: "Leidinggevende", contactId: foreign.id }],
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await t.db.escalationStep.count({ where: { organisationId: org.id } })).toBe(0);
    expect((await orgRow(org.id)).version).toBe(org.version);

    const saved = await coordinator.escalationRoute.replace({
      organisationId: org.id,
      version: org.version,
      steps: [
        { label: "Aandachtsfunctionaris", contactId: "", whenToUse: "Eerst", responseTime: "1 werkdag" },
        { label: "Leidinggevende", contactId: own.id, whenToUse: "Als het vastloopt", responseTime: "2 werkdagen" },
        { label: "Directie" },
      ],
    });
    expect(saved.version).toBe(org.version + 1);
    expect(saved.steps.map((s) => [s.position, s.label, s.contactId])).toEqual([
      [1, "Aandachtsfunctionaris", null],
      [2, "Leidinggevende", own.id],
      [3, "Directie", null],
    ]);

    const reordered = await coordinator.escalationRoute.replace({
      organisationId: org.id,
      version: saved.version,
      steps: [{ label: "Directie" }, { label: "Leidinggevende", contactId: own.id }],
    });
    expect(reordered.steps.map((s) => s.label)).toEqual(["Directie", "Leidinggevende"]);

    const stale = await failure(
      coordinator.escalationRoute.replace({ organisationId: org.id, version: saved.version, steps: [] }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await t.db.escalationStep.count({ where: { organisationId: org.id } })).toBe(2);

    // The municipal coordinator's contact may close any route.
    const gemeente = await t.db.organisation.create({
      data: { name: "Gemeente Test", slug: "gemeente-test", sector: "GEMEENTE", type: "Gemeente", legalFrame: "CONSENT_REQUIRED" },
    });
    const municipal = await t.db.contact.create({
      data: { organisationId: gemeente.id, name: "Carla Coördinator", roles: ["ESCALATIE_AANSPREEKPUNT"] },
    });
    const forEdit = await coordinator.organisation.forEdit({ id: org.id });
    expect(forEdit.municipalCoordinator).toMatchObject({ contactId: municipal.id, organisationName: "Gemeente Test" });
    const closed = await coordinator.escalationRoute.replace({
      organisationId: org.id,
      version: reordered.version,
      steps: [{ label: "Leidinggevende", contactId: own.id }, { label: "Coördinator gemeente", contactId: municipal.id }],
    });
    expect(closed.steps.map((s) => s.contactId)).toEqual([own.id, municipal.id]);

    const inRoute = await failure(coordinator.contact.remove({ id: own.id, version: own.version }));
    expect(inRoute.code).toBe("CONFLICT");
    expect(await t.db.auditEvent.count({ where: { entityId: org.id, action: "escalationRoute.replace" } })).toBe(3);
  });
});
