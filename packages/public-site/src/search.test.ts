import { describe, expect, it } from "vitest";
import { municipality, organisation, snapshotOf } from "./fixtures.test-support.ts";
import { parsePublicSearch } from "./render.tsx";
import { searchPublicHelp, type PublicSearch } from "./search.ts";
import { municipalitySlug } from "./slug.ts";
import { belongsToTopic, type TopicKey } from "./topics.ts";

const wijkteam = organisation({ id: "wijkteam", name: "Wijkteam Zwijndrecht", area: "Walburg", services: ["opvoedondersteuning"] });
const cjg = organisation({ id: "cjg", name: "Centrum voor Jeugd en Gezin", type: "CJG", area: "Noord", services: ["opvoedcursussen", "coördinatie van zorg"] });
const veiligThuis = organisation({ id: "vt", name: "Veilig Thuis Zuid-Holland Zuid", type: "Veilig Thuis", area: "Regio Zuid-Holland Zuid", regionWide: true, municipalityCodes: [] });
const elsewhere = organisation({ id: "dordt", name: "Wijkteam Dordrecht", municipalityCodes: ["GM0505"] });
const huisarts = organisation({ id: "huisarts", name: "Huisartsenpraktijk Walburg", type: "Huisarts", area: "Walburg", targetGroups: ["alle leeftijden"] });
const school = organisation({ id: "school", name: "Basisschool De Regenboog", type: "School (basisonderwijs)", area: "Noord" });
const snapshot = snapshotOf([wijkteam, cjg, veiligThuis, elsewhere, huisarts, school]);

function ids(search: Partial<PublicSearch>, featured: string[] = []) {
  const result = searchPublicHelp(snapshot, municipality({ featuredOrganisationIds: featured }), { q: "", wijk: null, topic: null, ...search });
  return { local: result.local.map((o) => o.id), everyone: result.everyone.map((o) => o.id), total: result.total };
}

describe("searchPublicHelp", () => {
  it.each<[string, Partial<PublicSearch>, string[]]>([
    ["everything that works in the municipality, by name", {}, ["school", "cjg", "huisarts", "vt", "wijkteam"]],
    ["a word in the name", { q: "wijkteam" }, ["wijkteam"]],
    ["a word in the services, accents ignored", { q: "coordinatie" }, ["cjg"]],
    ["every word must occur", { q: "huisarts walburg" }, ["huisarts"]],
    ["case and surrounding spaces ignored", { q: "  VEILIG thuis " }, ["vt"]],
    ["a word found nowhere", { q: "tandarts" }, []],
    ["a question: only the help that answers it", { topic: "opvoeden" }, ["cjg", "wijkteam"]],
    ["a question and a word", { topic: "zorgen-kind", q: "walburg" }, ["huisarts", "wijkteam"]],
  ])("%s", (_label, search, expected) => {
    expect(ids(search).local).toEqual(expected);
  });

  it("never lists an organisation that does not work in the municipality", () => {
    expect(ids({ q: "wijkteam" }).local).not.toContain("dordt");
  });

  it("with a wijk: the wijk's organisations, then those for the whole municipality; other wijken left out", () => {
    expect(ids({ wijk: "Walburg" })).toEqual({ local: ["huisarts", "wijkteam"], everyone: ["vt"], total: 3 });
  });

  it("shows the coordinator's organisations first, in their order", () => {
    expect(ids({}, ["wijkteam", "vt"]).local).toEqual(["wijkteam", "vt", "school", "cjg", "huisarts"]);
    expect(ids({ wijk: "Walburg" }, ["wijkteam"]).local).toEqual(["wijkteam", "huisarts"]);
  });
});

describe("parsePublicSearch", () => {
  const zwijndrecht = municipality();
  it.each<[string, string, PublicSearch, boolean]>([
    ["nothing", "", { q: "", wijk: null, topic: null }, false],
    ["all three", "q=+jeugd+&wijk=Noord&vraag=scheiding", { q: "jeugd", wijk: "Noord", topic: "scheiding" }, false],
    ["a wijk of another municipality is dropped", "wijk=Sterrenburg", { q: "", wijk: null, topic: null }, false],
    ["an unknown question is dropped", "vraag=iets", { q: "", wijk: null, topic: null }, false],
    ["a word over 100 characters is refused", `q=${"a".repeat(101)}`, { q: "", wijk: null, topic: null }, true],
    ["100 characters is fine", `q=${"a".repeat(100)}`, { q: "a".repeat(100), wijk: null, topic: null }, false],
  ])("%s", (_label, query, search, queryError) => {
    expect(parsePublicSearch(new URLSearchParams(query), zwijndrecht)).toEqual({ search, queryError });
  });
});

describe("belongsToTopic", () => {
  it.each<[string, Parameters<typeof organisation>[0], TopicKey, boolean]>([
    ["Veilig Thuis answers violence at home", { id: "a", name: "a", type: "Veilig Thuis" }, "geweld-thuis", true],
    ["a service with 'huiselijk geweld' answers violence at home", { id: "a", name: "a", type: "Maatschappelijk werk", services: ["Huiselijk geweld"] }, "geweld-thuis", true],
    ["'echtscheidingsbegeleiding' answers separation", { id: "a", name: "a", type: "Maatschappelijk werk", services: ["echtscheidingsbegeleiding"] }, "scheiding", true],
    ["a primary school is not parenting help", { id: "a", name: "a", type: "School (basisonderwijs)" }, "opvoeden", false],
    ["youth work answers young people", { id: "a", name: "a", type: "Jongerenwerk" }, "jongeren", true],
    ["type matching ignores case", { id: "a", name: "a", type: "WIJKTEAM" }, "zorgen-kind", true],
  ])("%s", (_label, overrides, topic, expected) => {
    expect(belongsToTopic(organisation(overrides), topic)).toBe(expected);
  });
});

describe("municipalitySlug", () => {
  it.each([
    ["Zwijndrecht", "zwijndrecht"],
    ["Hendrik-Ido-Ambacht", "hendrik-ido-ambacht"],
    ["Súdwest-Fryslân", "sudwest-fryslan"],
    ["'s-Hertogenbosch", "s-hertogenbosch"],
    ["Bergen (NH.)", "bergen-nh"],
  ])("%s → %s", (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });
});
