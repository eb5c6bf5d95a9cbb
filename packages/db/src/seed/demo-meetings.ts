import type { MeetingActionStatus, MeetingStatus, MeetingType, PlanTheme, RegistrationStatus, Sector } from "../generated/prisma/enums.ts";

/**
 * Demo werkateliers and network meetings (issue 5). Three past meetings echo the plan
 * ("Geïntensiveerde aanpak kindermishandeling 2017-2018"): the expert meeting of 9 March 2017,
 * the privacy meeting of 10 May 2017 and the mini-symposium on vechtscheidingen of 1 June 2017.
 * They are long past the retention period, so they hold attendance counts per organisation and
 * sector instead of registrations, plus the knelpunten discussed and the actions agreed.
 *
 * The upcoming ones are relative to the seed day (Europe/Amsterdam wall-clock times): one nearly
 * full, one full with a waitlist of demo accounts. Registrants are demo accounts (by e-mail) or
 * fictitious professionals of demo organisations (by slug). Knelpunten are referenced by the keys
 * of the catalogue migration (prisma/migrations/*_knelpunten_catalogue).
 */
export interface DemoRegistration {
  /** A demo account (DEMO_ACCOUNTS) ... */
  accountEmail?: string;
  /** ... or a fictitious person of a demo organisation. */
  name?: string;
  organisationSlug?: string;
  status: RegistrationStatus;
  remark?: string;
}

