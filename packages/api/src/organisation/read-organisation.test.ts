import type { Role } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

let t: ApiTestDatabase;
const ids = { gemeente: "", coordinatorContact: "", closed: "", visibleContact: "", restrictedContact: "", otherRestricted: "" };

beforeAll(async () => {
  t = await createApiTestDatabase("read-organisation");
  const gemeente = await t.db.organisation.create({
    data: { name: "Gemeente Test", slug: "gemeente-test", sector: "GEMEENTE", type: "Gemeente", legalFrame: "CONSENT_REQUIRED" },
  });
  ids.gemeente = gemeente.id;
  // An aandachtsfunctionaris and, created later, the escalatie-aanspreekpunt: the latter wins.
  await t.db.contact.create({
    data: { organisationId: gemeente.id, name: "Alleen Aandacht", roles: ["AANDACHTSFUNCTIONARIS"] },
  });
  const coordinator = await t.db.contact.create({
    data: { organisationId: gemeente.id, name: "Cora Coördinator", roles: ["ESCALATIE_AANSPREEKPUNT"], phone: "078 000 00 00" },
  });
  ids.coordinatorContact = coordinator.id;

  const visible = await t.db.contact.create({
    data: {
      organisationId: t.partnerOrganisationId,
      name: "Anna Aandacht",
      jobTitle: "Aandachtsfunctionaris",
      roles: ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"],
      phone: "078 111 11 11",
      email: "anna@wijkteam.test",
    },
  });
  ids.visibleContact = visible.id;
  const restricted = await t.db.contact.create({
    data: { organisationId: t.partnerOrganisationId, name: "Lotte Leiding", roles: ["LEIDINGGEVENDE"], visibility: "COORDINATORS" },
  });
  ids.restrictedContact = restricted.id;
  const otherRestricted = await t.db.contact.create({
    data: { organisationId: t.otherOrganisationId, name: "Vera Verborgen", roles: ["JURIST"], visibility: "COORDINATORS" },
  });
  ids.otherRestricted = otherRestricted.id;

  // Stored out of order on purpose: the route is read by position.
  await t.db.escalationStep.create({
    data: { organisationId: t.partnerOrganisationId, position: 20, label: "Leidinggevende", contactId: restricted.id, responseTime: "2 werkdagen" },
  });
  await t.db.escalationStep.create({
    data: { organisationId: t.partnerOrganisationId, position: 10, label: "Aandachtsfunctionaris", contactId: visible.id, whenToUse: "Eerst" },
  });
  // Veilig Thuis' route already ends with the coordinator: nothing is added.
  await t.db.escalationStep.create({
    data: { organisationId: t.otherOrganisationId, position: 1, label: "Gemeente", contactId: coordinator.id },
  });

  const closed = await t.db.organisation.create({
    data: { name: "Opgeheven Test", slug: "opgeheven-test", sector: "OVERIG", type: "Overig", legalFrame: "CONSENT_REQUIRED", status: "CLOSED" },
  });
  ids.closed = closed.id;
});

afterAll(async () => {
  await t?.drop();
});

const contactNames = async (role: Role, slug: string) => {
  const org = await t.callerFor(t.users[role]).organisation.bySlug({ slug });
  return org.contacts.map((c) => c.name).sort();
};

