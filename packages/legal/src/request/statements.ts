/*
 * "Informatieverzoek opstellen" (issue 13, part C): every legal sentence the request builder and
 * the answerer's checklist show, each with its source, section and a literal quote
 * (statements.test.ts checks each quote against the seed text). The toolKID (001) describes
 * requests by jeugdhulp in the Heerlen region; the Model samenwerkingsafspraken (003) clauses 5–7
 * were written for AMK, Bureau Jeugdzorg and the Raad (since 2015: Veilig Thuis and the
 * Gecertificeerde Instellingen). The texts say so where it matters.
 */
import type { LegalStatement, SourceRef } from "../sources.ts";

const REQUEST_AGREEMENTS = "“Hoe kan informatie worden opgevraagd?”, Afspraken bij een informatieverzoek van de jeugdhulp";
const AFTER_REQUEST = "“Hoe kan informatie worden opgevraagd?”, Algemene handelingsrichtlijnen na een informatieverzoek";
const REFUSED = "“Geen toestemming ouder, en dan …?”, 1. Ouder wordt gevraagd om toestemming en deze wordt niet gegeven";
const NOT_ASKED = "“Geen toestemming ouder, en dan …?”, 2. Ouder wordt niet gevraagd om toestemming i.v.m. ernstig gevaar";
const CAREFUL = "“Welke informatie …?”, Tot een zorgvuldige informatieverstrekking behoort";
const MODEL_5 = "Bepaling 5. Opvragen van informatie door AMK, Bureau Jeugdzorg en Raad";
const MODEL_6 = "Bepaling 6. Het verstrekken van informatie door de zorgverlener";
const MODEL_7 = "Bepaling 7. Dossiervorming";

function from001(section: string, quote: string): SourceRef {
  return { source: "001", section, quote };
}
function from003(section: string, quote: string): SourceRef {
  return { source: "003", section, quote };
}

/** The ids, so pages and the text builder name statements without typos. */
export type RequestStatementId =
  | "request.in-writing"
  | "request.severity-and-reason"
  | "request.consent-status"
  | "request.consent-given"
  | "request.refused.justify"
  | "request.refused.serious-harm"
  | "request.refused.only-source"
  | "request.refused.prevents-harm"
  | "request.refused.specific"
  | "request.refused.say-so"
  | "request.refused.tell-parent"
  | "request.not-asked.when"
  | "request.not-asked.say-why"
  | "request.specific-questions"
  | "request.answer-date.five-days"
  | "request.answer-date.agreement"
  | "answer.facts-not-interpretations"
  | "answer.own-observations"
  | "answer.confirm-and-refute"
  | "answer.targeted"
  | "answer.leave-judgement"
  | "answer.care-criteria"
  | "answer.feedback-to-parent"
  | "answer.not-asked.parent-not-told"
  | "answer.refused.internal-consultation"
  | "answer.record-in-dossier"
  | "answer.record.items";

interface RequestStatement extends LegalStatement {
  id: RequestStatementId;
}

