import { catalogueVersion } from "@kk/legal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";

// A fixed clock (ADR 0007): 15 June 2026, noon in Amsterdam.
const NOW = new Date("2026-06-15T10:00:00Z");
const version = catalogueVersion();

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("legal-review", { now: NOW });
});
afterAll(async () => {
  await t?.drop();
});

const coordinator = () => t.callerFor(t.users.COORDINATOR);
const professional = () => t.callerFor(t.users.PROFESSIONAL);

describe("legal review of the catalogue", () => {
  it("starts as 'nog niet juridisch gecontroleerd' while only an older version was reviewed", async () => {
    await t.db.legalReview.create({
      data: { catalogueVersion: "000000000000", reviewerName: "Mr. Oud", reviewedOn: new Date("2025-01-10T00:00:00Z"), recordedByName: "Test" },
    });
    const status = await professional().legalReview.status();
    expect(status.currentVersion).toBe(version);
    expect(status.current).toBeNull();
    expect(status.history).toEqual([expect.objectContaining({ reviewerName: "Mr. Oud", reviewedOn: "2025-01-10", ofCurrentVersion: false, recordedByName: null })]);
    expect(status.canRecord).toBe(false);
  });

  it("records a review of the current version, audited, and every reader sees its date", async () => {
    const saved = await coordinator().legalReview.record({ catalogueVersion: version, reviewerName: "  Mr. J. de Vries  ", reviewedOn: "2026-06-12", note: "Teksten 000-004 nagelopen." });
    expect(saved).toMatchObject({ catalogueVersion: version, reviewedOn: "2026-06-12" });
    const audit = await t.db.auditEvent.findMany({ where: { entityType: "LegalReview", entityId: saved.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "legalReview.record", actorId: t.users.COORDINATOR.id });

    const seen = await professional().legalReview.status();
    expect(seen.current).toMatchObject({ reviewerName: "Mr. J. de Vries", reviewedOn: "2026-06-12", ofCurrentVersion: true, recordedByName: null });
    const own = await coordinator().legalReview.status();
    expect(own.canRecord).toBe(true);
    expect(own.current?.recordedByName).toBe(t.users.COORDINATOR.name);
    expect(own.history.map((r) => r.reviewedOn)).toEqual(["2026-06-12", "2025-01-10"]);
  });

  it("lets the administrator record too, and nobody else", async () => {
    await t.callerFor(t.users.BEHEERDER).legalReview.record({ catalogueVersion: version, reviewerName: "Mr. A. Jansen", reviewedOn: "2026-06-15" });
    for (const role of ["PROFESSIONAL", "PARTNER", "RAAD"] as const) {
      const error = await failure(t.callerFor(t.users[role]).legalReview.record({ catalogueVersion: version, reviewerName: "Iemand", reviewedOn: "2026-06-01" }));
      expect(error.code, role).toBe("FORBIDDEN");
    }
    expect((await failure(t.callerFor(t.users.RAAD).legalReview.status())).code).toBe("FORBIDDEN");
    expect((await failure(t.callerFor(null).legalReview.status())).code).toBe("UNAUTHORIZED");
  });

  it.each([
    { name: "no name", input: { reviewerName: "", reviewedOn: "2026-06-01" }, field: "reviewerName", message: /^Vul de naam in van wie de teksten juridisch heeft gecontroleerd/ },
    { name: "no date", input: { reviewerName: "Mr. X", reviewedOn: "" }, field: "reviewedOn", message: /^Vul de datum van de controle in\.$/ },
    { name: "an impossible date", input: { reviewerName: "Mr. X", reviewedOn: "2026-02-30" }, field: "reviewedOn", message: /als dag-maand-jaar/ },
    { name: "a date in the future (Amsterdam)", input: { reviewerName: "Mr. X", reviewedOn: "2026-06-16" }, field: "reviewedOn", message: /kan niet in de toekomst liggen/ },
    { name: "a note that is too long", input: { reviewerName: "Mr. X", reviewedOn: "2026-06-01", note: "x".repeat(1001) }, field: "note", message: /hoogstens 1000 tekens/ },
  ])("refuses $name with a Dutch message on the field", async ({ input, field, message }) => {
    const error = await failure(coordinator().legalReview.record({ catalogueVersion: version, ...input }));
    expect(fieldErrorsOf(error)[field]?.[0]).toMatch(message);
  });

  it("refuses a review of a version that is no longer current (the catalogue changed meanwhile)", async () => {
    const before = await t.db.legalReview.count();
    const error = await failure(coordinator().legalReview.record({ catalogueVersion: "abcdefabcdef", reviewerName: "Mr. X", reviewedOn: "2026-06-01" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/gewijzigd sinds u deze pagina opende/);
    expect(fieldErrorsOf(error).catalogueVersion?.[0]).toMatch(/Laad de pagina opnieuw/);
    expect(await t.db.legalReview.count()).toBe(before);
  });
});
