import type { AgreementKind, AgreementStatus, ClauseCoverage, MunicipalityRole } from "../generated/prisma/enums.ts";

/**
 * Demo samenwerkingsafspraken and convenanten for Zwijndrecht (issue 4). Parties are organisations
 * of ./demo-directory.ts by slug; the owner is the demo coordinator. Dates are days relative to
 * the seed day (Europe/Amsterdam), so a freshly seeded database always has one agreement whose end
 * date lies within the default 60-day reminder window and one whose review date lies within the
 * default 14 days ("verloopt binnenkort").
 *
 * Clause keys are the keys of the catalogue in packages/api/src/agreement/clause-catalogue.ts
 * (@kk/db cannot import @kk/api); packages/api/src/agreement-reminders/demo-agreements.test.ts
 * checks that every key below is in the catalogue.
 */
export interface DemoAgreementParty {
  slug: string;
  signatoryName?: string;
  signatoryFunction?: string;
  /** Days relative to the seed day; omitted while not signed. */
  signedDay?: number;
}

export interface DemoAgreement {
  /** Unique among the demo agreements; the seed matches existing agreements by title. */
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  purpose: string;
  scope: string;
  legalBasisNotes: string;
  /** Days relative to the seed day (negative: in the past); null: no such date. */
  startDay: number | null;
  endDay: number | null;
  reviewDay: number | null;
  municipalityRole: MunicipalityRole;
  coversInformationExchange: boolean;
  /** Reactietermijn in working days; absent: none agreed (the toolKID's five apply). */
  responseWorkingDays?: number;
  parties: DemoAgreementParty[];
  clauses: { key: string; coverage: ClauseCoverage; reference?: string }[];
}

export const DEMO_AGREEMENT_OWNER_EMAIL = "coordinator@demo.zwijndrecht.nl";

