import { describe, expect, it } from "vitest";
import { consentVerdict, leenenAllMet, type ConsentGiver } from "./consent.ts";
import { answersOnPath, answersToQuery, currentStep, stepBefore, weighingPath, type WeighingAnswers, type WeighingStep } from "./flow.ts";
import { STEP_CONTENT, verdictFor } from "./steps.ts";
import { WEIGHING_STATEMENTS, type WeighingStatementId } from "./statements.ts";

const ALL_LEENEN = ["toestemming", "schade", "conflict", "subsidiariteit", "doelmatigheid", "proportionaliteit"] as const;

// Every path of the weighing order, each row with the source line that puts the step there.
const paths: ReadonlyArray<{ source: string; answers: WeighingAnswers; path: WeighingStep[] }> = [
  { source: "000 §1.2 (first question: acute danger)", answers: {}, path: ["acuut-gevaar"] },
  { source: "000 §1.2 (acute danger → act, privacy 'vaak geen issue')", answers: { acuut: "ja" }, path: ["acuut-gevaar", "handel-nu", "verslag"] },
  { source: "000 §1.2 (second question: wettelijke plicht)", answers: { acuut: "nee" }, path: ["acuut-gevaar", "wettelijke-grond"] },
  {
    source: "001 NB (OTS: verplicht, voor zover nodig) → 000 §5.3 step 5 (beslissen)",
    answers: { acuut: "nee", grond: "ots", besluit: "deel", overleg: ["aandachtsfunctionaris"] },
    path: ["acuut-gevaar", "wettelijke-grond", "besluit", "overleg", "verslag"],
  },
  {
    source: "002 'Wat gebeurt er met een melding?' (verzoek Veilig Thuis: geen toestemming nodig)",
    answers: { acuut: "nee", grond: "verzoek-vt" },
    path: ["acuut-gevaar", "wettelijke-grond", "besluit"],
  },
  {
    source: "002 'Raad voor de Kinderbescherming' (recht, u beslist zelf)",
    answers: { acuut: "nee", grond: "verzoek-raad", besluit: "niets" },
    path: ["acuut-gevaar", "wettelijke-grond", "besluit", "overleg"],
  },
  {
    source: "002 'Geen toestemming van de cliënt' (meldrecht, maar verantwoorden waarom zonder toestemming)",
    answers: { acuut: "nee", grond: "melden" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming"],
  },
  {
    source: "000 §1.2 (third question: toestemming) → 000 §5.3 (first tree question)",
    answers: { acuut: "nee", grond: "geen", vragen: "ja" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen"],
  },
  {
    source: "001 'Geen toestemming ouder, 2' (niet gevraagd wegens ernstig gevaar) → 002 five questions",
    answers: { acuut: "nee", grond: "geen", vragen: "gevaar" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "vijf-vragen", "medisch"],
  },
  {
    source: "000 §5.3 (geen kinderen) → 002 'Toestemming van de cliënt'",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "nee" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "wie-geeft-toestemming"],
  },
  {
    source: "000 §5.3 (hoe oud) → Tabel 1 'Tot 12 jaar' → gezag",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "ja", leeftijd: "onder-12" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "leeftijd", "gezag"],
  },
  {
    source: "000 §5.3 (wilsonbekwaamheid boven 16)",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "ja", leeftijd: "16-plus" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "leeftijd", "wilsonbekwaam"],
  },
  {
    source: "000 Tabel 1 'Vanaf 16 jaar: alleen toestemming nodig van jongere' (gezag not asked)",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "nee" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "leeftijd", "wilsonbekwaam", "wie-geeft-toestemming"],
  },
  {
    source: "000 Tabel 1 'Wilsonbekwaam: (ook) wettelijke vertegenwoordiger' → gezag",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "ja", gezag: "beide" },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "leeftijd", "wilsonbekwaam", "gezag", "wie-geeft-toestemming"],
  },
  {
    source: "002 'Toestemming van de cliënt' (gegeven) → 000 §5.3 step 5 (beslissen) → 000 §1.2 'doe het nooit alleen'",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "ja", leeftijd: "12-16", gezag: "beide", antwoord: "gegeven", besluit: "alles", overleg: ["collega"] },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "leeftijd", "gezag", "wie-geeft-toestemming", "besluit", "overleg", "verslag"],
  },
  {
    source: "001 'Geen toestemming ouder, 1' (geweigerd) → 002 five questions → 000 §1.2 Leenen (medisch)",
    answers: { acuut: "nee", grond: "melden", vragen: "ja", kinderen: "nee", antwoord: "geweigerd", medisch: "ja", leenen: [], besluit: "niets", overleg: ["veilig-thuis"] },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "wie-geeft-toestemming", "vijf-vragen", "medisch", "leenen", "besluit", "overleg", "verslag"],
  },
  {
    source: "002 five questions → not medical: straight to the decision",
    answers: { acuut: "nee", grond: "geen", vragen: "gevaar", medisch: "nee", besluit: "deel", overleg: ["privacy", "coordinator"] },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "vijf-vragen", "medisch", "besluit", "overleg", "verslag"],
  },
  {
    source: "000 §1.2 (nog niet gevraagd: eerst toestemming vragen, overleg)",
    answers: { acuut: "nee", grond: "geen", vragen: "ja", kinderen: "nee", antwoord: "nog-niet", overleg: ["nog-niet"] },
    path: ["acuut-gevaar", "wettelijke-grond", "toestemming", "kinderen", "wie-geeft-toestemming", "overleg", "verslag"],
  },
  {
    source: "000 §1.2 'Regel één: doe het nooit alleen' (overleg needs an answer)",
    answers: { acuut: "nee", grond: "ots", besluit: "alles", overleg: [] },
    path: ["acuut-gevaar", "wettelijke-grond", "besluit", "overleg"],
  },
];

