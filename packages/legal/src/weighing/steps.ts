import { consentVerdict, leenenAllMet } from "./consent.ts";
import type { WeighingAnswers, WeighingStep } from "./flow.ts";
import type { WeighingStatementId } from "./statements.ts";

/*
 * What each step of the weighing aid asks and shows: the question, its options (choice codes
 * from WEIGHING_OPTIONS with Dutch labels), the statements on the page and the free-text fields.
 * The free-text fields never leave the browser (docs/mag-ik-delen.md, "Afwegen"): these are
 * only their labels and storage keys.
 */

export interface StepOption {
  code: string;
  label: string;
  hint?: string;
}

export interface NoteField {
  /** Storage key in the browser's sessionStorage (never sent). */
  key: string;
  label: string;
  hint?: string;
}

export interface StepContent {
  /** The page title; for a question step the question itself (GOV.UK: the legend is the heading). */
  title: string;
  /** Short title in the record and the step list. */
  short: string;
  hint?: string;
  options?: readonly StepOption[];
  /** Checkboxes instead of radios. */
  multiple?: boolean;
  /** Statements shown on the page above the question. */
  statements: readonly WeighingStatementId[];
  /** Behind a "Andere formulering" disclosure. */
  alternative?: WeighingStatementId;
  notes?: readonly NoteField[];
}

const leenenOptions: StepOption[] = [
  { code: "toestemming", label: "Toestemmingsvereiste: alles is in het werk gesteld om toestemming te krijgen." },
  { code: "schade", label: "Schadevereiste: niet doorbreken levert naar alle waarschijnlijkheid ernstige schade op." },
  { code: "conflict", label: "Conflict van plichten: het handhaven van de zwijgplicht brengt mij in gewetensnood." },
  { code: "subsidiariteit", label: "Subsidiariteit: er is geen andere weg dan het beroepsgeheim doorbreken." },
  { code: "doelmatigheid", label: "Doelmatigheid: het is vrijwel zeker dat doorbreken de schade kan voorkomen." },
  { code: "proportionaliteit", label: "Proportionaliteit: het geheim wordt zo min mogelijk geschonden." },
];

