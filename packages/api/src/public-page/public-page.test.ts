import type { SessionUser } from "@kk/auth/roles";
import { createTestMunicipality } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastAuditId } from "../testing/audit-watermark.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { failure, fieldErrorsOf } from "../testing/trpc-errors.ts";
import { PUBLIC_LOCALES } from "@kk/public-site";
import { MAX_INTRO_LENGTH, PUBLIC_PAGE_LANGUAGES, updatePublicPageInput } from "./schemas.ts";
import { storedIntro } from "./update-public-page.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const A = "GM0642";
const B = "GM0482";

let t: ApiTestDatabase;
let coordinator: SessionUser;
/** Organisation ids by what they are for the page of A. */
const org = {} as Record<"local" | "regionWide" | "notPublic" | "inactive" | "elsewhere" | "professionalsOnly", string>;

beforeAll(async () => {
  t = await createApiTestDatabase("public-page", { now });
  await createTestMunicipality(t.db, A, "Zwijndrecht");
  await createTestMunicipality(t.db, B, "Alblasserdam");
  await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { municipalityCode: A } });
  coordinator = { ...t.users.COORDINATOR, municipalityCode: A };
  const create = async (name: string, data: { isPublic?: boolean; status?: "ACTIVE" | "INACTIVE"; regionWide?: boolean; in?: string; targetGroups?: string[] }) =>
    (
      await t.db.organisation.create({
        data: {
          name, slug: name.toLowerCase().replaceAll(" ", "-"), sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED",
          isPublic: data.isPublic ?? true, targetGroups: data.targetGroups ?? [], status: data.status ?? "ACTIVE", regionWide: data.regionWide ?? false,
          municipalities: data.in ? { create: [{ municipalityCode: data.in }] } : undefined,
        },
      })
    ).id;
  org.local = await create("Wijkteam Walburg", { in: A });
  org.regionWide = await create("GGZ Jeugd Regio", { regionWide: true });
  org.notPublic = await create("Intern Overleg", { isPublic: false, in: A });
  org.inactive = await create("Gesloten Inloop", { status: "INACTIVE", in: A });
  org.elsewhere = await create("CJG Alblasserdam", { in: B });
  // Public in the open-data list, but not help a resident can ask for: the public page leaves it out.
  org.professionalsOnly = await create("Consultatie Professionals", { in: A, targetGroups: ["Professionals"] });
});
afterAll(async () => {
  await t?.drop();
});

const input = (version: number, values: { nl?: string; en?: string; featured?: string[]; municipalityCode?: string } = {}) => ({
  municipalityCode: values.municipalityCode,
  version,
  intro: { nl: values.nl ?? "", en: values.en ?? "" },
  featuredOrganisationIds: values.featured ?? [],
});

describe("publicPage.get", () => {
  it("gives the defaults while the municipality has no settings, with the organisations the page may show first", async () => {
    const page = await t.callerFor(coordinator).publicPage.get();
    expect(page).toMatchObject({ municipality: { code: A, name: "Zwijndrecht" }, intro: { nl: "", en: "" }, featuredOrganisationIds: [], version: 0, updatedAt: null });
    // Public, active, working in Zwijndrecht (or region-wide); by name. Not the hidden, inactive,
    // Alblasserdam or professionals-only ones: exactly what the public page lists.
    expect(page.candidates.map((c) => c.id)).toEqual([org.regionWide, org.local]);
  });

  it("gives a coordinator their own municipality only: another is not found", async () => {
    expect((await failure(t.callerFor(coordinator).publicPage.get({ municipalityCode: B }))).code).toBe("NOT_FOUND");
    const unlinked = { ...t.users.COORDINATOR, municipalityCode: null };
    expect((await failure(t.callerFor(unlinked).publicPage.get())).code).toBe("NOT_FOUND");
  });

  it("lets the administrator open any municipality's page (the first by name without a choice)", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    expect((await admin.publicPage.get()).municipality).toEqual({ code: B, name: "Alblasserdam" });
    const other = await admin.publicPage.get({ municipalityCode: B });
    expect(other.candidates.map((c) => c.id)).toEqual([org.elsewhere, org.regionWide]);
    expect((await failure(admin.publicPage.get({ municipalityCode: "GM9999" }))).code).toBe("NOT_FOUND");
  });

  it.each(["RAAD", "PARTNER", "PROFESSIONAL", "REGIO_COORDINATOR"] as const)("refuses %s", async (role) => {
    expect((await failure(t.callerFor({ ...t.users[role], municipalityCode: A }).publicPage.get())).code).toBe("FORBIDDEN");
  });
});