describe("organisation.bySlug", () => {
  it("shows 'coordinators only' contacts to coordinator, beheerder and the partner of that organisation", async () => {
    expect(await contactNames("COORDINATOR", "wijkteam-test")).toEqual(["Anna Aandacht", "Lotte Leiding"]);
    expect(await contactNames("BEHEERDER", "wijkteam-test")).toEqual(["Anna Aandacht", "Lotte Leiding"]);
    expect(await contactNames("PARTNER", "wijkteam-test")).toEqual(["Anna Aandacht", "Lotte Leiding"]);
  });

  it("hides them from professionals and from partners of another organisation", async () => {
    expect(await contactNames("PROFESSIONAL", "wijkteam-test")).toEqual(["Anna Aandacht"]);
    expect(await contactNames("PARTNER", "veilig-thuis-test")).toEqual([]);
    expect(await contactNames("COORDINATOR", "veilig-thuis-test")).toEqual(["Vera Verborgen"]);
  });

  it("refuses the council (RAAD), which has no access to the sociale kaart", async () => {
    const error = await t.callerFor(t.users.RAAD).organisation.bySlug({ slug: "wijkteam-test" }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
  });

  it("groups contacts by role; a contact with two roles is in both groups", async () => {
    const org = await t.callerFor(t.users.COORDINATOR).organisation.bySlug({ slug: "wijkteam-test" });
    expect(org.contactGroups.map((g) => [g.role, g.contacts.map((c) => c.name)])).toEqual([
      ["AANDACHTSFUNCTIONARIS", ["Anna Aandacht"]],
      ["ESCALATIE_AANSPREEKPUNT", ["Anna Aandacht"]],
      ["LEIDINGGEVENDE", ["Lotte Leiding"]],
    ]);
  });

  it("orders the route by position and ends it with the municipal coordinator", async () => {
    const org = await t.callerFor(t.users.COORDINATOR).organisation.bySlug({ slug: "wijkteam-test" });
    expect(org.escalationRoute.map((s) => [s.position, s.kind, s.label, s.contact?.name ?? null])).toEqual([
      [1, "ORGANISATION", "Aandachtsfunctionaris", "Anna Aandacht"],
      [2, "ORGANISATION", "Leidinggevende", "Lotte Leiding"],
      [3, "MUNICIPAL_COORDINATOR", "", "Cora Coördinator"],
    ]);
    expect(org.escalationRoute.at(-1)?.contact?.organisationName).toBe("Gemeente Test");
  });

  it("keeps the step but not a hidden contact for a professional", async () => {
    const org = await t.callerFor(t.users.PROFESSIONAL).organisation.bySlug({ slug: "wijkteam-test" });
    expect(org.escalationRoute.map((s) => s.contact?.name ?? null)).toEqual(["Anna Aandacht", null, "Cora Coördinator"]);
  });

  it("does not add the coordinator twice when the route already ends with them", async () => {
    const org = await t.callerFor(t.users.PROFESSIONAL).organisation.bySlug({ slug: "veilig-thuis-test" });
    expect(org.escalationRoute.map((s) => [s.kind, s.contact?.id])).toEqual([["ORGANISATION", ids.coordinatorContact]]);
  });

  it("closes an empty route with the coordinator step too", async () => {
    const org = await t.callerFor(t.users.PROFESSIONAL).organisation.bySlug({ slug: "gemeente-test" });
    expect(org.escalationRoute).toHaveLength(1);
    expect(org.escalationRoute[0]?.kind).toBe("MUNICIPAL_COORDINATOR");
  });

  it("marks an entry that was never confirmed as stale, and a fresh one as not stale", async () => {
    const caller = t.callerFor(t.users.PROFESSIONAL);
    expect((await caller.organisation.bySlug({ slug: "wijkteam-test" })).stale).toBe(true);
    await t.db.organisation.update({ where: { slug: "gemeente-test" }, data: { verifiedAt: new Date(), verifiedById: t.users.COORDINATOR.id } });
    const fresh = await caller.organisation.bySlug({ slug: "gemeente-test" });
    expect(fresh.stale).toBe(false);
    expect(fresh.verifiedBy?.name).toBe(t.users.COORDINATOR.name);
    expect(fresh).not.toHaveProperty("searchText");
  });

  it("answers NOT_FOUND with a Dutch message for an unknown slug", async () => {
    const error = await t.callerFor(t.users.PROFESSIONAL).organisation.bySlug({ slug: "bestaat-niet" }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    expect((error as TRPCError).message).toBe("De organisatie is niet gevonden.");
  });

  it("shows a closed organisation to the coordinator only", async () => {
    expect((await t.callerFor(t.users.COORDINATOR).organisation.bySlug({ slug: "opgeheven-test" })).status).toBe("CLOSED");
    for (const role of ["PROFESSIONAL", "PARTNER", "BEHEERDER"] as const) {
      const error = await t.callerFor(t.users[role]).organisation.bySlug({ slug: "opgeheven-test" }).catch((e: unknown) => e);
      expect((error as TRPCError).code, role).toBe("NOT_FOUND");
    }
  });
});

describe("organisation.contactCard", () => {
  it("returns a vCard with FN and TEL for a visible contact", async () => {
    const card = await t.callerFor(t.users.PROFESSIONAL).organisation.contactCard({ slug: "wijkteam-test", contactId: ids.visibleContact });
    expect(card.fileName).toBe("anna-aandacht.vcf");
    expect(card.vcard).toContain("FN:Anna Aandacht\r\n");
    expect(card.vcard).toContain("TEL;TYPE=WORK,VOICE:078 111 11 11\r\n");
    expect(card.vcard).toContain("ORG:Wijkteam Test\r\n");
  });

  it("applies the same visibility rules as the page", async () => {
    const error = await t.callerFor(t.users.PROFESSIONAL)
      .organisation.contactCard({ slug: "wijkteam-test", contactId: ids.restrictedContact })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    const partnerCard = await t.callerFor(t.users.PARTNER).organisation.contactCard({ slug: "wijkteam-test", contactId: ids.restrictedContact });
    expect(partnerCard.vcard).toContain("FN:Lotte Leiding");
  });

  it("does not hand out a contact through another organisation's slug", async () => {
    const error = await t.callerFor(t.users.COORDINATOR)
      .organisation.contactCard({ slug: "wijkteam-test", contactId: ids.otherRestricted })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });
});

describe("organisation.escalationRoute", () => {
  it("returns the route of one organisation by id, coordinator last", async () => {
    const result = await t.callerFor(t.users.PARTNER).organisation.escalationRoute({ organisationId: t.partnerOrganisationId });
    expect(result.organisation.slug).toBe("wijkteam-test");
    expect(result.escalationRoute.map((s) => s.kind)).toEqual(["ORGANISATION", "ORGANISATION", "MUNICIPAL_COORDINATOR"]);
  });

  it("hides a closed organisation from a professional", async () => {
    const error = await t.callerFor(t.users.PROFESSIONAL).organisation.escalationRoute({ organisationId: ids.closed }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });
});

describe("sharing.compare", () => {
  it("answers for a voluntary organisation and Veilig Thuis with meldrecht, the consent table and escalation contacts", async () => {
    const result = await t.callerFor(t.users.PROFESSIONAL).sharing.compare({
      fromOrganisationId: t.partnerOrganisationId,
      toOrganisationId: t.otherOrganisationId,
    });
    expect(result.from.legalFrame).toBe("CONSENT_REQUIRED");
    expect(result.to.legalFrame).toBe("WITHOUT_CONSENT");
    expect(result.advice.cases.map((c) => c.verdict)).toEqual(["MELDRECHT_VEILIG_THUIS"]);
    expect(result.consentByAge).toHaveLength(4);
    expect(result.from.escalationContacts.map((c) => c.name)).toEqual(["Anna Aandacht"]);
    // Veilig Thuis' first step is the gemeente's contact, not its own: not an escalation contact of Veilig Thuis.
    expect(result.to.escalationContacts).toEqual([]);
  });

  it("answers 'not without consent' between two voluntary organisations", async () => {
    const result = await t.callerFor(t.users.PARTNER).sharing.compare({
      fromOrganisationId: t.partnerOrganisationId,
      toOrganisationId: ids.gemeente,
    });
    expect(result.advice.cases.map((c) => c.verdict)).toEqual(["NOT_WITHOUT_CONSENT"]);
    expect(result.to.escalationContacts.map((c) => c.name)).toEqual(["Cora Coördinator"]);
  });

  it("is refused to the council and for a closed organisation", async () => {
    const raad = await t.callerFor(t.users.RAAD)
      .sharing.compare({ fromOrganisationId: t.partnerOrganisationId, toOrganisationId: t.otherOrganisationId })
      .catch((e: unknown) => e);
    expect((raad as TRPCError).code).toBe("FORBIDDEN");
    const closed = await t.callerFor(t.users.PROFESSIONAL)
      .sharing.compare({ fromOrganisationId: t.partnerOrganisationId, toOrganisationId: ids.closed })
      .catch((e: unknown) => e);
    expect((closed as TRPCError).code).toBe("NOT_FOUND");
  });
});