describe("weighingPath: the order of the sources", () => {
  it.each(paths)("$source", ({ answers, path }) => {
    expect(weighingPath(answers)).toEqual(path);
    expect(currentStep(answers)).toBe(path.at(-1));
  });

  it("ignores answers of a branch the professional left (acute danger after all)", () => {
    const answers: WeighingAnswers = { acuut: "ja", grond: "geen", vragen: "ja" };
    expect(weighingPath(answers)).toEqual(["acuut-gevaar", "handel-nu", "verslag"]);
    expect(answersOnPath(answers)).toEqual({ acuut: "ja" });
  });

  it("gives the step before for the back link, and none off the path", () => {
    const answers: WeighingAnswers = { acuut: "nee", grond: "geen", vragen: "gevaar" };
    expect(stepBefore("vijf-vragen", answers)).toBe("toestemming");
    expect(stepBefore("acuut-gevaar", answers)).toBeNull();
    expect(stepBefore("leeftijd", answers)).toBeNull();
  });

  it("writes the answers as query pairs: repeated multi codes, 'geen' for no Leenen criterion", () => {
    expect(answersToQuery({ acuut: "nee", leenen: [], overleg: ["collega", "privacy"] })).toEqual([
      ["acuut", "nee"],
      ["leenen", "geen"],
      ["overleg", "collega"],
      ["overleg", "privacy"],
    ]);
  });
});

// The consent tree of 000 §5.3 over Tabel 1 (000 §1.2): every leaf.
const consentRows: ReadonlyArray<{ source: string; answers: WeighingAnswers; givers: ConsentGiver[]; first: WeighingStatementId }> = [
  { source: "000 §5.3 'zijn er kinderen' → nee; 002 'Toestemming van de cliënt'", answers: { kinderen: "nee" }, givers: ["client"], first: "weighing.consent.no-children" },
  { source: "000 Tabel 1 'Tot 12 jaar' + beide ouders met gezag", answers: { kinderen: "ja", leeftijd: "onder-12", gezag: "beide" }, givers: ["both-parents"], first: "weighing.consent.under-12" },
  { source: "000 Tabel 1 'Tot 12 jaar' + één ouder met gezag", answers: { kinderen: "ja", leeftijd: "onder-12", gezag: "een" }, givers: ["one-parent"], first: "weighing.consent.under-12" },
  { source: "000 Tabel 1 'Tot 12 jaar' + voogd", answers: { kinderen: "ja", leeftijd: "onder-12", gezag: "voogd" }, givers: ["guardian"], first: "weighing.consent.under-12" },
  { source: "000 Tabel 1 '12 tot 16 jaar' + beide ouders", answers: { kinderen: "ja", leeftijd: "12-16", gezag: "beide" }, givers: ["young-person", "both-parents"], first: "weighing.consent.12-to-16" },
  { source: "000 Tabel 1 '12 tot 16 jaar' + één ouder", answers: { kinderen: "ja", leeftijd: "12-16", gezag: "een" }, givers: ["young-person", "one-parent"], first: "weighing.consent.12-to-16" },
  { source: "000 Tabel 1 '12 tot 16 jaar' + voogd", answers: { kinderen: "ja", leeftijd: "12-16", gezag: "voogd" }, givers: ["young-person", "guardian"], first: "weighing.consent.12-to-16" },
  { source: "000 Tabel 1 'Vanaf 16 jaar' (wilsbekwaam)", answers: { kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "nee" }, givers: ["young-person"], first: "weighing.consent.16-plus" },
  { source: "000 Tabel 1 'Wilsonbekwaam' + beide ouders", answers: { kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "ja", gezag: "beide" }, givers: ["young-person", "both-parents"], first: "weighing.consent.incompetent" },
  { source: "000 Tabel 1 'Wilsonbekwaam' + voogd", answers: { kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "ja", gezag: "voogd" }, givers: ["young-person", "guardian"], first: "weighing.consent.incompetent" },
];

