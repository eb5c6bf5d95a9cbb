// The CBS gemeentecode and the Dutch messages of adding a municipality (issue 18), without any
// server code: the web form's schema (@kk/api/schemas, in the browser) imports it as
// "@kk/db/municipality-code"; packages/db/src/municipality.ts applies it on the server.

/** CBS gemeentecode: "GM" and four digits (GM0642 Zwijndrecht, GM0505 Dordrecht). */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;

export const MUNICIPALITY_MESSAGES = {
  code: "Vul een CBS-gemeentecode in: GM en vier cijfers, bijvoorbeeld GM0505.",
  codeTaken: "Deze gemeente hoort al bij deze installatie.",
  name: "Vul de naam van de gemeente in (2 tot 80 tekens).",
  areaTaken: "Deze code is al in gebruik voor een gebied dat geen gemeente is.",
  vtRegion: "Vul de code van de Veilig Thuis-regio in, bijvoorbeeld VT-ZHZ.",
  vtRegionChoose: "Deze installatie heeft geen of meerdere Veilig Thuis-regio's: vul de code van de regio in.",
  vtRegionKind: "Deze code hoort bij een gebied dat geen Veilig Thuis-regio is.",
} as const;

