/*
 * The text of an information request (toolKID 001, "Hoe kan informatie worden opgevraagd?"),
 * composed in the browser from what the professional chose and typed. Pure: no I/O, nothing is
 * sent anywhere. Names never belong in it: the text carries placeholders such as "[naam kind]"
 * that the professional fills in their own secure e-mail, not in the portal.
 */

export const CONSENT_STATUSES = ["GIVEN", "REFUSED", "NOT_ASKED"] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const REQUEST_REASONS = ["SUSPICION", "WELLBEING_DOUBT"] as const;
export type RequestReason = (typeof REQUEST_REASONS)[number];

export interface RequestDraft {
  reason: RequestReason | "";
  /** How serious, in the professional's words (001: "de ernst en reden"). */
  severity: string;
  consent: ConsentStatus | "";
  /** REFUSED: the four justifications of 001, one text each. */
  seriousHarm: string;
  onlySource: string;
  preventsHarm: string;
  specific: string;
  /** REFUSED and NOT_ASKED: why consulting without consent is necessary. */
  whyWithoutConsent: string;
  /** Exactly which information is needed: one question per line. */
  questions: string;
}

export interface AnswerDate {
  /** "YYYY-MM-DD". */
  day: string;
  workingDays: number;
  /** "AGREEMENT": the reactietermijn of an agreement between the two; "DEFAULT": 001's five working days. */
  source: "AGREEMENT" | "DEFAULT";
  agreementTitle?: string;
}

export const EMPTY_DRAFT: RequestDraft = {
  reason: "",
  severity: "",
  consent: "",
  seriousHarm: "",
  onlySource: "",
  preventsHarm: "",
  specific: "",
  whyWithoutConsent: "",
  questions: "",
};

/** Placeholders the professional replaces outside the portal. */
export const PLACEHOLDERS = {
  recipient: "[naam ontvanger]",
  recipientOrganisation: "[organisatie ontvanger]",
  callDate: "[datum telefonisch contact]",
  child: "[naam kind]",
  birthDate: "[geboortedatum kind]",
  parents: "[naam ouder(s)]",
  sender: "[uw naam]",
  senderFunction: "[uw functie]",
  senderOrganisation: "[uw organisatie]",
  senderPhone: "[uw telefoonnummer]",
} as const;

const REASON_TEXT: Record<RequestReason, string> = {
  SUSPICION: "Aan dit verzoek ligt een redelijk vermoeden van kindermishandeling of huiselijk geweld ten grondslag.",
  WELLBEING_DOUBT: "Aan dit verzoek ligt twijfel over het welzijn van het kind ten grondslag.",
};

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

/** "2026-03-13" → "vrijdag 13 maart 2026" (no Intl: the same in every browser and on the server). */
export function dutchLongDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function filled(value: string, placeholder: string): string {
  const text = value.trim();
  return text === "" ? placeholder : text;
}

/** One question per non-empty line, numbered. */
function questionList(questions: string): string[] {
  const lines = questions
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return ["1. [vul in: welke feitelijke informatie u precies nodig hebt]"];
  return lines.map((line, index) => `${index + 1}. ${line}`);
}

