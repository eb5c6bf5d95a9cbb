/**
 * Issue 18, part C: shared data in a region install (docs/sociale-kaart.md "Werkgebied",
 * docs/convenanten.md "Reikwijdte", docs/werkateliers.md "Lokaal of regionaal").
 */
export const regioGedeeldNl = {
  workingArea: {
    legend: "Werkgebied",
    hint: "Bepaalt in welke gemeenten de organisatie in de sociale kaart verschijnt. Eén vermelding voor de hele regio: de organisatie houdt die zelf actueel.",
    regionWide: "Hele regio: de organisatie werkt in alle gemeenten van de regio",
    municipalitiesLegend: "Of de gemeenten waar de organisatie werkt",
    municipalitiesHint: "Kies minstens één gemeente als de organisatie niet in de hele regio werkt.",
    worksIn: "Werkt in",
    wholeRegion: "Hele regio",
    wholeRegionNamed: "Hele regio ({region})",
    readOnlyHint: "Het werkgebied bepaalt waar deze vermelding verschijnt; alleen de coördinator wijzigt het.",
  },
  agreementScope: {
    legend: "Geldt voor",
    hint: "De gemeenten waarvoor de afspraak geldt. De partijen mogen uit de hele regio komen; dekking en netwerkgaten per gemeente tellen alleen afspraken die daar gelden.",
    regionWide: "Hele regio: de afspraak geldt in alle gemeenten van de regio",
    municipalitiesLegend: "Of de gemeenten waarvoor de afspraak geldt",
    municipalitiesHint: "Kies minstens één gemeente als de afspraak niet voor de hele regio geldt.",
    appliesIn: "Geldt voor",
    filterLabel: "Geldt voor gemeente",
    filterAll: "Alle gemeenten",
  },
  coverage: {
    municipalityLabel: "Gemeente",
    municipalityHint: "Organisaties die in deze gemeente werken en afspraken die daar gelden; of de hele regio.",
    wholeRegion: "Hele regio",
    show: "Toon",
  },
  meetings: {
    for: "Voor",
    regional: "Regionaal: voor professionals uit alle gemeenten van de regio",
    regionalShort: "Regionaal",
    local: "Lokaal: {name}",
    localOpen: "Lokale bijeenkomst van {name}; professionals uit andere gemeenten van de regio zijn ook welkom.",
    fieldLabel: "Lokaal of regionaal",
    fieldHint: "Een regionale bijeenkomst is voor professionals uit alle gemeenten van de regio; een lokale is van één gemeente (aanmelden staat open voor de hele regio).",
    regionalOption: "Regionaal (hele regio)",
    localOption: "Lokaal: {name}",
    filterLabel: "Gemeente",
    filterAll: "Alle bijeenkomsten",
    filterRegional: "Alleen regionale",
    filterMunicipality: "{name} en regionaal",
  },
  search: {
    municipalityLabel: "Gemeente",
    municipalityHint: "Organisaties die in deze gemeente werken, en organisaties die in de hele regio werken.",
    allMunicipalities: "Alle gemeenten",
  },
};
