import { addMunicipality as addMunicipalityFromCli } from "@kk/db";
import { createTestMunicipality } from "@kk/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FieldErrorsCause } from "../field-errors.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("municipality", { now });
  await createTestMunicipality(t.db, "GM0642", "Zwijndrecht", { wijken: ["Centrum", "Walburg"] });
});
afterAll(async () => {
  await t?.drop();
});

const fieldErrorsOf = (error: unknown): Record<string, string[]> =>
  error instanceof TRPCError && error.cause instanceof FieldErrorsCause ? error.cause.fieldErrors : {};

describe("adding a municipality to the region install (issue 18)", () => {
  it("creates the municipality's area under the Veilig Thuis region and the Municipality row, audited", async () => {
    const admin = t.callerFor(t.users.BEHEERDER, { now });
    const watermark = (await t.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const added = await admin.municipality.add({ code: " gm0505 ", name: "  Dordrecht ", vtRegionCode: "" });
    expect(added).toMatchObject({ code: "GM0505", name: "Dordrecht", vtRegionCode: "VT-ZHZ", vtRegionCreated: false });
    const area = await t.db.area.findUniqueOrThrow({ where: { code: "GM0505" }, include: { parent: true, municipality: true } });
    expect(area).toMatchObject({ kind: "MUNICIPALITY", municipalityCode: "GM0505", parent: { code: "VT-ZHZ" }, municipality: { name: "Dordrecht", isDemo: false } });
    const events = await t.db.auditEvent.findMany({ where: { id: { gt: watermark } } });
    expect(events).toEqual([expect.objectContaining({ action: "municipality.add", entityType: "Municipality", entityId: "GM0505", actorId: t.users.BEHEERDER.id, at: now })]);
  });

  it.each([
    { case: "no GM prefix", input: { code: "0505", name: "Dordrecht" }, field: "code", message: /GM en vier cijfers/ },
    { case: "three digits", input: { code: "GM050", name: "Dordrecht" }, field: "code", message: /GM en vier cijfers/ },
    { case: "a wijk code", input: { code: "WK064201", name: "Centrum" }, field: "code", message: /GM en vier cijfers/ },
    { case: "no name", input: { code: "GM0590", name: " " }, field: "name", message: /naam van de gemeente/ },
    { case: "a bad region code", input: { code: "GM0590", name: "Papendrecht", vtRegionCode: "VT ZHZ!" }, field: "vtRegionCode", message: /Veilig Thuis-regio/ },
  ])("refuses $case with a Dutch error on $field and stores nothing", async ({ input, field, message }) => {
    const admin = t.callerFor(t.users.BEHEERDER, { now });
    const before = await t.db.municipality.count();
    const error = await admin.municipality.add(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const issues = ((error as TRPCError).cause as { issues?: Array<{ path: unknown[]; message: string }> }).issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, expect.stringMatching(message)]]);
    expect(await t.db.municipality.count()).toBe(before);
  });

  it("refuses a code the install already has, as a field error, and the command line likewise", async () => {
    const admin = t.callerFor(t.users.BEHEERDER, { now });
    const error = await admin.municipality.add({ code: "GM0642", name: "Zwijndrecht" }).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect(fieldErrorsOf(error)).toEqual({ code: ["Deze gemeente hoort al bij deze installatie."] });
    await expect(addMunicipalityFromCli(t.db, { id: null, email: "npm run region:add" }, { code: "GM0642", name: "Zwijndrecht", now })).rejects.toThrow(
      /hoort al bij/,
    );
  });

  it("refuses a code that names an area of another kind", async () => {
    await t.db.area.create({ data: { code: "GM0999", name: "Geen gemeente", kind: "VT_REGION" } });
    const error = await t.callerFor(t.users.BEHEERDER, { now }).municipality.add({ code: "GM0999", name: "Iets", vtRegionCode: "VT-ZHZ" }).catch((e: unknown) => e);
    expect(fieldErrorsOf(error)).toEqual({ code: ["Deze code is al in gebruik voor een gebied dat geen gemeente is."] });
  });

  it("asks for the region when the install has more than one, and creates a named region that is missing", async () => {
    const cli = { id: null, email: "npm run region:add" };
    await t.db.area.create({ data: { code: "VT-ZHN", name: "Veilig Thuis Zuid-Holland Noord", kind: "VT_REGION" } });
    await expect(addMunicipalityFromCli(t.db, cli, { code: "GM0590", name: "Papendrecht", now })).rejects.toThrow(/meerdere Veilig Thuis-regio/);
    const watermark = (await t.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const added = await addMunicipalityFromCli(t.db, cli, { code: "GM0590", name: "Papendrecht", vtRegionCode: "vt-test", now });
    expect(added).toMatchObject({ vtRegionCode: "VT-TEST", vtRegionCreated: true });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: watermark }, action: "municipality.add" } });
    expect(event).toMatchObject({ actorId: null, actorEmail: "npm run region:add", entityId: "GM0590" });
  });

  it("of two additions of the same code at once, adds one and refuses the other", async () => {
    const cli = { id: null, email: "npm run region:add" };
    const results = await Promise.allSettled([
      addMunicipalityFromCli(t.db, cli, { code: "GM0482", name: "Alblasserdam", vtRegionCode: "VT-ZHZ", now }),
      addMunicipalityFromCli(t.db, cli, { code: "GM0482", name: "Alblasserdam", vtRegionCode: "VT-ZHZ", now }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.db.municipality.count({ where: { code: "GM0482" } })).toBe(1);
  });

  it("lists the municipalities with their wijken, users and organisations", async () => {
    const org = await t.db.organisation.findFirstOrThrow();
    await t.db.organisationMunicipality.create({ data: { organisationId: org.id, municipalityCode: "GM0642" } });
    await t.db.user.update({ where: { id: t.users.RAAD.id }, data: { municipalityCode: "GM0642" } });
    const list = await t.callerFor(t.users.BEHEERDER, { now }).municipality.list();
    expect(list.find((m) => m.code === "GM0642")).toEqual({
      code: "GM0642",
      name: "Zwijndrecht",
      isDemo: false,
      vtRegion: { code: "VT-ZHZ", name: "Veilig Thuis VT-ZHZ" },
      wijken: 2,
      users: 1,
      organisations: 1,
    });
    expect(list.find((m) => m.code === "GM0505")).toMatchObject({ wijken: 0, users: 0, organisations: 0 });
    expect(list.map((m) => m.name)).toEqual([...list.map((m) => m.name)].sort((a, b) => a.localeCompare(b)));
  });
});