function consentParagraphs(draft: RequestDraft): string[] {
  switch (draft.consent) {
    case "GIVEN":
      return [
        "Toestemming: de ouder(s) en/of de jongere ouder dan 12 jaar hebben toestemming gegeven voor deze informatie-uitwisseling. De schriftelijke toestemmingsverklaring is bijgevoegd.",
      ];
    case "REFUSED":
      return [
        "Toestemming: ik heb de ouder(s) om toestemming gevraagd; die is niet gegeven. Toch vraag ik u om deze informatie, om de volgende redenen:",
        [
          `- Kans op ernstige schade als ik niet over de informatie beschik: ${filled(draft.seriousHarm, "[vul in]")}`,
          `- Waarom u de enige bent die deze informatie kan geven: ${filled(draft.onlySource, "[vul in]")}`,
          `- Hoe de informatie schade aan het kind kan voorkomen: ${filled(draft.preventsHarm, "[vul in]")}`,
          `- Welke specifieke informatie ik vraag, in relatie tot de situatie van het kind: ${filled(draft.specific, "[vul in]")}`,
        ].join("\n"),
        `Waarom overleg toch noodzakelijk is: ${filled(draft.whyWithoutConsent, "[vul in]")}`,
        "Ik meld de ouder(s) bij het eerstvolgende contact dat ik contact met u heb gehad.",
      ];
    case "NOT_ASKED":
      return [
        "Toestemming: ik heb de ouder(s) niet om toestemming gevraagd, omdat vragen acuut grote risico’s zou geven voor de ouder, de professional of het kind.",
        `Waarom het noodzakelijk is zonder toestemming te overleggen: ${filled(draft.whyWithoutConsent, "[vul in]")}`,
        "Wilt u de ouder(s) in dit stadium niet van dit contact op de hoogte stellen? Wij overleggen samen wanneer dat zonder risico kan.",
      ];
    default:
      return ["Toestemming: [kies of er toestemming is gegeven, geweigerd of niet gevraagd]"];
  }
}

/**
 * The request text, ready to paste into a secure e-mail. Each paragraph follows a statement in
 * REQUEST_STATEMENTS, which the page shows with its source beside the text: the phone call first
 * ("request.in-writing"), severity and reason ("request.severity-and-reason"), the consent status
 * ("request.consent-given", "request.refused.*", "request.not-asked.*"), specific factual questions
 * ("request.specific-questions"), facts that confirm and refute without a judgement
 * ("answer.confirm-and-refute", "answer.leave-judgement") and the answer date
 * ("request.answer-date.*").
 */
export function buildRequestText(draft: RequestDraft, answerDate: AnswerDate | null): string {
  const due = answerDate
    ? answerDate.source === "AGREEMENT"
      ? `Graag ontvang ik uw antwoord uiterlijk ${dutchLongDate(answerDate.day)}: de reactietermijn van ${answerDate.workingDays} werkdagen uit onze afspraak${answerDate.agreementTitle ? ` “${answerDate.agreementTitle}”` : ""}.`
      : `Graag ontvang ik uw antwoord zo spoedig mogelijk, uiterlijk ${dutchLongDate(answerDate.day)} (${answerDate.workingDays} werkdagen).`
    : "Graag ontvang ik uw antwoord zo spoedig mogelijk, redelijkerwijs binnen vijf werkdagen.";
  const paragraphs = [
    `Beste ${PLACEHOLDERS.recipient},`,
    `Naar aanleiding van ons telefonisch contact op ${PLACEHOLDERS.callDate} vraag ik u schriftelijk om informatie over ${PLACEHOLDERS.child} (geboren ${PLACEHOLDERS.birthDate}), kind van ${PLACEHOLDERS.parents}.`,
    `Reden en ernst: ${draft.reason ? REASON_TEXT[draft.reason] : "[kies de reden: een redelijk vermoeden van kindermishandeling of huiselijk geweld, of twijfel over het welzijn van het kind]"} ${filled(draft.severity, "[vul in: hoe ernstig de situatie is]")}`,
    ...consentParagraphs(draft),
    ["Ik vraag u om feitelijke informatie over het volgende:", ...questionList(draft.questions)].join("\n"),
    "Wilt u feiten, gedragingen en symptomen beschrijven die u zelf hebt waargenomen, zowel wat de zorg bevestigt als wat die ontkracht? Het oordeel over de situatie hoeft u niet te geven.",
    due,
    ["Met vriendelijke groet,", PLACEHOLDERS.sender, PLACEHOLDERS.senderFunction, PLACEHOLDERS.senderOrganisation, PLACEHOLDERS.senderPhone].join("\n"),
  ];
  return `${paragraphs.join("\n\n")}\n`;
}

/** The file name for the download, with the date only (never a name). */
export function requestFileName(today: string): string {
  return `informatieverzoek-${today}.txt`;
}