export const REQUEST_STATEMENTS: readonly RequestStatement[] = [
  {
    id: "request.in-writing",
    text: "Bel eerst. Dien het verzoek daarna altijd schriftelijk in, per e-mail alleen als die beveiligd is.",
    sources: [
      from001(
        REQUEST_AGREEMENTS,
        "Dien de aanvraag altijd schriftelijk in (per mail indien beveiligd), nadat er eerst telefonisch contact is geweest.",
      ),
    ],
  },
  {
    id: "request.severity-and-reason",
    text: "Vermeld altijd de ernst en de reden van het verzoek. Daaraan ligt een (redelijk vermoeden van) kindermishandeling of huiselijk geweld ten grondslag, of twijfel over het welzijn van het kind.",
    sources: [
      from001(
        REQUEST_AGREEMENTS,
        "Vermeld bij de aanvraag altijd de ernst en reden van het informatieverzoek, waaraan (een redelijk vermoeden van) kindermishandeling/huiselijk geweld ten grondslag moet liggen c.q. twijfel over het welzijn van het kind.",
      ),
    ],
  },
  {
    id: "request.consent-status",
    text: "Geef aan of er toestemming is gevraagd en verkregen van de ouder en/of de jongere ouder dan 12 jaar.",
    sources: [from001(REQUEST_AGREEMENTS, "Geef bij het verzoek aan of er toestemming is gevraagd en verkregen van ouder en/of jongere ouder dan 12 jaar.")],
  },
  {
    id: "request.consent-given",
    text: "Is er toestemming gegeven, voeg dan de schriftelijke toestemmingsverklaring bij.",
    sources: [from001(REQUEST_AGREEMENTS, "Is toestemming verleend, voeg dan de schriftelijke toestemmingsverklaring bij.")],
  },
  {
    id: "request.refused.justify",
    text: "Geeft de ouder geen toestemming, licht dan in het verzoek vier dingen toe:",
    sources: [from001(REFUSED, "Hanteer bij het vragen van informatie de volgende uitgangspunten, wanneer ouder geen toestemming geeft:")],
  },
  {
    id: "request.refused.serious-harm",
    text: "dat er kans op ernstige schade ontstaat als u niet over de gevraagde informatie kunt beschikken;",
    sources: [
      from001(
        REFUSED,
        "Geef een toelichting waaruit blijkt dat indien de vrager niet kan beschikken over de gevraagde informatie, er kans op ernstige schade ontstaat",
      ),
    ],
  },
  {
    id: "request.refused.only-source",
    text: "dat de behandelaar de enige is die de gevraagde informatie kan geven;",
    sources: [from001(REFUSED, "Geef een toelichting waaruit blijkt dat de behandelaar de enige is die de gevraagde informatie kan verschaffen")],
  },
  {
    id: "request.refused.prevents-harm",
    text: "dat met de gevraagde informatie schade aan het kind voorkomen kan worden;",
    sources: [from001(REFUSED, "Geef een toelichting waaruit blijkt dat met de gevraagde informatie schade aan het kind voorkomen kan worden")],
  },
  {
    id: "request.refused.specific",
    text: "dat u heel specifieke informatie vraagt, bijvoorbeeld over de specifieke situatie van het kind of de kinderen.",
    sources: [
      from001(
        REFUSED,
        "Geef een toelichting waaruit blijkt dat er heel specifieke informatie wordt gevraagd, bijvoorbeeld in relatie tot de specifieke situatie van het kind/de kinderen",
      ),
    ],
  },
  {
    id: "request.refused.say-so",
    text: "Vermeld in het verzoek dat de ouder geen toestemming heeft gegeven, en waarom overleg toch noodzakelijk is.",
    sources: [
      from001(REFUSED, "Vermeld bij het verzoek dat er geen toestemming is verleend door de ouder."),
      from001(REFUSED, "Geef aan waarom het toch noodzakelijk is overleg te voeren."),
    ],
  },
  {
    id: "request.refused.tell-parent",
    text: "Vertel de ouder bij het eerstvolgende contact dat u contact hebt gehad met de zorgverlener.",
    sources: [from001(REFUSED, "Meld in het eerstvolgende clientcontact dat er contact met de zorgverlener is geweest.")],
  },
  {
    id: "request.not-asked.when",
    text: "Toestemming niet vragen mag alleen als vragen acuut grote risico’s geeft voor de ouder, de professional of het kind: bij een zeer ernstige situatie of een zeer ernstig vermoeden van kindermishandeling of huiselijk geweld.",
    sources: [
      from001(
        NOT_ASKED,
        "Deze werkwijze wordt alleen toegepast in het geval van een zeer ernstige situatie of een zeer ernstig vermoeden van kindermishandeling of huiselijk geweld.",
      ),
    ],
  },
  {
    id: "request.not-asked.say-why",
    text: "Vermeld in het verzoek dat er geen toestemming is gevraagd, en waarom het noodzakelijk is zonder toestemming te overleggen.",
    sources: [
      from001(NOT_ASKED, "Geef bij het informatieverzoek aan dat er geen toestemming is gevraagd."),
      from001(NOT_ASKED, "Geef aan waarom het noodzakelijk is om zonder toestemming te overleggen."),
    ],
  },
  {
    id: "request.specific-questions",
    text: "Zeg waarom u de informatie nodig hebt en om welk soort informatie het gaat, en stel gerichte vragen over feiten: het begin van en de aanleiding voor de hulp, de voortgang en zo nodig de diagnose. Het Model schrijft dit voor aan AMK (nu Veilig Thuis), Bureau Jeugdzorg en de Raad; het is ook voor andere vragers een goede maat.",
    sources: [
      from003(MODEL_5, "waarom de informatie nodig is en om welk type informatie het gaat"),
      from003(MODEL_5, "stel de informant gerichte vragen over feiten, zoals het begin van en de aanleiding voor de geboden hulp, de voortgang ervan en zo nodig de diagnose"),
    ],
  },
  {
    id: "request.answer-date.five-days",
    text: "Uitgangspunt is dat de informatie zo snel mogelijk komt, redelijkerwijs binnen vijf werkdagen.",
    sources: [
      from001(AFTER_REQUEST, "Uitgangspunt is dat de hulpverlener zo spoedig mogelijk de benodigde informatie verstrekt, redelijkerwijs binnen vijf werkdagen"),
    ],
  },
  {
    id: "request.answer-date.agreement",
    text: "Hebben uw organisaties in hun samenwerkingsafspraak een reactietermijn vastgelegd, dan geldt die termijn. Overleg in het eerste contact binnen welke termijn antwoord mogelijk is.",
    sources: [from003(MODEL_5, "overleg met de informant of de informatie schriftelijk of mondeling wordt gegeven en binnen welke termijn dit mogelijk is")],
  },
  {
    id: "answer.facts-not-interpretations",
    text: "Geef altijd feitelijke informatie, geen eigen interpretaties.",
    sources: [from001(AFTER_REQUEST, "De hulpverlener verstrekt altijd feitelijke informatie, geen eigen interpretaties")],
  },
  {
    id: "answer.own-observations",
    text: "Beschrijf bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen. Noem de bron als u ook geeft wat anderen hebben waargenomen.",
    sources: [
      from003(MODEL_6, "Verstrek bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen"),
      from001(CAREFUL, "de bron vermeldt als hij meent dat het noodzakelijk is om ook feiten, gedragingen en symptomen te verstrekken die door anderen zijn waargenomen of vastgesteld"),
    ],
  },
  {
    id: "answer.confirm-and-refute",
    text: "Wees volledig: noem zowel de feiten die het vermoeden bevestigen als de feiten die het ontkrachten.",
    sources: [from003(MODEL_6, "zowel feiten noemt die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten")],
  },
  {
    id: "answer.targeted",
    text: "Geef gericht antwoord op de feitelijke vragen die u worden gesteld.",
    sources: [from003(MODEL_6, "Geef gericht antwoord op feitelijke vragen die u over de hulp aan uw cliënt worden gesteld")],
  },
  {
    id: "answer.leave-judgement",
    text: "Laat het oordeel over de geschiktheid van de ouders om het kind op te voeden, en over de noodzaak van een kinderbeschermingsmaatregel, over aan de bevoegde instanties: Veilig Thuis (vroeger AMK), de Gecertificeerde Instelling (vroeger Bureau Jeugdzorg) of de Raad voor de Kinderbescherming.",
    sources: [
      from001(
        CAREFUL,
        "het oordeel over de geschiktheid van ouders om een kind te verzorgen en op te voeden en over de noodzaak van (de verlenging van) een kinderbeschermingsmaatregel over laat aan de bevoegde instanties",
      ),
      from003(MODEL_6, "Laat het oordeel over de geschiktheid van uw cliënt om als ouder een kind op te voeden"),
    ],
  },
  {
    id: "answer.care-criteria",
    text: "Houd bij het geven van informatie altijd rekening met doelmatigheid, noodzakelijkheid, proportionaliteit en subsidiariteit.",
    sources: [
      from001(
        CAREFUL,
        "Te allen tijde worden de zorgvuldigheidscriteria: doelmatigheid, noodzakelijkheid, proportionaliteit, subsidiariteit in acht genomen bij het verstrekken van informatie.",
      ),
    ],
  },
  {
    id: "answer.feedback-to-parent",
    text: "Vertel de ouder bij het eerstvolgende contact dat u informatie hebt gegeven.",
    sources: [from001(AFTER_REQUEST, "De hulpverlener zorgt voor terugkoppeling aan ouder in het eerstvolgende contact")],
  },
  {
    id: "answer.not-asked.parent-not-told",
    text: "Is er geen toestemming gevraagd wegens ernstig gevaar, dan hoort de ouder in dit stadium nog niet van het contact. U informeert de ouder pas na overleg met de vrager, als u beiden inschat dat dat geen risico’s meer geeft.",
    sources: [
      from001(NOT_ASKED, "De ouder wordt in dit stadium niet van het contact op de hoogte gesteld."),
      from001(NOT_ASKED, "De zorgverlener informeert de ouder, na overleg met de aanvrager"),
    ],
  },
  {
    id: "answer.refused.internal-consultation",
    text: "Heeft de ouder geen toestemming gegeven, overleg dan met de ouder en daarna intern voordat u besluit wel of geen informatie te geven. Bij twijfel kunt u afstemmen met een directeur zorg, de geneesheer-directeur of een juridisch adviseur.",
    sources: [
      from001(REFUSED, "De zorgverlener overlegt met de ouder en geeft wel of geen gevolg aan het informatieverzoek."),
      from001(REFUSED, "Bij twijfel kan de zorgverlener afstemmen met een directeur zorg, de geneesheer-directeur of juridisch adviseur."),
    ],
  },
  {
    id: "answer.record-in-dossier",
    text: "Leg het contact en de gegeven informatie vast in het dossier, met de motivering waarom u wel of geen informatie gaf. Is er (nog) niet met de ouder over gesproken, vermeld dat dan.",
    sources: [
      from001(REFUSED, "De zorgverlener vermeldt het contact en de verstrekte informatie in het ouderdossier, met motivatie voor het wel/niet verstrekken van informatie."),
      from001(NOT_ASKED, "vermeldt daarbij dat dit nog niet is besproken met ouder"),
    ],
  },
  {
    id: "answer.record.items",
    text: "Als informant legt u in uw dossier vast: de inhoud van de informatie die u gaf; de feiten en omstandigheden die daartoe aanleiding gaven; of de cliënt op de hoogte is en toestemming gaf; zo niet, waarom u toch informatie gaf; de contacten die er daarna met anderen waren; en het vervolg, voor zover u daarover bent geïnformeerd.",
    sources: [
      from003(MODEL_7, "Als melder of informant legt u vast in uw dossier:"),
      from003(MODEL_7, "als de cliënt niet op de hoogte is gesteld of geen toestemming heeft gegeven, waarom toch is besloten om een melding te doen of om informatie te verstrekken"),
    ],
  },
];