describe("consentVerdict: who must consent", () => {
  it.each(consentRows)("$source", ({ answers, givers, first }) => {
    const verdict = consentVerdict(answers);
    expect(verdict?.givers).toEqual(givers);
    expect(verdict?.statements[0]).toBe(first);
    // How to ask and record consent always follows (000 §1.2 bij Tabel 1; 002 'Toestemming').
    expect(verdict?.statements.at(-1)).toBe("weighing.consent.how");
  });

  it("says both parents must consent when both have gezag, with the 92% after divorce (000 §1.2 bij Tabel 1)", () => {
    expect(consentVerdict({ kinderen: "ja", leeftijd: "12-16", gezag: "beide" })?.statements).toContain("weighing.consent.both-parents");
  });

  it.each([
    [{}],
    [{ kinderen: "ja" }],
    [{ kinderen: "ja", leeftijd: "onder-12" }],
    [{ kinderen: "ja", leeftijd: "16-plus" }],
    [{ kinderen: "ja", leeftijd: "16-plus", wilsonbekwaam: "ja" }],
  ] as Array<[WeighingAnswers]>)("gives no verdict before its questions are answered: %j", (answers) => {
    expect(consentVerdict(answers)).toBeNull();
  });
});

describe("Leenen's criteria are cumulative (000 §1.2)", () => {
  it.each([
    [undefined, false],
    [[], false],
    [ALL_LEENEN.slice(0, 5), false],
    [[...ALL_LEENEN], true],
  ] as Array<[readonly string[] | undefined, boolean]>)("%j → %s", (met, all) => {
    expect(leenenAllMet(met)).toBe(all);
  });

  it("shows the 'not all met' verdict unless all six are ticked", () => {
    expect(verdictFor("leenen", { leenen: ["schade"] })).toContain("weighing.leenen.not-all-met");
    expect(verdictFor("leenen", { leenen: [...ALL_LEENEN] })).not.toContain("weighing.leenen.not-all-met");
  });
});

describe("verdicts", () => {
  it.each([
    ["001 NB: OTS → verplicht voor zover nodig", "wettelijke-grond", { grond: "ots" }, "weighing.ground.ots"],
    ["002: verzoek Veilig Thuis", "wettelijke-grond", { grond: "verzoek-vt" }, "weighing.ground.request-vt"],
    ["002: verzoek Raad", "wettelijke-grond", { grond: "verzoek-raad" }, "weighing.ground.request-raad"],
    ["000 §1.2 Ad. a: meldrecht", "wettelijke-grond", { grond: "melden" }, "weighing.ground.meldrecht"],
    ["001 variant 2: not asked because of danger", "toestemming", { vragen: "gevaar" }, "weighing.necessity.not-asked"],
    ["001 variant 1: refused", "wie-geeft-toestemming", { kinderen: "nee", antwoord: "geweigerd" }, "weighing.necessity.refused"],
    ["000 §5.3 step 5: all", "besluit", { besluit: "alles" }, "weighing.decision.all"],
    ["000 §5.3 step 5: part", "besluit", { besluit: "deel" }, "weighing.decision.part"],
    ["000 §5.3 step 5: nothing", "besluit", { besluit: "niets" }, "weighing.decision.nothing"],
    ["000 §1.2: acute danger → privacy no obstacle", "handel-nu", { acuut: "ja" }, "weighing.acute.privacy-no-obstacle"],
  ] as Array<[string, WeighingStep, WeighingAnswers, WeighingStatementId]>)("%s", (_source, step, answers, statement) => {
    expect(verdictFor(step, answers)).toContain(statement);
  });

  it("names only statements that exist, on every step", () => {
    const ids = new Set<string>(WEIGHING_STATEMENTS.map((s) => s.id));
    for (const content of Object.values(STEP_CONTENT)) {
      for (const id of content.statements) expect(ids.has(id)).toBe(true);
    }
  });
});