export interface DemoMeeting {
  /** Unique among the demo meetings; the seed matches existing meetings by title. */
  title: string;
  type: MeetingType;
  theme: PlanTheme;
  description: string;
  /** Past meetings: fixed UTC instants. */
  startsAt?: string;
  endsAt?: string;
  /** Upcoming meetings: days after the seed day, Amsterdam wall-clock "HH:MM". */
  day?: number;
  from?: string;
  to?: string;
  /** Days after the seed day, at 23:59 Amsterdam time. */
  deadlineDay?: number;
  location: string;
  onlineUrl?: string;
  capacity: number;
  facilitators: string;
  status: MeetingStatus;
  sectorTargets?: { sector: Sector; places: number }[];
  registrations?: DemoRegistration[];
  attendance?: { organisationName: string; sector: Sector; registered: number; attended: number }[];
  knelpunten?: { key: string; note: string }[];
  actions?: { knelpuntKey?: string; description: string; ownerName: string; dueDate: string; status: MeetingActionStatus }[];
}

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    title: "Expertmeeting aanpak kindermishandeling Zwijndrecht",
    type: "EXPERTMEETING",
    theme: "SIGNALEREN_EN_HANDELEN",
    description:
      "Start van de geïntensiveerde aanpak: de cijfers (3,14% bevestigde kindermishandeling), het doel onder 3% eind 2018, en wat professionals nodig hebben om eerder te signaleren en te handelen.",
    // 9 March 2017, 13:30–16:30 CET (UTC+1).
    startsAt: "2017-03-09T12:30:00Z",
    endsAt: "2017-03-09T15:30:00Z",
    location: "Stadhuis Zwijndrecht, raadzaal",
    capacity: 40,
    facilitators: "Carla Coördinator (gemeente Zwijndrecht)\nAdviseur Veilig Thuis Zuid-Holland Zuid",
    status: "AFGEROND",
    attendance: [
      { organisationName: "Gemeente Zwijndrecht", sector: "GEMEENTE", registered: 4, attended: 4 },
      { organisationName: "Veilig Thuis Zuid-Holland Zuid", sector: "BESCHERMINGSKETEN", registered: 3, attended: 3 },
      { organisationName: "Centrum voor Jeugd en Gezin Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", registered: 6, attended: 5 },
      { organisationName: "Huisartsenpraktijk Walburg", sector: "MEDISCH", registered: 2, attended: 1 },
      { organisationName: "Basisschool De Regenboog", sector: "ONDERWIJS", registered: 3, attended: 3 },
    ],
    knelpunten: [
      { key: "te-weinig-delen", note: "Professionals twijfelen of zij zonder toestemming mogen delen en delen daarom niets." },
      { key: "te-veel-schakels", note: "Te veel schakels tussen signaal en hulp; niemand weet wie aan zet is." },
    ],
    actions: [
      { knelpuntKey: "te-veel-schakels", description: "Sociale kaart met vaste aanspreekpunten per organisatie opzetten.", ownerName: "Carla Coördinator", dueDate: "2017-12-31", status: "AFGEROND" },
      { description: "Adviesfunctie meldcode inrichten (Q3 2017).", ownerName: "Gemeente Zwijndrecht", dueDate: "2017-09-30", status: "AFGEROND" },
    ],
  },
  {
    title: "Bijeenkomst informatie delen en privacy",
    type: "NETWERKBIJEENKOMST",
    theme: "INFORMATIE_DELEN_EN_PRIVACY",
    description:
      "Wie mag wat delen, met of zonder toestemming? Aan de hand van geanonimiseerde casussen de wettelijke kaders per organisatie en de afspraken die we nodig hebben.",
    // 10 May 2017, 15:00–17:30 CEST (UTC+2).
    startsAt: "2017-05-10T13:00:00Z",
    endsAt: "2017-05-10T15:30:00Z",
    location: "Gemeentehuis Zwijndrecht, zaal De Devel",
    capacity: 30,
    facilitators: "Privacyjurist gemeente Zwijndrecht\nCarla Coördinator (gemeente Zwijndrecht)",
    status: "AFGEROND",
    attendance: [
      { organisationName: "Gemeente Zwijndrecht", sector: "GEMEENTE", registered: 3, attended: 3 },
      { organisationName: "Wijkteam Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", registered: 5, attended: 4 },
      { organisationName: "Veilig Thuis Zuid-Holland Zuid", sector: "BESCHERMINGSKETEN", registered: 2, attended: 2 },
      { organisationName: "GGZ Jeugd Drechtsteden", sector: "MEDISCH", registered: 2, attended: 2 },
      { organisationName: "Basisschool De Regenboog", sector: "ONDERWIJS", registered: 2, attended: 1 },
    ],
    knelpunten: [
      { key: "te-veel-delen", note: "Soms wordt een heel dossier gemaild waar één zin genoeg was." },
      { key: "toestemming-krijgen", note: "Toestemming van beide gescheiden ouders en van kinderen vanaf 12 jaar." },
      { key: "wie-beantwoordt-informatieverzoek", note: "Scholen weten niet wie een informatieverzoek beantwoordt." },
    ],
    actions: [
      { knelpuntKey: "wie-beantwoordt-informatieverzoek", description: "Per organisatie één aanspreekpunt voor informatieverzoeken vastleggen.", ownerName: "Carla Coördinator", dueDate: "2017-10-01", status: "AFGEROND" },
      { knelpuntKey: "toestemming-krijgen", description: "Werkafspraak over toestemming bij gescheiden ouders opstellen.", ownerName: "Wijkteam Zwijndrecht", dueDate: "2018-03-01", status: "BEZIG" },
    ],
  },
  {
    title: "Mini-symposium vechtscheidingen",
    type: "SYMPOSIUM",
    theme: "SAMENWERKEN",
    description: "Kinderen in een vechtscheiding: wat zien school, huisarts en wijkteam, en hoe werken we samen zonder partij te kiezen?",
    // 1 June 2017, 14:00–17:00 CEST (UTC+2).
    startsAt: "2017-06-01T12:00:00Z",
    endsAt: "2017-06-01T15:00:00Z",
    location: "Theater Het Veerhuis, Zwijndrecht",
    capacity: 80,
    facilitators: "Kinderrechter (gastspreker)\nJeugdhulp De Brug",
    status: "AFGEROND",
    attendance: [
      { organisationName: "Wijkteam Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", registered: 9, attended: 8 },
      { organisationName: "Jeugdhulp De Brug", sector: "JEUGDHULP_SOCIAAL_WERK", registered: 6, attended: 6 },
      { organisationName: "Basisschool De Regenboog", sector: "ONDERWIJS", registered: 4, attended: 3 },
      { organisationName: "Huisartsenpraktijk Walburg", sector: "MEDISCH", registered: 3, attended: 2 },
      { organisationName: "Raad voor de Kinderbescherming", sector: "BESCHERMINGSKETEN", registered: 2, attended: 2 },
      { organisationName: "Gemeente Zwijndrecht", sector: "GEMEENTE", registered: 2, attended: 2 },
    ],
    knelpunten: [
      { key: "vertrouwensrelatie-verbreken", note: "Angst de relatie met één van de ouders kwijt te raken." },
      { key: "angst-represailles", note: "Dreigementen van een ouder richting school." },
    ],
    actions: [
      { knelpuntKey: "angst-represailles", description: "Escalatieroute naar de coördinator bekendmaken bij scholen.", ownerName: "Carla Coördinator", dueDate: "2017-11-01", status: "OPEN" },
    ],
  },
  {
    title: "Werkatelier: informatie na afschaling door Veilig Thuis",
    type: "WERKATELIER",
    theme: "SAMENWERKEN",
    description: "Een geanonimiseerde casus in vier stappen: posities, feiten, weging en besluit. Wat heeft het wijkteam nodig als Veilig Thuis een zaak teruglegt?",
    day: 14,
    from: "13:30",
    to: "16:30",
    deadlineDay: 11,
    location: "Stadskantoor Zwijndrecht, zaal 2",
    capacity: 16,
    facilitators: "Carla Coördinator (gemeente Zwijndrecht)",
    status: "GEPLAND",
    sectorTargets: [
      { sector: "MEDISCH", places: 4 },
      { sector: "JEUGDHULP_SOCIAAL_WERK", places: 4 },
      { sector: "ONDERWIJS", places: 4 },
      { sector: "BESCHERMINGSKETEN", places: 4 },
    ],
    registrations: [
      { accountEmail: "partner@demo.zwijndrecht.nl", status: "AANGEMELD" },
      { name: "Anouk Visser", organisationSlug: "huisartsenpraktijk-walburg", status: "AANGEMELD" },
      { name: "Ilse de Graaf", organisationSlug: "cjg-zwijndrecht", status: "AANGEMELD", remark: "Vegetarisch" },
    ],
  },
  {
    title: "Netwerkbijeenkomst aandachtsfunctionarissen",
    type: "NETWERKBIJEENKOMST",
    theme: "SIGNALEREN_EN_HANDELEN",
    description: "Kennismaken, ervaringen met de meldcode uitwisselen en de nieuwe sociale kaart gebruiken.",
    day: 21,
    from: "19:30",
    to: "21:30",
    location: "",
    onlineUrl: "https://meet.zwijndrecht.example/netwerk-aandachtsfunctionarissen",
    capacity: 40,
    facilitators: "Carla Coördinator (gemeente Zwijndrecht)",
    status: "GEPLAND",
    registrations: [{ accountEmail: "ggz@demo.zwijndrecht.nl", status: "AANGEMELD" }],
  },
  {
    title: "Training meldcode en afwegingskader",
    type: "TRAINING",
    theme: "SIGNALEREN_EN_HANDELEN",
    description: "De vijf stappen van de meldcode en het afwegingskader, geoefend met casussen uit onderwijs en kinderopvang.",
    day: 28,
    from: "09:30",
    to: "12:30",
    deadlineDay: 25,
    location: "Walburg College, aula",
    capacity: 12,
    facilitators: "Trainer meldcode (extern)",
    status: "GEPLAND",
    // Nearly full: 11 of 12 places taken.
    registrations: [
      { accountEmail: "school@demo.zwijndrecht.nl", status: "AANGEMELD" },
      ...["Noor Bakker", "Sem de Jong", "Eva Smit", "Daan Meijer", "Lotte Mulder"].map((name) => ({ name, organisationSlug: "basisschool-het-kompas", status: "AANGEMELD" as const })),
      ...["Fleur van Dijk", "Lucas Bos", "Julia Vos"].map((name) => ({ name, organisationSlug: "kinderopvang-het-speelkwartier", status: "AANGEMELD" as const })),
      ...["Milan Peters", "Sara Hendriks"].map((name) => ({ name, organisationSlug: "walburg-college", status: "AANGEMELD" as const })),
    ],
  },
  {
    title: "Werkatelier: toestemming bij gescheiden ouders",
    type: "WERKATELIER",
    theme: "INFORMATIE_DELEN_EN_PRIVACY",
    description: "Casus in vier stappen over een kind van 13 met gescheiden ouders. Kleine groep, gemengd samengesteld.",
    day: 35,
    from: "14:00",
    to: "16:00",
    deadlineDay: 33,
    location: "CJG Zwijndrecht, spreekkamer 1",
    capacity: 6,
    facilitators: "Carla Coördinator (gemeente Zwijndrecht)\nJeugdarts GGD",
    status: "GEPLAND",
    sectorTargets: [
      { sector: "MEDISCH", places: 2 },
      { sector: "JEUGDHULP_SOCIAAL_WERK", places: 2 },
      { sector: "ONDERWIJS", places: 2 },
    ],
    // Full, with two demo accounts on the waitlist.
    registrations: [
      { accountEmail: "partner@demo.zwijndrecht.nl", status: "AANGEMELD" },
      { accountEmail: "school@demo.zwijndrecht.nl", status: "AANGEMELD" },
      { accountEmail: "ggz@demo.zwijndrecht.nl", status: "AANGEMELD", remark: "Rolstoeltoegankelijke ruimte graag" },
      { name: "Sophie Kramer", organisationSlug: "huisartsenpraktijk-kort-ambacht", status: "AANGEMELD" },
      { name: "Ilse de Graaf", organisationSlug: "cjg-zwijndrecht", status: "AANGEMELD" },
      { name: "Tim Jansen", organisationSlug: "basisschool-de-wielewaal", status: "AANGEMELD" },
      { accountEmail: "professional@demo.zwijndrecht.nl", status: "WACHTLIJST" },
      { accountEmail: "coordinator@demo.zwijndrecht.nl", status: "WACHTLIJST" },
    ],
  },
  {
    title: "Symposium kindveiligheid Zwijndrecht",
    type: "SYMPOSIUM",
    theme: "PREVENTIE",
    description: "Terugblik op de aanpak, de cijfers van Veilig Thuis en de plannen voor preventie (Prézorg, anticonceptie-advies).",
    day: 60,
    from: "13:00",
    to: "17:00",
    location: "Theater Het Veerhuis, Zwijndrecht",
    capacity: 120,
    facilitators: "Wethouder jeugd\nCarla Coördinator (gemeente Zwijndrecht)",
    status: "GEPLAND",
  },
];