describe("publicPage.update", () => {
  it("saves the texts and the emphasis, audited with before and after, and counts the version up", async () => {
    const caller = t.callerFor(coordinator);
    const watermark = await lastAuditId(t.db);
    const first = await caller.publicPage.update(input(0, { nl: "  Maakt u zich zorgen?\r\n\r\nBel ons.  ", featured: [org.local, org.regionWide] }));
    expect(first).toEqual({ municipalityCode: A, version: 1 });
    const row = await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } });
    // Trimmed, Windows line ends made "\n", the empty English text left out (the page falls back to its default).
    expect(row).toMatchObject({ intro: { nl: "Maakt u zich zorgen?\n\nBel ons." }, featuredOrganisationIds: [org.local, org.regionWide], updatedById: coordinator.id, updatedAt: now });
    const created = await t.db.auditEvent.findMany({ where: { id: { gt: watermark } } });
    expect(created).toEqual([expect.objectContaining({ action: "publicPage.update", entityType: "PublicPage", entityId: A, actorId: coordinator.id, before: null })]);
    expect(created[0]?.after).toMatchObject({ intro: { nl: "Maakt u zich zorgen?\n\nBel ons." }, version: 1 });

    const second = await caller.publicPage.update(input(1, { nl: "Nieuw.", en: "New.", featured: [org.regionWide] }));
    expect(second.version).toBe(2);
    const page = await caller.publicPage.get();
    expect(page).toMatchObject({ intro: { nl: "Nieuw.", en: "New." }, featuredOrganisationIds: [org.regionWide], version: 2 });
    const updated = await t.db.auditEvent.findFirstOrThrow({ where: { id: { gt: watermark }, action: "publicPage.update" }, orderBy: { id: "desc" } });
    expect(updated.before).toMatchObject({ version: 1, featuredOrganisationIds: [org.local, org.regionWide] });
    expect(updated.after).toMatchObject({ version: 2, intro: { nl: "Nieuw.", en: "New." }, featuredOrganisationIds: [org.regionWide] });
  });

  it("refuses a stale version with the Dutch conflict message and changes nothing", async () => {
    const caller = t.callerFor(coordinator);
    const { version } = await caller.publicPage.get();
    const before = await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } });
    const watermark = await lastAuditId(t.db);
    for (const stale of [0, version - 1]) {
      const error = await failure(caller.publicPage.update(input(stale, { nl: "Van iemand anders." })));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/Iemand anders heeft dit gegeven intussen gewijzigd/);
    }
    expect(await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } })).toEqual(before);
    expect(await lastAuditId(t.db)).toBe(watermark);
  });

  it("of two first saves at once keeps one and refuses the other as a conflict", async () => {
    const admin = t.callerFor(t.users.BEHEERDER);
    const results = await Promise.allSettled([
      admin.publicPage.update(input(0, { municipalityCode: B, nl: "Eerste." })),
      admin.publicPage.update(input(0, { municipalityCode: B, nl: "Tweede." })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect((refused as PromiseRejectedResult | undefined)?.reason).toMatchObject({ code: "CONFLICT" });
    expect((await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: B } })).version).toBe(1);
  });

  it.each([
    { case: "a featured organisation that is not public", key: "notPublic", name: "Intern Overleg" },
    { case: "an inactive one", key: "inactive", name: "Gesloten Inloop" },
    { case: "one that works in another municipality", key: "elsewhere", name: "CJG Alblasserdam" },
    { case: "one for professionals only", key: "professionalsOnly", name: "Consultatie Professionals" },
  ] as const)("refuses $case with a Dutch error on that entry and stores nothing", async ({ key, name }) => {
    const caller = t.callerFor(coordinator);
    const { version } = await caller.publicPage.get();
    const watermark = await lastAuditId(t.db);
    const error = await failure(caller.publicPage.update(input(version, { featured: [org.local, org[key]] })));
    expect(error.code).toBe("CONFLICT");
    expect(fieldErrorsOf(error)).toEqual({ "featuredOrganisationIds.1": [expect.stringMatching(new RegExp(`^${name} kan niet op de publieke pagina`))] });
    expect((await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } })).version).toBe(version);
    expect(await lastAuditId(t.db)).toBe(watermark);
  });

  it.each([
    { case: "an introduction over the limit", values: { nl: "a".repeat(MAX_INTRO_LENGTH + 1) }, field: "intro.nl", message: /Nederlandse introductie heeft hoogstens 1\.500 tekens/ },
    { case: "an English one over the limit", values: { en: "a".repeat(MAX_INTRO_LENGTH + 1) }, field: "intro.en", message: /Engelse introductie heeft hoogstens/ },
    { case: "eleven featured organisations", values: { featured: Array.from({ length: 11 }, (_, i) => `org-${i}`) }, field: "featuredOrganisationIds", message: /hoogstens 10 organisaties/ },
    { case: "an organisation twice", values: { featured: ["x", "x"] }, field: "featuredOrganisationIds", message: /maar één keer/ },
  ])("refuses $case with a Dutch error on $field", async ({ values, field, message }) => {
    const error = await failure(t.callerFor(coordinator).publicPage.update(input(1, values)));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)).toEqual({ [field]: [expect.stringMatching(message)] });
  });

  it("keeps a coordinator to their own municipality: another's page is not found and unchanged", async () => {
    const before = await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: B } });
    const error = await failure(t.callerFor(coordinator).publicPage.update(input(before.version, { municipalityCode: B, nl: "Niet van u." })));
    expect(error.code).toBe("NOT_FOUND");
    expect(await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: B } })).toEqual(before);
  });

  it("leaves out of the form a featured organisation that is no longer public, so saving does not fail on it", async () => {
    const caller = t.callerFor(coordinator);
    const { version } = await caller.publicPage.get();
    await caller.publicPage.update(input(version, { featured: [org.local, org.regionWide] }));
    await t.db.organisation.update({ where: { id: org.local }, data: { isPublic: false } });
    try {
      const page = await caller.publicPage.get();
      expect(page.featuredOrganisationIds).toEqual([org.regionWide]);
      await caller.publicPage.update(input(page.version, { featured: page.featuredOrganisationIds }));
    } finally {
      await t.db.organisation.update({ where: { id: org.local }, data: { isPublic: true } });
    }
  });
});

