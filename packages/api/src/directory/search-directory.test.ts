import type { Prisma } from "@kk/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { directorySearchInput, directorySearchQuery, parseDirectorySearchParams } from "./schemas.ts";
import { directorySearchSql } from "./search-directory.ts";
import { correctedTsquery, getVocabulary } from "./spelling.ts";

let t: ApiTestDatabase;

function org(data: Omit<Prisma.OrganisationCreateInput, "slug"> & { slug?: string }): Prisma.OrganisationCreateInput {
  return { slug: data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), ...data };
}

beforeAll(async () => {
  t = await createApiTestDatabase("directory-search");
  const rows: Prisma.OrganisationCreateInput[] = [
    org({
      name: "Veilig Thuis Zuid-Holland Zuid",
      type: "Veilig Thuis",
      sector: "BESCHERMINGSKETEN",
      legalFrame: "WITHOUT_CONSENT",
      description: "Advies- en meldpunt huiselijk geweld en kindermishandeling.",
      services: ["advies", "melding kindermishandeling"],
      verifiedAt: new Date(),
    }),
    org({
      name: "Huisartsenpraktijk De Linde",
      type: "Huisarts",
      sector: "MEDISCH",
      legalFrame: "CONSENT_REQUIRED",
      description: "Bij zorgen over een kind overleggen wij met Veilig Thuis.",
      area: "Noord",
    }),
    org({
      name: "CJG Drechtsteden",
      type: "Centrum voor Jeugd en Gezin",
      sector: "JEUGDHULP_SOCIAAL_WERK",
      legalFrame: "CONSENT_REQUIRED",
      area: "Centrum",
      services: ["opvoedondersteuning", "jeugdgezondheidszorg"],
      contacts: {
        create: [
          { name: "Sanne de Wit", jobTitle: "Jeugdverpleegkundige", roles: ["ALGEMEEN"] },
          { name: "Annemarie Geheimhouder", jobTitle: "Aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"], visibility: "COORDINATORS" },
        ],
      },
    }),
    org({
      name: "Jeugdbescherming West",
      type: "Gecertificeerde Instelling",
      sector: "BESCHERMINGSKETEN",
      legalFrame: "WITHOUT_CONSENT_DURING_ORDER",
      contacts: { create: [{ name: "Kees Bakker", jobTitle: "Jeugdbeschermer", roles: ["ESCALATIE_AANSPREEKPUNT"] }] },
    }),
    org({ name: "Kinderopvang Crèche Zonnebloem", type: "Kinderopvang", sector: "ONDERWIJS", legalFrame: "CONSENT_REQUIRED" }),
    org({ name: "Veilig Thuis Oud", type: "Veilig Thuis", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT", status: "INACTIVE" }),
  ];
  for (let i = 1; i <= 25; i++) {
    rows.push(org({ name: `Buurthuis ${String(i).padStart(2, "0")}`, type: "Buurthuis", sector: "OVERIG", legalFrame: "CONSENT_REQUIRED" }));
  }
  for (const data of rows) await t.db.organisation.create({ data });
});
afterAll(async () => {
  await t?.drop();
});

const search = (input: Parameters<ReturnType<ApiTestDatabase["callerFor"]>["directory"]["search"]>[0], role: "PROFESSIONAL" | "COORDINATOR" = "PROFESSIONAL") =>
  t.callerFor(t.users[role]).directory.search(input);

describe("directory search", () => {
  it("finds Veilig Thuis first despite a typo, above entries that only mention it", async () => {
    const { results } = await search({ q: "veilig tuis" });
    const names = results.map((r) => r.name);
    // Two Veilig Thuis entries (one from the test context), then the practice that mentions it.
    expect(names.slice(0, 2).sort()).toEqual(["Veilig Thuis Test", "Veilig Thuis Zuid-Holland Zuid"]);
    expect(names).toContain("Huisartsenpraktijk De Linde");
    expect(names).not.toContain("Veilig Thuis Oud");
    const vt = results.find((r) => r.name === "Veilig Thuis Zuid-Holland Zuid");
    expect(vt).toMatchObject({ legalFrame: "WITHOUT_CONSENT", type: "Veilig Thuis", stale: false });
    expect((await search({ q: "veilig tuis zuid" })).results[0]?.name).toBe("Veilig Thuis Zuid-Holland Zuid");
  });

  it("uses exact full-text matches when there are any, near matches only otherwise", async () => {
    const typo = await search({ q: "veilig tuis" });
    expect(typo.approximate).toBe(true);
    expect(typo.totalIsMinimum).toBe(false);
    const exact = await search({ q: "veilig thuis" });
    expect(exact.approximate).toBe(false);
    // The practice only mentions Veilig Thuis in its description: found, but ranked below the name matches.
    expect(exact.results.map((r) => r.name).slice(-1)).toEqual(["Huisartsenpraktijk De Linde"]);
    expect(exact.results[0]?.type).toBe("Veilig Thuis");
  });

  it("finds an organisation by a service tag, with stemming", async () => {
    const { results } = await search({ q: "opvoedondersteuning" });
    expect(results.map((r) => r.name)).toEqual(["CJG Drechtsteden"]);
    expect(results[0]?.services).toContain("jeugdgezondheidszorg");
    expect(results[0]?.stale).toBe(true);
  });

  it("finds an organisation by a visible contact's job title and name", async () => {
    expect((await search({ q: "jeugdverpleegkundige" })).results.map((r) => r.name)).toEqual(["CJG Drechtsteden"]);
    expect((await search({ q: "jeugdbeschermer" })).results[0]?.name).toBe("Jeugdbescherming West");
    expect((await search({ q: "Sanne de Wit" })).results[0]?.name).toBe("CJG Drechtsteden");
  });

  it("never finds a coordinators-only contact by name, whoever searches, not even misspelt", async () => {
    expect((await search({ q: "Geheimhouder" })).total).toBe(0);
    expect((await search({ q: "Geheimhouder" }, "COORDINATOR")).total).toBe(0);
    expect((await search({ q: "Annemarie Geheimhoudr" }, "COORDINATOR")).total).toBe(0);
  });

  it("corrects a misspelt word to a directory word and answers from the full-text index", async () => {
    const result = await search({ q: "opvoedondersteuninh" });
    expect(result.approximate).toBe(true);
    expect(result.results.map((r) => r.name)).toEqual(["CJG Drechtsteden"]);
    // The word list comes from what any signed-in user may find: the restricted contact is not in it.
    const vocabulary = await getVocabulary(t.db, Date.now());
    expect(correctedTsquery(vocabulary, "opvoedondersteuninh")).toContain("'opvoedondersteuning'");
    expect(vocabulary.words.has("geheimhouder")).toBe(false);
    expect(vocabulary.words.has("jeugdverpleegkundige")).toBe(true);
    const sql = directorySearchSql(t.users.PROFESSIONAL, directorySearchInput.parse({ q: "x" }), "'x'");
    expect(sql.sql).toContain("corrected AS");
    expect((await search({ q: "jeugdbeschermr west" })).results[0]?.name).toBe("Jeugdbescherming West");
  });

  it("filters by contact role on visible contacts only, and coordinators also see restricted ones", async () => {
    const professional = await search({ contactRole: ["AANDACHTSFUNCTIONARIS"] });
    expect(professional.total).toBe(0);
    const coordinator = await search({ contactRole: ["AANDACHTSFUNCTIONARIS"] }, "COORDINATOR");
    expect(coordinator.results.map((r) => r.name)).toEqual(["CJG Drechtsteden"]);
    expect((await search({ contactRole: ["ESCALATIE_AANSPREEKPUNT"] })).results.map((r) => r.name)).toEqual(["Jeugdbescherming West"]);
  });

  it("combines filters with AND and values within one filter with OR", async () => {
    const both = await search({ sector: ["BESCHERMINGSKETEN"], legalFrame: ["WITHOUT_CONSENT"] });
    expect(both.results.map((r) => r.name).sort()).toEqual(["Veilig Thuis Test", "Veilig Thuis Zuid-Holland Zuid"]);
    const frames = await search({ sector: ["BESCHERMINGSKETEN"], legalFrame: ["WITHOUT_CONSENT", "WITHOUT_CONSENT_DURING_ORDER"] });
    expect(frames.total).toBe(3);
    expect((await search({ q: "veilig", sector: ["MEDISCH"] })).results.map((r) => r.name)).toEqual(["Huisartsenpraktijk De Linde"]);
    expect((await search({ area: ["Noord"], sector: ["BESCHERMINGSKETEN"] })).total).toBe(0);
    expect((await search({ service: ["advies"] })).results.map((r) => r.name)).toEqual(["Veilig Thuis Zuid-Holland Zuid"]);
    expect((await search({ type: ["Kinderopvang"] })).total).toBe(1);
  });

  it("pages by 20 with a total count, alphabetically when there is no query", async () => {
    const first = await search({ sector: ["OVERIG"] });
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(first.results).toHaveLength(20);
    expect(first.results[0]?.name).toBe("Buurthuis 01");
    const second = await search({ sector: ["OVERIG"], page: 2 });
    expect(second.results.map((r) => r.name)).toEqual(["Buurthuis 21", "Buurthuis 22", "Buurthuis 23", "Buurthuis 24", "Buurthuis 25"]);
    const beyond = await search({ sector: ["OVERIG"], page: 3 });
    expect(beyond.total).toBe(25);
    expect(beyond.results).toHaveLength(0);
    const ranked = await search({ q: "buurthuis", page: 2 });
    expect(ranked.total).toBe(25);
    expect(ranked.results).toHaveLength(5);
  });

  it("ignores accents and case", async () => {
    expect((await search({ q: "CRECHE zonnebloem" })).results[0]?.name).toBe("Kinderopvang Crèche Zonnebloem");
    expect((await search({ q: "crèche" })).results[0]?.name).toBe("Kinderopvang Crèche Zonnebloem");
    expect((await search({ q: "HUISARTSENPRAKTIJK" })).results[0]?.name).toBe("Huisartsenpraktijk De Linde");
  });

  it("treats user input as data, not SQL", async () => {
    const result = await search({ q: `'; DROP TABLE "Organisation"; --` });
    expect(result.total).toBe(0);
    expect(await t.db.organisation.count()).toBeGreaterThan(25);
  });

  it("lists the filter values of active organisations with counts", async () => {
    const facets = await t.callerFor(t.users.PROFESSIONAL).directory.facets();
    expect(facets.types).toContainEqual({ value: "Buurthuis", count: 25 });
    expect(facets.types).toContainEqual({ value: "Veilig Thuis", count: 2 });
    expect(facets.areas.map((a) => a.value)).toEqual(["Centrum", "Noord"]);
    expect(facets.services).toContainEqual({ value: "opvoedondersteuning", count: 1 });
    expect(facets.sectors).toContainEqual({ value: "OVERIG", count: 25 });
  });
});

describe("directory search in the URL", () => {
  it("round-trips a search through the query string and drops unknown values", () => {
    const query = directorySearchQuery({ q: "veilig tuis", sector: ["BESCHERMINGSKETEN"], service: ["advies"], page: 3 });
    expect(query).toBe("q=veilig+tuis&sector=BESCHERMINGSKETEN&dienst=advies&pagina=3");
    const parsed = parseDirectorySearchParams(new URLSearchParams(query));
    expect(parsed).toMatchObject({ q: "veilig tuis", sector: ["BESCHERMINGSKETEN"], service: ["advies"], page: 3 });
    expect(parseDirectorySearchParams({ sector: ["NOPE", "MEDISCH"], pagina: "-4", kader: "WITHOUT_CONSENT" })).toMatchObject({
      sector: ["MEDISCH"],
      legalFrame: ["WITHOUT_CONSENT"],
      page: 1,
    });
  });
});