export const STEP_CONTENT: Readonly<Record<WeighingStep, StepContent>> = {
  "acuut-gevaar": {
    title: "Is er acuut gevaar voor het leven of de veiligheid van het kind?",
    short: "Acuut gevaar",
    hint: "Bijvoorbeeld: het kind is nu niet veilig, of er dreigt nu ernstig geweld.",
    options: [
      { code: "ja", label: "Ja, er is nu acuut gevaar" },
      { code: "nee", label: "Nee, geen acuut gevaar" },
    ],
    statements: ["weighing.order", "weighing.conflict-of-duties"],
  },
  "handel-nu": {
    title: "Handel nu",
    short: "Handelen bij acuut gevaar",
    statements: ["weighing.acute.privacy-no-obstacle", "weighing.acute.call", "weighing.consult.never-alone"],
    notes: [{ key: "handel-nu", label: "Wat heeft u gedaan, en wanneer?", hint: "Zonder namen. Bijvoorbeeld: 112 gebeld om 14.10 uur." }],
  },
  "wettelijke-grond": {
    title: "Is er een wettelijke plicht of een recht om informatie te geven?",
    short: "Wettelijke plicht of recht",
    hint: "Kies wat op uw situatie van toepassing is.",
    options: [
      { code: "ots", label: "Er is een ondertoezichtstelling (OTS) en de gezinsvoogd vraagt informatie" },
      { code: "verzoek-vt", label: "Veilig Thuis vraagt mij om informatie voor een onderzoek" },
      { code: "verzoek-raad", label: "De Raad voor de Kinderbescherming vraagt mij om informatie" },
      { code: "melden", label: "Ik overweeg een melding bij Veilig Thuis" },
      { code: "geen", label: "Geen van deze: ik wil informatie delen met of vragen aan een andere professional" },
    ],
    statements: [],
    notes: [{ key: "wettelijke-grond", label: "Toelichting (optioneel)", hint: "Zonder namen." }],
  },
  toestemming: {
    title: "Kunt u de ouder of de jongere om toestemming vragen?",
    short: "Toestemming vragen",
    options: [
      { code: "ja", label: "Ja, ik kan toestemming vragen (of heb dat al gedaan)" },
      { code: "gevaar", label: "Nee: de vraag zelf geeft acuut groot gevaar voor de ouder, mij of het kind" },
    ],
    statements: ["weighing.consent.transparency", "weighing.consent.danger"],
    notes: [{ key: "toestemming", label: "Als u geen toestemming kunt vragen: waarom niet?", hint: "Zonder namen." }],
  },
  kinderen: {
    title: "Gaat het om een minderjarig kind in het gezin?",
    short: "Kinderen in het gezin",
    hint: "De eerste van vier vragen om te bepalen wie toestemming moet geven. Zijn er meer kinderen, loop de vragen dan per kind door.",
    options: [
      { code: "ja", label: "Ja" },
      { code: "nee", label: "Nee, het gaat alleen om mijn (volwassen) cliënt" },
    ],
    statements: ["weighing.consent.tree"],
  },
  leeftijd: {
    title: "Hoe oud is het kind?",
    short: "Leeftijd van het kind",
    options: [
      { code: "onder-12", label: "Jonger dan 12 jaar" },
      { code: "12-16", label: "12 tot 16 jaar" },
      { code: "16-plus", label: "16 jaar of ouder" },
    ],
    statements: [],
  },
  wilsonbekwaam: {
    title: "Is de jongere wilsonbekwaam?",
    short: "Wilsonbekwaam",
    hint: "Wilsonbekwaam: de jongere kan de gevolgen van de beslissing over het delen van informatie niet overzien.",
    options: [
      { code: "nee", label: "Nee" },
      { code: "ja", label: "Ja" },
    ],
    statements: [],
  },
  gezag: {
    title: "Wie heeft het gezag over het kind?",
    short: "Gezag",
    hint: "Let op: ook na een scheiding houden ouders meestal samen het gezag.",
    options: [
      { code: "beide", label: "Beide ouders" },
      { code: "een", label: "Eén ouder" },
      { code: "voogd", label: "Een voogd" },
    ],
    statements: [],
  },
  "wie-geeft-toestemming": {
    title: "Wat is het antwoord op uw vraag om toestemming?",
    short: "Toestemming",
    options: [
      { code: "gegeven", label: "Toestemming is gegeven" },
      { code: "geweigerd", label: "Toestemming is geweigerd" },
      { code: "nog-niet", label: "Ik heb het nog niet gevraagd" },
    ],
    statements: [],
    notes: [
      {
        key: "toestemming-inhoud",
        label: "Voor welke informatie, met wie en met welk doel geldt de toestemming? Op welke datum?",
        hint: "Of, als toestemming is geweigerd: welke pogingen deed u om toestemming te krijgen? Zonder namen.",
      },
    ],
  },
  "vijf-vragen": {
    title: "Is delen zonder toestemming noodzakelijk? De vijf vragen",
    short: "De vijf vragen",
    statements: ["weighing.necessity.five-questions"],
    alternative: "weighing.necessity.jansen",
    notes: [
      { key: "vraag-1", label: "1. Kan ik door te spreken zwaarwegende belangen van mijn cliënt behartigen?" },
      { key: "vraag-2", label: "2. Is er een andere mogelijkheid om ditzelfde doel te bereiken zonder dat ik mijn beroepsgeheim hoef te verbreken?" },
      {
        key: "vraag-3",
        label: "3. Waarom is het niet mogelijk om toestemming van de cliënt te vragen of te krijgen voor het bespreken van zijn situatie met iemand die hem kan helpen?",
      },
      {
        key: "vraag-4",
        label: "4. Zijn de belangen van de cliënt die ik wil dienen met mijn spreken zo zwaar dat deze naar mijn oordeel opwegen tegen de belangen die de cliënt heeft bij mijn zwijgen?",
      },
      {
        key: "vraag-5",
        label: "5. Als ik besluit om te spreken, aan wie moet ik dan welke informatie verstrekken, zodat het geweld of de mishandeling effectief kan worden aangepakt?",
      },
    ],
  },
  medisch: {
    title: "Werkt u in de medische beroepsgroep?",
    short: "Medische beroepsgroep",
    hint: "Bijvoorbeeld huisarts, kinderarts, jeugdarts, verpleegkundige of GGZ-behandelaar.",
    options: [
      { code: "ja", label: "Ja" },
      { code: "nee", label: "Nee" },
    ],
    statements: [],
  },
  leenen: {
    title: "Aan welke criteria van Leenen is voldaan?",
    short: "Criteria van Leenen",
    hint: "Vink aan waaraan is voldaan. Vink niets aan als aan geen enkel criterium is voldaan.",
    options: leenenOptions,
    multiple: true,
    statements: ["weighing.necessity.leenen"],
    notes: [{ key: "leenen", label: "Toelichting op de criteria", hint: "Zonder namen." }],
  },
  besluit: {
    title: "Wat besluit u?",
    short: "Besluit",
    options: [
      { code: "alles", label: "Ik verstrek de informatie" },
      { code: "deel", label: "Ik verstrek een deel van de informatie" },
      { code: "niets", label: "Ik verstrek geen informatie" },
    ],
    statements: ["weighing.decision.options"],
    notes: [
      { key: "besluit-wat", label: "Welke informatie verstrekt u (of niet), en waarom?", hint: "Zonder namen." },
      { key: "besluit-wie", label: "Aan wie (welke organisatie of functie)?", hint: "Zonder namen van personen." },
    ],
  },
  overleg: {
    title: "Met wie heeft u overlegd?",
    short: "Overleg",
    hint: "Vink aan met wie u overlegde of nog overlegt.",
    options: [
      { code: "collega", label: "Een collega of mijn leidinggevende" },
      { code: "aandachtsfunctionaris", label: "De aandachtsfunctionaris kindermishandeling van mijn organisatie" },
      { code: "privacy", label: "De privacy officer of jurist van mijn organisatie" },
      { code: "veilig-thuis", label: "Veilig Thuis (advies, eventueel anoniem)" },
      { code: "coordinator", label: "De gemeentelijke aandachtsfunctionaris (coördinator)" },
      { code: "nog-niet", label: "Nog met niemand" },
    ],
    multiple: true,
    statements: ["weighing.consult.never-alone", "weighing.consult.anonymous-advice", "weighing.consult.internal"],
    notes: [{ key: "overleg", label: "Wat kwam uit het overleg?", hint: "Zonder namen." }],
  },
  verslag: {
    title: "Verslag van uw afweging",
    short: "Verslag",
    statements: ["weighing.record.why"],
  },
};