describe("publicPage.preview", () => {
  it("renders the unsaved draft (escaped, the organisations shown first in order) and stores nothing", async () => {
    const caller = t.callerFor(coordinator);
    const before = await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } });
    const watermark = await lastAuditId(t.db);
    const { html } = await caller.publicPage.preview({ intro: { nl: "Concept <script>alert(1)</script>", en: "" }, featuredOrganisationIds: [org.regionWide, org.local], locale: "nl" });
    expect(html).toContain("Concept &lt;script");
    expect(html).not.toContain("<script>alert(1)");
    expect(html.indexOf("GGZ Jeugd Regio")).toBeLessThan(html.indexOf("Wijkteam Walburg"));
    expect(await t.db.publicPage.findUniqueOrThrow({ where: { municipalityCode: A } })).toEqual(before);
    expect(await lastAuditId(t.db)).toBe(watermark);
  });

  it("refuses what saving refuses: another municipality, an organisation the page may not show", async () => {
    const caller = t.callerFor(coordinator);
    expect((await failure(caller.publicPage.preview({ municipalityCode: B, intro: {}, featuredOrganisationIds: [] }))).code).toBe("NOT_FOUND");
    const error = await failure(caller.publicPage.preview({ intro: {}, featuredOrganisationIds: [org.notPublic] }));
    expect(fieldErrorsOf(error)).toEqual({ "featuredOrganisationIds.0": [expect.stringMatching(/^Intern Overleg kan niet/)] });
  });
});

describe("the form's schema", () => {
  it("has the public site's languages (a third language: one entry in each, this test says when one is missing)", () => {
    expect([...PUBLIC_PAGE_LANGUAGES].sort()).toEqual([...PUBLIC_LOCALES].sort());
  });

  it("takes the texts per language and leaves an empty one to the default", () => {
    const parsed = updatePublicPageInput.parse({ version: 0, intro: { nl: " Hallo ", en: "" } });
    expect(parsed).toEqual({ version: 0, intro: { nl: "Hallo", en: "" }, featuredOrganisationIds: [] });
    expect(storedIntro(parsed.intro)).toEqual({ nl: "Hallo" });
    expect(updatePublicPageInput.parse({ version: 0, intro: {} }).intro).toEqual({ nl: "", en: "" });
  });
});
