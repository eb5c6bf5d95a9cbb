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
  search: {
    municipalityLabel: "Gemeente",
    municipalityHint: "Organisaties die in deze gemeente werken, en organisaties die in de hele regio werken.",
    allMunicipalities: "Alle gemeenten",
  },
};