/** What the chosen answer of `step` means: the statements shown after it and in the record. */
export function verdictFor(step: WeighingStep, a: WeighingAnswers): WeighingStatementId[] {
  switch (step) {
    case "handel-nu":
      return [...STEP_CONTENT["handel-nu"].statements];
    case "wettelijke-grond":
      switch (a.grond) {
        case "ots":
          return ["weighing.ground.ots"];
        case "verzoek-vt":
          return ["weighing.ground.request-vt"];
        case "verzoek-raad":
          return ["weighing.ground.request-raad"];
        case "melden":
          return ["weighing.ground.meldrecht"];
        case "geen":
          return ["weighing.ground.none"];
        default:
          return [];
      }
    case "toestemming":
      return a.vragen === "gevaar" ? ["weighing.consent.danger", "weighing.necessity.not-asked"] : a.vragen === "ja" ? ["weighing.consent.transparency"] : [];
    case "wie-geeft-toestemming": {
      const consent = consentVerdict(a)?.statements ?? [];
      if (a.antwoord === "geweigerd") return [...consent, "weighing.necessity.refused", "weighing.record.no-consent"];
      return consent;
    }
    case "vijf-vragen":
      return ["weighing.necessity.five-questions"];
    case "leenen":
      return leenenAllMet(a.leenen) ? ["weighing.necessity.leenen"] : ["weighing.necessity.leenen", "weighing.leenen.not-all-met"];
    case "besluit":
      return a.besluit === "alles"
        ? ["weighing.decision.all"]
        : a.besluit === "deel"
          ? ["weighing.decision.part"]
          : a.besluit === "niets"
            ? ["weighing.decision.nothing"]
            : [];
    case "overleg":
      return ["weighing.consult.never-alone"];
    default:
      return [];
  }
}

/** The label of the chosen answer(s) of a step, for the record; null for info steps. */
export function answerLabels(step: WeighingStep, codes: string | readonly string[] | undefined): string[] | null {
  const options = STEP_CONTENT[step].options;
  if (!options) return null;
  if (codes === undefined) return [];
  const list = typeof codes === "string" ? [codes] : codes;
  return list.map((code) => options.find((o) => o.code === code)?.label ?? code);
}
