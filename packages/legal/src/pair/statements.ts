import type { LegalStatement } from "../sources.ts";

/*
 * Every legal sentence the pair view ("Mag ik delen met …?", /mag-ik-delen) shows, each with the
 * source it rests on (seed number, section as the source names it, a short literal quote). The
 * page shows the sources beside the text. Wording stays close to the quotes; where the world moved
 * on since the source (AMK → Veilig Thuis, Wbp → AVG) `SOURCES[..].movedOn` says so.
 * Section names: 000 numbers its paragraphs (§1.2 holds the Considerati framework, Tabel 1 and
 * Tabel 2); 001 and 002 have headings only; 003 numbers its clauses (artikel 1a–7) and footnotes.
 */
export const PAIR_STATEMENTS = [
  // — Always first: acute danger, the conflict of duties, and never alone (issue 13: "niet zonder
  //   toestemming" is never shown without this exception).
  {
    id: "pair.acute-danger",
    text: "Eerst: is er acuut gevaar voor het leven of de veiligheid van het kind? Handel dan direct. Bij een evidente situatie van zeer ernstige kindermishandeling is privacy vaak geen issue.",
    sources: [
      { source: "000", section: "§1.2, afwegingskader van Considerati", quote: "Bestaat er acuut gevaar voor het leven of de veiligheid van het kind?" },
      {
        source: "000",
        section: "§1.2, Rol in de aanpak van kindermishandeling",
        quote: "Wanneer een professional geconfronteerd wordt met een evidente situatie van zeer ernstige kindermishandeling, dan is privacy vaak geen issue",
      },
    ],
  },
  {
    id: "pair.conflict-of-duties",
    text: "Ook zonder acuut gevaar kan het nodig zijn informatie te delen terwijl er (nog) geen toestemming is: dan is er een conflict van plichten. Het beroepsgeheim mag dan worden doorbroken, mits dat zorgvuldig gebeurt: niet „niet melden, tenzij”, maar „melden, mits”. Dat geldt ook voor professionals in het vrijwillig kader.",
    sources: [
      {
        source: "000",
        section: "§1.2, Basishouding professionals bij informatie-uitwisseling",
        quote: "Er zijn situaties waarin het voor de professional noodzakelijk is om informatie uit te wisselen, ook als er (nog) geen toestemming van de betrokkene(n) is. Er is dan een conflict van plichten.",
      },
      { source: "002", section: "Voorwoord", quote: "uit rechterlijke uitspraken blijkt dat het beroepsgeheim mag worden doorbroken, mits dit maar zorgvuldig gebeurt" },
      { source: "002", section: "Voorwoord", quote: "Het is dus niet: niet melden, tenzij, maar: melden, mits!" },
    ],
  },
  {
    id: "pair.never-alone",
    text: "Regel één: doe het nooit alleen. Bespreek uw twijfel met een collega, uw leidinggevende, de aandachtsfunctionaris kindermishandeling, of anoniem met Veilig Thuis.",
    sources: [
      { source: "000", section: "§1.2, Rol in de aanpak van kindermishandeling", quote: "Regel één: doe het nooit alleen!" },
      {
        source: "000",
        section: "§1.2, Rol in de aanpak van kindermishandeling",
        quote: "in samenspraak met een collega, leidinggevende, aandachtfunctionaris kindermishandeling of anoniem met Veilig Thuis",
      },
    ],
  },

  // — The verdicts for a pair (Tabel 2 and the text under it).
  {
    id: "pair.left-left",
    text: "Beide organisaties werken in het vrijwillig kader. Tussen zulke organisaties is uitwisseling van informatie zonder toestemming niet mogelijk: vraag toestemming. Dit geldt niet bij acuut gevaar of een conflict van plichten (zie hierboven).",
    sources: [{ source: "000", section: "§1.2, toelichting bij tabel 2", quote: "Informatie-uitwisseling zonder toestemming tussen instanties uit de linker kolom is niet mogelijk." }],
  },
  {
    id: "pair.left-right.on-request",
    text: "Vraag eerst toestemming. Zonder toestemming mag u informatie geven aan deze organisatie als zij erom vraagt en er een legitieme grondslag voor is. U maakt die afweging zelf en schrijft haar op in uw dossier.",
    sources: [
      {
        source: "000",
        section: "§1.2, toelichting bij tabel 2",
        quote: "Organisaties in het vrijwillige kader mogen zonder toestemming wel informatie verstrekken (op verzoek en wanneer hier een legitieme grondslag voor is)",
      },
      { source: "000", section: "§1.2, toelichting bij tabel 2", quote: "moet deze afweging vervolgens in zijn dossier noteren" },
    ],
  },
  {
    id: "pair.meldrecht-veilig-thuis",
    text: "U heeft meldrecht: maakt u zich zorgen over een kind en vermoedt u kindermishandeling, dan mag u dat melden bij Veilig Thuis, zo nodig zonder toestemming. Gebruik daarbij de stappen van de meldcode.",
    sources: [
      { source: "000", section: "§1.2, Ad a. Meldrecht Veilig Thuis", quote: "vermoedens heeft dat er sprake is van kindermishandeling hebben zij het recht om dit te melden bij Veilig Thuis" },
      {
        source: "002",
        section: "Geen toestemming van de cliënt",
        quote: "het recht om vermoedens van kindermishandeling, zonodig zonder toestemming, bij het Advies- en Meldpunt Kindermishandeling te melden",
      },
    ],
  },
  {
    id: "pair.veilig-thuis-request",
    text: "Vraagt Veilig Thuis u in het kader van een onderzoek om informatie over een kind, dan mag u die geven; volgens de wet is daarvoor geen toestemming nodig.",
    sources: [
      {
        source: "002",
        section: "Wat gebeurt er met een melding?",
        quote: "Iedereen heeft het recht om informatie over een kind te verstrekken als het AMK daar in het kader van een onderzoek om vraagt. Ook hiervoor is volgens de wet geen toestemming nodig.",
      },
    ],
  },
  {
    id: "pair.inform-raad",
    text: "U heeft het recht informatie te geven aan de Raad voor de Kinderbescherming, ook zonder toestemming, voor zover dat noodzakelijk is voor de taak van de Raad. U beslist zelf óf en welke informatie u geeft.",
    sources: [
      {
        source: "000",
        section: "§1.2, Ad b. Meldrecht Raad van Kinderbescherming",
        quote: "Professionals hebben het recht om informatie te verstrekken aan de Raad voor de Kinderbescherming voor zover dit noodzakelijk is voor de taakuitoefening van de Raad voor de Kinderbescherming.",
      },
      { source: "002", section: "Raad voor de Kinderbescherming", quote: "Iedere beroepskracht heeft het recht om, ook zonder toestemming van de cliënt, informatie te verstrekken aan de Raad." },
      { source: "002", section: "Raad voor de Kinderbescherming", quote: "U beslist zelf óf en welke informatie u verstrekt." },
    ],
  },
  {
    id: "pair.ots-duty",
    text: "Loopt er een ondertoezichtstelling (OTS), dan bent u verplicht informatie uit te wisselen met de gezinsvoogd, voor zover die informatie nodig is voor de uitvoering van de OTS — niet meer dan dat. Wees open naar de ouder over wat u deelt.",
    sources: [
      {
        source: "001",
        section: "Voordat je informatie gaat uitwisselen, NB",
        quote: "Wanneer er sprake is van een ondertoezichtstelling, dan is het verplicht informatie uit te wisselen met de gezinsvoogd voor zover deze informatie nodig is in de uitvoering van de ondertoezichtstelling.",
      },
      {
        source: "003",
        section: "voetnoot 4",
        quote: "Te zijner tijd zal een informatieplicht gaan gelden voor zorgverleners om de gezinsvoogd op zijn verzoek te informeren voor zover noodzakelijk voor de uitvoering van de ondertoezichtstelling.",
      },
      { source: "001", section: "Voordat je informatie gaat uitwisselen", quote: "Uitgangspunt is transparantie en openheid naar de ouder" },
    ],
  },
  {
    id: "pair.may-exchange",
    text: "Beide organisaties mogen zonder toestemming handelen als daar een legitieme grondslag voor is. Zulke organisaties mogen onderling gegevens uitwisselen.",
    sources: [
      { source: "000", section: "§1.2, Rol in de aanpak van kindermishandeling", quote: "wanneer er een legitieme grondslag voor is, een wettelijke bevoegdheid om ook zonder toestemming van betrokkenen informatie op te vragen of te verstrekken aan derden" },
      { source: "000", section: "§1.2, toelichting bij tabel 2", quote: "Instanties uit de rechter kolom kunnen wel onderling gegevens uitwisselen." },
    ],
  },
  {
    id: "pair.not-in-source",
    text: "Voor deze combinatie geeft tabel 2 geen regel; de opsomming in die tabel is niet volledig. Vraag toestemming. Twijfelt u, overleg dan binnen uw organisatie, bijvoorbeeld met een directeur zorg, de geneesheer-directeur of een juridisch adviseur.",
    sources: [
      { source: "000", section: "§1.2, tabel 2, voetnoot 3", quote: "Deze opsomming is niet volledig en geeft de richtlijnen aan." },
      { source: "001", section: "Geen toestemming ouder, en dan …?", quote: "Bij twijfel kan de zorgverlener afstemmen met een directeur zorg, de geneesheer-directeur of juridisch adviseur." },
    ],
  },
  {
    id: "pair.record-weighing",
    text: "Leg uw afweging en alle stappen die u zet vast in het dossier.",
    sources: [
      { source: "002", section: "Vastleggen van uw afweging", quote: "Leg daarom alle stappen die u zet rondom het doorbreken van uw zwijgen, vast in het cliëntendossier." },
      { source: "000", section: "§1.2, toelichting bij tabel 2", quote: "moet deze afweging vervolgens in zijn dossier noteren" },
    ],
  },
  {
    id: "pair.meldrecht-reminder",
    text: "Vermoedt u kindermishandeling? Uw organisatie werkt in het vrijwillig kader en heeft altijd meldrecht bij Veilig Thuis, ook als er nog geen toestemming is gevraagd of gekregen.",
    sources: [
      {
        source: "000",
        section: "§1.2, meldrechten",
        quote: "In de wet zijn meldrechten opgenomen die de beroepskracht uit het vrijwillig kader (linker kolom) de mogelijkheid geeft om toch informatie te verstrekken, ook als daarvoor nog geen toestemming is gevraagd of gekregen.",
      },
    ],
  },

  // — The conditions that split a verdict in two.
  {
    id: "pair.condition.order",
    text: "De Gecertificeerde Instelling mag alleen zonder toestemming handelen als er een kinderbeschermingsmaatregel (zoals een OTS) van kracht is.",
    sources: [
      { source: "000", section: "§1.2, tabel 2", quote: "Gecertificeerde Instelling (bij OTS)" },
      { source: "000", section: "§1.2, Rol in de aanpak van kindermishandeling", quote: "de Gecertificeerde Instelling (als er een maatregel van kracht is)" },
    ],
  },
  {
    id: "pair.condition.supervision",
    text: "De reclassering staat bij de organisaties die zonder toestemming mogen handelen alleen bij gedwongen toezicht en begeleiding.",
    sources: [{ source: "000", section: "§1.2, tabel 2", quote: "Reclassering (gedwongen toezicht & begeleiding)" }],
  },

  // — Who consents (Tabel 1).
  {
    id: "pair.consent.under-12",
    text: "Jonger dan 12 jaar: toestemming van de wettelijke vertegenwoordiger(s), dat zijn de ouders of de voogd met gezag.",
    sources: [
      { source: "000", section: "§1.2, tabel 1", quote: "Tot 12 jaar Toestemming vragen aan wettelijke vertegenwoordiger" },
      { source: "000", section: "§1.2, tabel 1", quote: "ouders of voogd die belast zijn met het gezag" },
    ],
  },
  {
    id: "pair.consent.12-to-16",
    text: "12 tot 16 jaar: toestemming van de jongere én de wettelijke vertegenwoordiger(s).",
    sources: [{ source: "000", section: "§1.2, tabel 1", quote: "12 tot 16 jaar Toestemming vragen aan jongere en wettelijke vertegenwoordiger(s)." }],
  },
  {
    id: "pair.consent.from-16",
    text: "16 jaar en ouder: alleen toestemming van de jongere.",
    sources: [{ source: "000", section: "§1.2, tabel 1", quote: "Vanaf 16 jaar Alleen toestemming nodig van jongere." }],
  },
  {
    id: "pair.consent.not-competent",
    text: "Wilsonbekwaam: (ook) toestemming van de wettelijke vertegenwoordiger.",
    sources: [{ source: "000", section: "§1.2, tabel 1", quote: "Wilsonbekwaam (ook) toestemming vragen aan wettelijke vertegenwoordiger." }],
  },
  {
    id: "pair.consent.both-parents",
    text: "Hebben beide ouders gezag, dan vraagt u beide ouders om toestemming. Ook na een echtscheiding houden ouders meestal (92%) samen het gezag. Maak duidelijk welke informatie u deelt, met wie en met welk doel.",
    sources: [
      { source: "000", section: "§1.2, bij tabel 1", quote: "Als beide ouders belast zijn met gezag, dan dient aan beide ouders toestemming gevraagd te worden." },
      { source: "000", section: "§1.2, bij tabel 1", quote: "Ook na een echtscheiding houden ouders in 92% van de gevallen gezamenlijk gezag" },
      { source: "000", section: "§1.2, bij tabel 1", quote: "Bij het vragen van toestemming moet voor de betrokkenen duidelijk zijn welke informatie gedeeld gaat worden, met wie en met welk doel." },
    ],
  },

  // — Whom to call: consultation, information requests, escalation are different things.
  {
    id: "pair.contacts.request",
    text: "Vraagt u informatie op bij de andere organisatie? Bel eerst, en dien het verzoek daarna altijd schriftelijk in (per beveiligde mail), met de ernst en de reden van het verzoek en of er toestemming is gevraagd en gekregen.",
    sources: [
      {
        source: "001",
        section: "Hoe kan informatie worden opgevraagd?",
        quote: "Dien de aanvraag altijd schriftelijk in (per mail indien beveiligd), nadat er eerst telefonisch contact is geweest.",
      },
      { source: "001", section: "Hoe kan informatie worden opgevraagd?", quote: "Vermeld bij de aanvraag altijd de ernst en reden van het informatieverzoek" },
      { source: "001", section: "Hoe kan informatie worden opgevraagd?", quote: "Geef bij het verzoek aan of er toestemming is gevraagd en verkregen" },
    ],
  },
  {
    id: "pair.contacts.escalation",
    text: "Escalatie is voor twee professionals die het samen niet eens worden, bijvoorbeeld als de vragende organisatie na het gesprek niet overtuigd is van een besluit om geen informatie te geven. Voor twijfel over delen is overleg (hierboven) de eerste stap.",
    sources: [
      {
        source: "000",
        section: "§3.3",
        quote: "Als de zorgprofessional besluit om geen informatie te geven en de vragende instantie is na het gesprek niet overtuigd van de juistheid van dat besluit, dan moet er een vorm van escalatie mogelijk zijn.",
      },
      {
        source: "000",
        section: "§5.3",
        quote: "Stel in de organisatie een vast persoon aan als aanspreekpunt voor andere organisaties waar ze terecht kunnen bij een escalatie, wanneer de professionals er samen niet uit kunnen komen.",
      },
    ],
  },

  // — What an agreement between the two should settle (the Model samenwerkingsafspraken, 003).
  {
    id: "pair.agreement.clause-4",
    text: "Melden (artikel 4): wie de melding ontvangt, laat de melder binnen tien dagen weten of de melding wordt onderzocht, en na afloop wat de uitkomst is.",
    sources: [
      {
        source: "003",
        section: "artikel 4, Melden (van een vermoeden) van kindermishandeling aan AMK of Raad",
        quote: "Informeer de melder binnen tien dagen na de melding of de melding zal worden onderzocht en informeer de melder na afronding van het onderzoek over de uitkomsten daarvan",
      },
    ],
  },
  {
    id: "pair.agreement.clause-5",
    text: "Informatie opvragen (artikel 5): zeg in het eerste contact waarom de informatie nodig is en om welk type informatie het gaat, en spreek af of het schriftelijk of mondeling gaat en binnen welke termijn.",
    sources: [
      { source: "003", section: "artikel 5, Opvragen van informatie", quote: "Geef in het eerste contact met de informant aan: waarom de informatie nodig is en om welk type informatie het gaat" },
      { source: "003", section: "artikel 5, Opvragen van informatie", quote: "overleg met de informant of de informatie schriftelijk of mondeling wordt gegeven en binnen welke termijn dit mogelijk is" },
    ],
  },
  {
    id: "pair.agreement.clause-6",
    text: "Informatie verstrekken (artikel 6): geef bij voorkeur feiten die u zelf hebt waargenomen, noem zowel feiten die het vermoeden bevestigen als feiten die het ontkrachten, en laat het oordeel over de ouder over aan de organisatie die het vraagt.",
    sources: [
      { source: "003", section: "artikel 6, Het verstrekken van informatie door de zorgverlener", quote: "Verstrek bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen" },
      {
        source: "003",
        section: "artikel 6, Het verstrekken van informatie door de zorgverlener",
        quote: "Wees volledig in uw feitenrelaas, dit wil zeggen dat u zowel feiten noemt die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten",
      },
    ],
  },
  {
    id: "pair.agreement.response-term",
    text: "Reactietermijn: zonder andere afspraak geldt volgens de toolKID dat informatie zo spoedig mogelijk wordt gegeven, redelijkerwijs binnen vijf werkdagen.",
    sources: [
      {
        source: "001",
        section: "Algemene handelingsrichtlijnen na een informatieverzoek",
        quote: "Uitgangspunt is dat de hulpverlener zo spoedig mogelijk de benodigde informatie verstrekt, redelijkerwijs binnen vijf werkdagen",
      },
    ],
  },
  {
    id: "pair.agreement.escalation",
    text: "Escalatie: afspraken over een vast aanspreekpunt en over het uitpraten van conflicten, voor als professionals het niet eens worden.",
    sources: [{ source: "000", section: "§3.3", quote: "een vast aanspreekpunt, afspraken over het uitpraten van conflicten en kritiek" }],
  },
] as const satisfies readonly LegalStatement[];

export type PairStatementId = (typeof PAIR_STATEMENTS)[number]["id"];

const BY_ID = new Map<string, LegalStatement>(PAIR_STATEMENTS.map((s) => [s.id, s]));

/** One statement of the pair view by id (typed, so a misspelt id does not compile). */
export function pairStatement(id: PairStatementId): LegalStatement {
  const statement = BY_ID.get(id);
  if (!statement) throw new Error(`Unknown pair statement ${id}`);
  return statement;
}