export const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
  {
    title: "Werkafspraken toolKID (naar Heerlen)",
    kind: "WERKAFSPRAAK",
    status: "ACTIEF",
    purpose:
      "Informatieverzoeken tussen huisarts, wijkteam, CJG, jeugdgezondheidszorg en school snel en zorgvuldig afhandelen, naar het voorbeeld van de toolKID uit de regio Heerlen.",
    scope:
      "Verzoeken om informatie over een kind of gezin bij zorgen over de veiligheid van het kind. Eerst bellen, dan schriftelijk via beveiligde e-mail, met reden, ernst en of er toestemming is.",
    legalBasisNotes:
      "Met toestemming van de ouders (en het kind vanaf 12 jaar); zonder toestemming alleen na afweging volgens de meldcode en met uitleg waarom deze partij de enige bron is.",
    startDay: -300,
    endDay: 430,
    reviewDay: 10,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    responseWorkingDays: 5,
    parties: [
      { slug: "wijkteam-zwijndrecht", signatoryName: "Wim de Wit", signatoryFunction: "Teamleider wijkteam", signedDay: -310 },
      { slug: "cjg-zwijndrecht", signatoryName: "Cora Jansen", signatoryFunction: "Manager CJG", signedDay: -308 },
      { slug: "huisartsenpraktijk-walburg", signatoryName: "dr. H. Visser", signatoryFunction: "Huisarts", signedDay: -305 },
      { slug: "jgz-consultatiebureau-walburg", signatoryName: "Janneke Gerritsen", signatoryFunction: "Jeugdarts", signedDay: -305 },
      { slug: "basisschool-de-regenboog", signatoryName: "Bram Brinkman", signatoryFunction: "Directeur", signedDay: -302 },
    ],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Art. 2: de professional vertelt de ouders vooraf wat hij vraagt en waarom." },
      { key: "1b", coverage: "COVERED", reference: "Art. 2 lid 3" },
      { key: "2", coverage: "NOT_COVERED" },
      { key: "3", coverage: "COVERED", reference: "Art. 5" },
      { key: "4", coverage: "NOT_APPLICABLE", reference: "Melden loopt via de meldcode van elke partij." },
      { key: "5", coverage: "COVERED", reference: "Art. 3: eerst bellen, dan schriftelijk via beveiligde e-mail, met reden, ernst en toestemming." },
      { key: "6", coverage: "COVERED", reference: "Art. 4: feitelijke informatie, geen interpretatie." },
      { key: "7", coverage: "NOT_COVERED" },
      { key: "terugkoppeling", coverage: "COVERED", reference: "Art. 4 lid 3: de verstrekker meldt het de ouder bij het volgende contact; de vrager koppelt terug wat ermee is gedaan." },
      { key: "escalatie", coverage: "COVERED", reference: "Art. 6: bij verschil van inzicht de leidinggevenden erbij, daarna de aandachtsfunctionaris van de gemeente." },
      { key: "reactietermijn", coverage: "COVERED", reference: "Art. 4 lid 1: antwoord binnen vijf werkdagen." },
      { key: "vaste-contactpunten", coverage: "COVERED", reference: "Bijlage 1: vast aanspreekpunt per partij." },
    ],
  },
  {
    title: "Modelconvenant Veilig Thuis, politie en OM",
    kind: "CONVENANT",
    status: "ACTIEF",
    purpose:
      "Samenwerking en informatie-uitwisseling tussen Veilig Thuis, politie en Openbaar Ministerie bij huiselijk geweld en kindermishandeling, naar het model samenwerkingsafspraken.",
    scope: "Meldingen en onderzoeken bij Veilig Thuis waarbij strafrechtelijk optreden aan de orde kan zijn, en zaken van politie en OM waarbij een kind in het gezin betrokken is.",
    legalBasisNotes: "Wet maatschappelijke ondersteuning 2015 (Veilig Thuis), Wet politiegegevens, Wet justitiële en strafvorderlijke gegevens.",
    startDay: -640,
    endDay: 45,
    reviewDay: null,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    parties: [
      { slug: "veilig-thuis-zhz", signatoryName: "Marleen de Groot", signatoryFunction: "Directeur Veilig Thuis", signedDay: -650 },
      { slug: "politie-zwijndrecht", signatoryName: "Hans Pieters", signatoryFunction: "Teamchef basisteam", signedDay: -648 },
      { slug: "openbaar-ministerie-zhz", signatoryName: "mr. A. van Dijk", signatoryFunction: "Hoofdofficier van justitie", signedDay: -645 },
    ],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Art. 3" },
      { key: "1b", coverage: "COVERED", reference: "Art. 3 lid 2" },
      { key: "2", coverage: "COVERED", reference: "Art. 4" },
      { key: "3", coverage: "COVERED", reference: "Art. 5" },
      { key: "4", coverage: "COVERED", reference: "Art. 6: de ontvanger laat de melder binnen tien dagen weten of er onderzoek komt en later wat de uitkomst is." },
      { key: "5", coverage: "COVERED", reference: "Art. 7" },
      { key: "6", coverage: "COVERED", reference: "Art. 8" },
      { key: "7", coverage: "COVERED", reference: "Art. 9" },
      { key: "terugkoppeling", coverage: "COVERED", reference: "Art. 6 lid 2" },
      { key: "escalatie", coverage: "COVERED", reference: "Art. 10: casusoverleg, daarna de leidinggevenden." },
      { key: "reactietermijn", coverage: "NOT_COVERED" },
      { key: "vaste-contactpunten", coverage: "COVERED", reference: "Bijlage: contactpersonen" },
    ],
  },
  {
    title: "Samenwerkingsafspraken onderwijs en Veilig Thuis",
    kind: "SAMENWERKINGSAFSPRAAK",
    status: "ACTIEF",
    purpose: "Scholen weten hoe zij Veilig Thuis raadplegen en wat zij na een melding terughoren.",
    scope: "Basis- en voortgezet onderwijs in Zwijndrecht en het samenwerkingsverband passend onderwijs.",
    legalBasisNotes: "Meldcode huiselijk geweld en kindermishandeling; Wet maatschappelijke ondersteuning 2015.",
    startDay: -200,
    endDay: 900,
    reviewDay: 165,
    municipalityRole: "PARTIJ",
    coversInformationExchange: true,
    responseWorkingDays: 3,
    parties: [
      { slug: "gemeente-zwijndrecht", signatoryName: "Carla Coördinator", signatoryFunction: "Aandachtsfunctionaris kindermishandeling", signedDay: -210 },
      { slug: "veilig-thuis-zhz", signatoryName: "Marleen de Groot", signatoryFunction: "Directeur Veilig Thuis", signedDay: -208 },
      { slug: "basisschool-het-kompas", signatoryName: "Klaas Kooistra", signatoryFunction: "Directeur", signedDay: -205 },
      { slug: "walburg-college", signatoryName: "Wilma Bos", signatoryFunction: "Rector", signedDay: -205 },
      { slug: "samenwerkingsverband-passend-onderwijs", signatoryName: "Sander Peeters", signatoryFunction: "Directeur-bestuurder", signedDay: -203 },
    ],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Art. 2" },
      { key: "4", coverage: "COVERED", reference: "Art. 3: terugkoppeling binnen tien dagen." },
      { key: "5", coverage: "NOT_COVERED" },
      { key: "6", coverage: "NOT_COVERED" },
      { key: "terugkoppeling", coverage: "COVERED", reference: "Art. 4: de school hoort wat er met de melding is gedaan." },
      { key: "escalatie", coverage: "NOT_COVERED" },
      { key: "vaste-contactpunten", coverage: "COVERED", reference: "Art. 5: aandachtsfunctionaris per school." },
    ],
  },
  {
    title: "Protocol huiselijk geweld en volwassenenzorg",
    kind: "PROTOCOL",
    status: "ACTIEF",
    purpose: "Zorgverleners van ouders letten op de kinderen in het gezin en delen zorgen met het wijkteam.",
    scope: "Verslavingszorg, GGZ volwassenen, vrouwenopvang en maatschappelijk werk in Zwijndrecht.",
    legalBasisNotes: "Meldcode; toestemming van de cliënt tenzij het kind ernstig gevaar loopt.",
    startDay: -120,
    endDay: null,
    reviewDay: 245,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    parties: [
      { slug: "verslavingszorg-rivierenland", signatoryName: "Vera Smit", signatoryFunction: "Locatiemanager", signedDay: -125 },
      { slug: "ggz-volwassenen-oostendam", signatoryName: "Olaf Hendriks", signatoryFunction: "Manager behandelzaken", signedDay: -125 },
      { slug: "vrouwenopvang-drechtsteden", signatoryName: "Fatima El Amrani", signatoryFunction: "Coördinator opvang", signedDay: -124 },
      { slug: "maatschappelijk-werk-drechtsteden", signatoryName: "Mark van Leeuwen", signatoryFunction: "Teamleider", signedDay: -122 },
    ],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Stap 1" },
      { key: "3", coverage: "COVERED", reference: "Stap 4" },
      { key: "4", coverage: "COVERED", reference: "Stap 5" },
      { key: "5", coverage: "COVERED", reference: "Stap 3" },
      { key: "6", coverage: "COVERED", reference: "Stap 3" },
      { key: "7", coverage: "COVERED", reference: "Stap 6" },
      { key: "escalatie", coverage: "NOT_COVERED" },
      { key: "reactietermijn", coverage: "NOT_COVERED" },
    ],
  },
  {
    title: "Samenwerkingsafspraak kinderopvang en jeugdgezondheidszorg",
    kind: "SAMENWERKINGSAFSPRAAK",
    status: "CONCEPT",
    purpose: "Kinderopvang en consultatiebureau bespreken zorgen over jonge kinderen samen met de ouders.",
    scope: "Kinderen van 0 tot 4 jaar in Zwijndrecht.",
    legalBasisNotes: "",
    startDay: null,
    endDay: null,
    reviewDay: null,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    parties: [{ slug: "kinderopvang-de-kleine-wereld" }, { slug: "jgz-consultatiebureau-walburg" }],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Concepttekst art. 2" },
      { key: "5", coverage: "NOT_COVERED" },
    ],
  },
  {
    title: "Werkafspraken GGZ Jeugd en wijkteam",
    kind: "WERKAFSPRAAK",
    status: "IN_BESPREKING",
    purpose: "Afspraken over overdracht en het delen van zorgen tussen GGZ Jeugd en het wijkteam.",
    scope: "Jeugdigen die zowel bij GGZ Jeugd als bij het wijkteam in beeld zijn.",
    legalBasisNotes: "Jeugdwet; toestemming van ouders en van de jeugdige vanaf 12 jaar.",
    startDay: 30,
    endDay: 760,
    reviewDay: 395,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    parties: [{ slug: "ggz-jeugd-drechtsteden" }, { slug: "wijkteam-zwijndrecht" }],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Art. 1" },
      { key: "5", coverage: "COVERED", reference: "Art. 2" },
      { key: "6", coverage: "COVERED", reference: "Art. 2" },
      { key: "escalatie", coverage: "NOT_COVERED" },
      { key: "reactietermijn", coverage: "COVERED", reference: "Art. 3: binnen vijf werkdagen." },
    ],
  },
  {
    title: "Convenant signalering kinderopvang en CJG 2023",
    kind: "CONVENANT",
    status: "VERLOPEN",
    purpose: "Signalen van de kinderopvang snel bij het CJG.",
    scope: "Kinderopvang Het Speelkwartier en het CJG Zwijndrecht.",
    legalBasisNotes: "Meldcode kinderopvang.",
    startDay: -1100,
    endDay: -40,
    reviewDay: null,
    municipalityRole: "FACILITATOR",
    coversInformationExchange: true,
    parties: [
      { slug: "kinderopvang-het-speelkwartier", signatoryName: "Sanne Koster", signatoryFunction: "Directeur", signedDay: -1110 },
      { slug: "cjg-zwijndrecht", signatoryName: "Cora Jansen", signatoryFunction: "Manager CJG", signedDay: -1108 },
    ],
    clauses: [
      { key: "1a", coverage: "COVERED", reference: "Art. 2" },
      { key: "terugkoppeling", coverage: "COVERED", reference: "Art. 3" },
    ],
  },
  {
    title: "Samenwerkingsafspraak jongerenwerk en politie",
    kind: "SAMENWERKINGSAFSPRAAK",
    status: "BEEINDIGD",
    purpose: "Afstemming tussen jongerenwerk en wijkagenten over jongeren in zorgelijke situaties.",
    scope: "Jongeren van 12 tot 23 jaar in Zwijndrecht.",
    legalBasisNotes: "Toestemming van de jongere; vervangen door het Modelconvenant Veilig Thuis, politie en OM en het wijkteamoverleg.",
    startDay: -900,
    endDay: 200,
    reviewDay: null,
    municipalityRole: "PARTIJ",
    coversInformationExchange: true,
    parties: [
      { slug: "jongerenwerk-zwijndrecht", signatoryName: "Youssef Bakker", signatoryFunction: "Coördinator jongerenwerk", signedDay: -910 },
      { slug: "politie-zwijndrecht", signatoryName: "Hans Pieters", signatoryFunction: "Teamchef basisteam", signedDay: -905 },
      { slug: "gemeente-zwijndrecht", signatoryName: "Carla Coördinator", signatoryFunction: "Aandachtsfunctionaris kindermishandeling", signedDay: -905 },
    ],
    clauses: [
      { key: "1a", coverage: "NOT_COVERED" },
      { key: "5", coverage: "COVERED", reference: "Art. 2" },
    ],
  },
];