const byId = new Map<string, RequestStatement>(REQUEST_STATEMENTS.map((s) => [s.id, s]));

/** One statement by id (the ids are a closed union, so this never misses at run time). */
export function requestStatement(id: RequestStatementId): LegalStatement {
  const statement = byId.get(id);
  if (!statement) throw new Error(`Unknown request statement: ${id}`);
  return statement;
}

/** The request rules, per consent status, in the order 001 gives them. */
export const REQUEST_RULES = {
  always: ["request.in-writing", "request.severity-and-reason", "request.consent-status", "request.specific-questions"],
  GIVEN: ["request.consent-given"],
  REFUSED: [
    "request.refused.justify",
    "request.refused.serious-harm",
    "request.refused.only-source",
    "request.refused.prevents-harm",
    "request.refused.specific",
    "request.refused.say-so",
    "request.refused.tell-parent",
  ],
  NOT_ASKED: ["request.not-asked.when", "request.not-asked.say-why"],
} as const satisfies Record<string, readonly RequestStatementId[]>;

/** The checklist for the one who answers (001 handelingsrichtlijnen, Model clauses 6 and 7). */
export const ANSWER_CHECKLIST: readonly RequestStatementId[] = [
  "answer.facts-not-interpretations",
  "answer.own-observations",
  "answer.confirm-and-refute",
  "answer.targeted",
  "answer.leave-judgement",
  "answer.care-criteria",
  "request.answer-date.five-days",
  "answer.feedback-to-parent",
  "answer.not-asked.parent-not-told",
  "answer.refused.internal-consultation",
  "answer.record-in-dossier",
  "answer.record.items",
];
