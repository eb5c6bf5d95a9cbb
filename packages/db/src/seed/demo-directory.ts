import type { ContactRole, ContactVisibility, LegalFrame, OrganisationStatus, Sector } from "../generated/prisma/enums.ts";

/*
 * The demo sociale kaart of the demo municipality Zwijndrecht: about forty organisations across
 * every sector and legal frame, with contacts and escalation routes. Everything here is
 * fictional: names, addresses, telephone numbers (078-7xx xx xx) and e-mail addresses
 * (@<slug>.demo.nl). The one real number is Veilig Thuis' national 0800-2000. No data about
 * children or families.
 *
 * Deliberately imperfect, so the freshness and escalation overviews have something to show: a
 * handful of entries are stale (verified long ago or never, among them wijkteam-zwijndrecht so
 * the reminder mail has a partner to go to), and four organisations have no escalation contact
 * and no route.
 */

export interface DemoContact {
  /** Key used by escalation steps to point at this contact; not stored. */
  key: string;
  name: string;
  jobTitle: string;
  roles: ContactRole[];
  availability: string;
  visibility: ContactVisibility;
  phone: string;
  email: string;
}

/** A step points at a contact of the same organisation by key, or at another organisation's contact. */
export type DemoContactRef = string | { organisation: string; key: string };

export interface DemoEscalationStep {
  label: string;
  contact?: DemoContactRef;
  whenToUse: string;
  responseTime: string;
}

export interface DemoOrganisation {
  slug: string;
  name: string;
  description: string;
  sector: Sector;
  type: string;
  legalFrame: LegalFrame;
  legalBasis: string;
  meldcodeApplies: boolean;
  keurmerkMeldcode: boolean;
  address: string;
  postcode: string;
  area: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  services: string[];
  targetGroups: string[];
  isPublic: boolean;
  status: OrganisationStatus;
  /** Days before the seed moment the entry was last confirmed; null = never confirmed. */
  verifiedDaysAgo: number | null;
  contacts: DemoContact[];
  escalationRoute: DemoEscalationStep[];
}

type ContactInput = Pick<DemoContact, "key" | "name" | "jobTitle" | "roles"> & Partial<Pick<DemoContact, "availability" | "visibility" | "phone" | "email">>;

type OrganisationInput = Omit<DemoOrganisation, "email" | "website" | "isPublic" | "status" | "openingHours" | "keurmerkMeldcode" | "contacts" | "targetGroups"> &
  Partial<Pick<DemoOrganisation, "email" | "website" | "isPublic" | "status" | "openingHours" | "keurmerkMeldcode" | "targetGroups">> & {
    contacts: ContactInput[];
  };

/** The municipal coordinator: the last step of every escalation route (issue 3). */
export const DEMO_COORDINATOR_CONTACT = { organisation: "gemeente-zwijndrecht", key: "coordinator" } as const;

const OFFICE_HOURS = "ma–vr 8.30–17.00 uur";

function coordinatorStep(): DemoEscalationStep {
  return {
    label: "Gemeentelijk coördinator kindveiligheid",
    contact: DEMO_COORDINATOR_CONTACT,
    whenToUse: "Als de vorige stappen niet tot een oplossing leiden of de veiligheid niet geborgd is.",
    responseTime: "binnen 2 werkdagen",
  };
}

/** The common route: aandachtsfunctionaris → leidinggevende → (directie) → coordinator. */
function route(aandacht: string, leiding: string, top?: { label: string; contact: string }): DemoEscalationStep[] {
  return [
    { label: "Aandachtsfunctionaris kindermishandeling", contact: aandacht, whenToUse: "Eerste overleg bij zorgen of verschil van inzicht over de veiligheid.", responseTime: "binnen 1 werkdag" },
    { label: "Leidinggevende", contact: leiding, whenToUse: "Als het overleg met de aandachtsfunctionaris niet tot een afspraak leidt.", responseTime: "binnen 2 werkdagen" },
    ...(top ? [{ label: top.label, contact: top.contact, whenToUse: "Bij blijvend verschil van inzicht of acute zorg die niet wordt opgepakt.", responseTime: "binnen 1 werkdag" }] : []),
    coordinatorStep(),
  ];
}

function emailLocalPart(name: string): string {
  return name
    .replace(/\b(dr|drs|mr)\.\s*/gi, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
}

const RAW: OrganisationInput[] = [
  {
    slug: "gemeente-zwijndrecht", name: "Gemeente Zwijndrecht", sector: "GEMEENTE", type: "Gemeente", legalFrame: "CONSENT_REQUIRED",
    description: "Regie op het lokale netwerk kindveiligheid.",
    legalBasis: "Jeugdwet en Wmo 2015 (regierol gemeente)", meldcodeApplies: true,
    address: "Bakestein 42", postcode: "3331 LK", area: "Centrum", phone: "078-700 00 00",
    services: ["regie netwerk kindveiligheid", "zorgmelding", "convenanten"], targetGroups: ["professionals"],
    verifiedDaysAgo: 14,
    contacts: [
      { key: "coordinator", name: "Carla Coördinator", jobTitle: "Gemeentelijk coördinator kindveiligheid", roles: ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"], availability: "ma, di, do 9.00–17.00 uur" },
      { key: "teamleider", name: "Hanneke van Dijk", jobTitle: "Teamleider sociaal domein", roles: ["LEIDINGGEVENDE"] },
      { key: "privacy", name: "Youssef el Amrani", jobTitle: "Functionaris gegevensbescherming", roles: ["PRIVACY_OFFICER"], visibility: "COORDINATORS" },
      { key: "jurist", name: "Ingrid Smit", jobTitle: "Jurist sociaal domein", roles: ["JURIST"] },
    ],
    escalationRoute: [
      { label: "Teamleider sociaal domein", contact: "teamleider", whenToUse: "Bij verschil van inzicht binnen de gemeentelijke toegang.", responseTime: "binnen 2 werkdagen" },
      coordinatorStep(),
    ],
  },
  {
    slug: "wijkteam-zwijndrecht", name: "Wijkteam Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED",
    description: "Integrale hulp voor gezinnen in de wijk.",
    legalBasis: "Jeugdwet en Wmo 2015 (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Walburgplein 12", postcode: "3332 AB", area: "Walburg", phone: "078-701 10 00",
    services: ["opvoedondersteuning", "ambulante jeugdhulp", "Wmo-toegang", "KOPP/KVO"], targetGroups: ["gezinnen", "jongeren", "volwassenen"],
    verifiedDaysAgo: 230,
    contacts: [
      { key: "aandacht", name: "Sanne de Wit", jobTitle: "Aandachtsfunctionaris kindermishandeling", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Mark Verhoeven", jobTitle: "Teamleider wijkteam", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "directeur", name: "Ellen Bakker", jobTitle: "Directeur-bestuurder", roles: ["LEIDINGGEVENDE"] },
      { key: "privacy", name: "Tom Jansen", jobTitle: "Privacy officer", roles: ["PRIVACY_OFFICER"], visibility: "COORDINATORS" },
    ],
    escalationRoute: route("aandacht", "teamleider", { label: "Directie", contact: "directeur" }),
  },
  {
    slug: "cjg-zwijndrecht", name: "Centrum voor Jeugd en Gezin Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "CJG", legalFrame: "CONSENT_REQUIRED",
    description: "Opvoed- en opgroeiondersteuning, jeugdgezondheidszorg.",
    legalBasis: "Jeugdwet en Wet publieke gezondheid (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Noordpark 3", postcode: "3333 CD", area: "Noord", phone: "078-702 20 00",
    services: ["opvoedondersteuning", "jeugdgezondheidszorg", "VoorZorg", "Prézorg", "opvoedcursussen"], targetGroups: ["ouders", "kinderen 0-18", "aanstaande ouders"],
    verifiedDaysAgo: 21,
    contacts: [
      { key: "aandacht", name: "Fatima Ouali", jobTitle: "Jeugdverpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "jeugdarts", name: "Dr. Pieter de Graaf", jobTitle: "Jeugdarts", roles: ["ALGEMEEN"] },
      { key: "manager", name: "Linda Vermeulen", jobTitle: "Manager CJG", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "huisartsenpraktijk-walburg", name: "Huisartsenpraktijk Walburg", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED",
    description: "Huisartsenzorg; meldcode van toepassing.",
    legalBasis: "WGBO (Boek 7 BW), medisch beroepsgeheim", meldcodeApplies: true,
    address: "Walburgstraat 88", postcode: "3332 EF", area: "Walburg", phone: "078-703 30 00",
    openingHours: "ma–vr 8.00–17.00 uur; spoed buiten kantoortijd via de huisartsenpost",
    services: ["huisartsenzorg", "POH-GGZ"], targetGroups: ["alle leeftijden"],
    verifiedDaysAgo: 35,
    contacts: [
      { key: "aandacht", name: "Dr. Anouk Visser", jobTitle: "Huisarts, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "praktijkhouder", name: "Dr. Henk Mulder", jobTitle: "Praktijkhouder", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: [
      { label: "Aandachtsfunctionaris kindermishandeling", contact: "aandacht", whenToUse: "Eerste overleg bij zorgen over een patiënt.", responseTime: "binnen 1 werkdag" },
      { label: "Praktijkhouder", contact: "praktijkhouder", whenToUse: "Als het overleg niet tot een afspraak leidt.", responseTime: "binnen 2 werkdagen" },
      coordinatorStep(),
    ],
  },
  {
    slug: "veilig-thuis-zhz", name: "Veilig Thuis Zuid-Holland Zuid", sector: "BESCHERMINGSKETEN", type: "Veilig Thuis", legalFrame: "WITHOUT_CONSENT",
    description: "Advies- en meldpunt huiselijk geweld en kindermishandeling.",
    legalBasis: "art. 4.1.1 en 5.2.6 Wmo 2015 (advies- en meldpunt, gegevensverwerking zonder toestemming)", meldcodeApplies: true,
    address: "Spuiboulevard 300", postcode: "3311 GR", area: "Regio Zuid-Holland Zuid", phone: "0800-2000",
    openingHours: "24 uur per dag, 7 dagen per week bereikbaar",
    services: ["advies", "melding", "onderzoek", "crisisinterventie"], targetGroups: ["professionals", "burgers"],
    verifiedDaysAgo: 10,
    contacts: [
      { key: "adviseur", name: "Adviesteam Veilig Thuis", jobTitle: "Adviseur voor professionals", roles: ["ALGEMEEN", "INFORMATIEVERZOEKEN"], phone: "0800-2000", availability: "24/7" },
      { key: "teammanager", name: "Robert Koster", jobTitle: "Teammanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "jurist", name: "Marieke Dekker", jobTitle: "Jurist", roles: ["JURIST"], visibility: "COORDINATORS" },
    ],
    escalationRoute: [
      { label: "Dienstdoende adviseur", contact: "adviseur", whenToUse: "Vragen over een advies of melding.", responseTime: "direct (24/7)" },
      { label: "Teammanager", contact: "teammanager", whenToUse: "Bij verschil van inzicht over een besluit van Veilig Thuis.", responseTime: "binnen 1 werkdag" },
      coordinatorStep(),
    ],
  },
  {
    slug: "raad-voor-de-kinderbescherming", name: "Raad voor de Kinderbescherming", sector: "BESCHERMINGSKETEN", type: "Raad voor de Kinderbescherming", legalFrame: "WITHOUT_CONSENT",
    description: "Onderzoek en advies bij zorgen over de veiligheid van kinderen.",
    legalBasis: "Wettelijke taak Raad voor de Kinderbescherming (Boek 1 BW, Jeugdwet)", meldcodeApplies: true,
    address: "Johan de Wittstraat 150", postcode: "3311 KJ", area: "Regio Zuid-Holland Zuid", phone: "078-705 50 00",
    services: ["beschermingsonderzoek", "consultatie voor professionals", "strafonderzoek"], targetGroups: ["professionals"],
    verifiedDaysAgo: 60,
    contacts: [
      { key: "consultatie", name: "Consultatieteam Raad", jobTitle: "Consultatie voor professionals", roles: ["ALGEMEEN"] },
      { key: "teamleider", name: "Joost van den Berg", jobTitle: "Teamleider regio Dordrecht", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: [
      { label: "Raadsonderzoeker / consultatie", contact: "consultatie", whenToUse: "Vragen over een lopend onderzoek of verzoek tot onderzoek.", responseTime: "binnen 2 werkdagen" },
      { label: "Teamleider", contact: "teamleider", whenToUse: "Bij verschil van inzicht over het onderzoek.", responseTime: "binnen 3 werkdagen" },
      coordinatorStep(),
    ],
  },
  {
    slug: "gi-jeugdbescherming-west", name: "Jeugdbescherming west", sector: "BESCHERMINGSKETEN", type: "Gecertificeerde Instelling", legalFrame: "WITHOUT_CONSENT_DURING_ORDER",
    description: "Voert kinderbeschermingsmaatregelen uit.",
    legalBasis: "Jeugdwet (uitvoering kinderbeschermingsmaatregelen en jeugdreclassering); zonder toestemming alleen tijdens een maatregel", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Noordendijk 250", postcode: "3311 RR", area: "Regio Zuid-Holland Zuid", phone: "078-706 60 00",
    services: ["ondertoezichtstelling", "voogdij", "jeugdreclassering", "drang"], targetGroups: ["jeugdigen onder een maatregel", "ouders"],
    verifiedDaysAgo: 45,
    contacts: [
      { key: "aandacht", name: "Nadia Bouzid", jobTitle: "Aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Erik Schouten", jobTitle: "Teamleider jeugdbescherming", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "jurist", name: "Laura Hendriks", jobTitle: "Jurist", roles: ["JURIST"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },
  {
    slug: "politie-zwijndrecht", name: "Politie basisteam Drechtsteden", sector: "BESCHERMINGSKETEN", type: "Politie", legalFrame: "WITHOUT_CONSENT",
    description: "Politietaak, incl. zorgmeldingen.",
    legalBasis: "Politiewet 2012 en Wet politiegegevens", meldcodeApplies: false,
    address: "Laan van Nedervoorn 5", postcode: "3335 AA", area: "Kort Ambacht", phone: "078-707 70 00",
    openingHours: "Bij spoed 112; geen spoed 0900-8844",
    services: ["zorgmelding", "wijkagent", "jeugd en zeden"], targetGroups: ["burgers", "professionals"],
    verifiedDaysAgo: 90,
    contacts: [
      { key: "wijkagent", name: "Kees Brouwer", jobTitle: "Wijkagent Walburg en Noord", roles: ["ALGEMEEN"] },
      { key: "jeugd", name: "Sharon Meijer", jobTitle: "Jeugd- en gezinsagent", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamchef", name: "Arjen de Boer", jobTitle: "Teamchef", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"], visibility: "COORDINATORS" },
    ],
    escalationRoute: [
      { label: "Jeugd- en gezinsagent", contact: "jeugd", whenToUse: "Vragen over een zorgmelding of politie-inzet bij een gezin.", responseTime: "binnen 2 werkdagen" },
      { label: "Teamchef", contact: "teamchef", whenToUse: "Bij verschil van inzicht over politie-inzet.", responseTime: "binnen 3 werkdagen" },
      coordinatorStep(),
    ],
  },

  // ─── Medisch ───────────────────────────────────────────────────────────────────────────
  {
    slug: "huisartsenpraktijk-kort-ambacht", name: "Huisartsenpraktijk Kort Ambacht", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED",
    description: "Huisartsenpraktijk met drie huisartsen en een POH-GGZ voor jeugd.",
    legalBasis: "WGBO (Boek 7 BW), medisch beroepsgeheim", meldcodeApplies: true,
    address: "Kort Ambachtlaan 14", postcode: "3335 BC", area: "Kort Ambacht", phone: "078-708 80 00",
    openingHours: "ma–vr 8.00–17.00 uur",
    services: ["huisartsenzorg", "POH-GGZ jeugd"], targetGroups: ["alle leeftijden"],
    verifiedDaysAgo: 12,
    contacts: [
      { key: "aandacht", name: "Dr. Sophie Kramer", jobTitle: "Huisarts, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "praktijkhouder", name: "Dr. Ruben Willems", jobTitle: "Praktijkhouder", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "poh", name: "Iris Peters", jobTitle: "POH-GGZ jeugd", roles: ["ALGEMEEN"] },
    ],
    escalationRoute: route("aandacht", "praktijkhouder"),
  },
  {
    slug: "gezondheidscentrum-heer-oudelands-ambacht", name: "Gezondheidscentrum Heer Oudelands Ambacht", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED",
    description: "Huisartsen, fysiotherapie en wijkverpleging onder één dak.",
    legalBasis: "WGBO (Boek 7 BW), medisch beroepsgeheim", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Heer Oudelandsplein 2", postcode: "3334 GH", area: "Heer Oudelands Ambacht", phone: "078-709 90 00",
    services: ["huisartsenzorg", "fysiotherapie", "POH-GGZ"], targetGroups: ["alle leeftijden"],
    verifiedDaysAgo: 75,
    contacts: [
      { key: "aandacht", name: "Dr. Maarten Vos", jobTitle: "Huisarts, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Petra Hoekstra", jobTitle: "Praktijkmanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "verloskundigenpraktijk-zwijndrecht", name: "Verloskundigenpraktijk De Levensboom", sector: "MEDISCH", type: "Verloskundige", legalFrame: "CONSENT_REQUIRED",
    description: "Verloskundige zorg tijdens zwangerschap, bevalling en kraamtijd.",
    legalBasis: "WGBO (Boek 7 BW), beroepsgeheim", meldcodeApplies: true,
    address: "Lindelaan 7", postcode: "3331 MN", area: "Centrum", phone: "078-710 00 00",
    openingHours: "spreekuur ma–vr; 24/7 bereikbaar voor zwangeren",
    services: ["prenatale zorg", "Prézorg", "kraamzorgcoördinatie"], targetGroups: ["aanstaande ouders"],
    verifiedDaysAgo: 50,
    contacts: [
      { key: "verloskundige", name: "Esther de Jong", jobTitle: "Verloskundige", roles: ["AANDACHTSFUNCTIONARIS"] },
    ],
    escalationRoute: [],
  },
  {
    slug: "ggz-jeugd-drechtsteden", name: "GGZ Jeugd Drechtsteden", sector: "MEDISCH", type: "GGZ", legalFrame: "CONSENT_REQUIRED",
    description: "Specialistische geestelijke gezondheidszorg voor kinderen en jongeren tot 18 jaar.",
    legalBasis: "WGBO (Boek 7 BW) en Jeugdwet, beroepsgeheim", meldcodeApplies: true,
    address: "Oostendamstraat 40", postcode: "3336 PQ", area: "Oostendam", phone: "078-711 10 00",
    services: ["diagnostiek", "behandeling", "KOPP/KVO", "crisisdienst jeugd"], targetGroups: ["kinderen 0-18", "ouders"],
    verifiedDaysAgo: 300,
    contacts: [
      { key: "aandacht", name: "Bas Koning", jobTitle: "GZ-psycholoog, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Monique Post", jobTitle: "Manager behandelzaken", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "gd", name: "Dr. Wim Dijkstra", jobTitle: "Geneesheer-directeur", roles: ["LEIDINGGEVENDE"], visibility: "COORDINATORS" },
    ],
    escalationRoute: route("aandacht", "manager", { label: "Geneesheer-directeur", contact: "gd" }),
  },
  {
    slug: "ggz-volwassenen-oostendam", name: "GGZ Volwassenen Oostendam", sector: "VOLWASSENENZORG", type: "GGZ", legalFrame: "CONSENT_REQUIRED",
    description: "Ambulante GGZ voor volwassenen; aandacht voor cliënten die ouder zijn (KOPP/KVO).",
    legalBasis: "WGBO (Boek 7 BW), beroepsgeheim", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Oostendamstraat 52", postcode: "3336 PR", area: "Oostendam", phone: "078-712 20 00",
    services: ["ambulante behandeling", "KOPP/KVO", "ouderschap en psychiatrie"], targetGroups: ["volwassenen", "ouders met psychische problemen"],
    verifiedDaysAgo: 40,
    contacts: [
      { key: "aandacht", name: "Yvonne Claassen", jobTitle: "Sociaal psychiatrisch verpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Frank Lammers", jobTitle: "Teammanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "gd", name: "Dr. Carolien Bos", jobTitle: "Geneesheer-directeur", roles: ["LEIDINGGEVENDE"] },
      { key: "informatie", name: "Secretariaat behandelzaken", jobTitle: "Informatieverzoeken van jeugdhulp, Veilig Thuis, GI en Raad", roles: ["INFORMATIEVERZOEKEN"], phone: "078-712 20 10", email: "informatieverzoek@ggz-oostendam.example", availability: "ma–vr 9.00–17.00 uur" },
    ],
    escalationRoute: route("aandacht", "manager", { label: "Geneesheer-directeur", contact: "gd" }),
  },
  {
    slug: "kindergeneeskunde-rivierziekenhuis", name: "Rivierziekenhuis, afdeling kindergeneeskunde", sector: "MEDISCH", type: "Kinderarts", legalFrame: "CONSENT_REQUIRED",
    description: "Kinderartsen en het medisch kindermishandeling-team (MKT) van het ziekenhuis.",
    legalBasis: "WGBO (Boek 7 BW), medisch beroepsgeheim", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Ziekenhuisweg 1", postcode: "3311 ZA", area: "Regio Zuid-Holland Zuid", phone: "078-713 30 00",
    openingHours: "poli ma–vr; spoedeisende hulp 24/7",
    services: ["kindergeneeskunde", "medisch kindermishandeling-team", "SEH kinderen"], targetGroups: ["kinderen 0-18"],
    verifiedDaysAgo: 100,
    contacts: [
      { key: "aandacht", name: "Dr. Hans Peeters", jobTitle: "Kinderarts, voorzitter MKT", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Saskia van Leeuwen", jobTitle: "Medisch manager kindergeneeskunde", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "fg", name: "Gerard Timmermans", jobTitle: "Functionaris gegevensbescherming", roles: ["PRIVACY_OFFICER"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "jgz-consultatiebureau-walburg", name: "Jeugdgezondheidszorg, consultatiebureau Walburg", sector: "MEDISCH", type: "JGZ", legalFrame: "CONSENT_REQUIRED",
    description: "Consultatiebureau voor kinderen van 0 tot 4 jaar: groei, ontwikkeling en vaccinaties.",
    legalBasis: "Wet publieke gezondheid (jeugdgezondheidszorg)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Walburgplein 20", postcode: "3332 AC", area: "Walburg", phone: "078-714 40 00",
    services: ["consultatiebureau", "VoorZorg", "vaccinaties", "opvoedondersteuning"], targetGroups: ["kinderen 0-4", "ouders"],
    verifiedDaysAgo: 28,
    contacts: [
      { key: "aandacht", name: "Marloes Wouters", jobTitle: "Jeugdverpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Annelies Kok", jobTitle: "Teamleider JGZ", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },
  {
    slug: "ggd-jeugdarts-voortgezet-onderwijs", name: "GGD Zuid-Holland Zuid, jeugdarts voortgezet onderwijs", sector: "MEDISCH", type: "Jeugdarts", legalFrame: "CONSENT_REQUIRED",
    description: "Jeugdartsen voor leerlingen van 12 tot 18 jaar; verzuimbegeleiding bij ziekteverzuim.",
    legalBasis: "Wet publieke gezondheid (jeugdgezondheidszorg)", meldcodeApplies: true,
    address: "Burgemeester Jansenlaan 30", postcode: "3331 HA", area: "Centrum", phone: "078-715 50 00",
    services: ["jeugdarts", "medische verzuimbegeleiding", "seksuele gezondheid"], targetGroups: ["jongeren 12-18"],
    verifiedDaysAgo: 55,
    contacts: [
      { key: "aandacht", name: "Dr. Lotte Maas", jobTitle: "Jeugdarts, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Dennis Prins", jobTitle: "Afdelingshoofd JGZ", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },

  // ─── Jeugdhulp en sociaal werk ─────────────────────────────────────────────────────────
  {
    slug: "schoolmaatschappelijk-werk-zwijndrecht", name: "Schoolmaatschappelijk werk Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Maatschappelijk werk", legalFrame: "CONSENT_REQUIRED",
    description: "Schoolmaatschappelijk werkers op alle basis- en middelbare scholen in Zwijndrecht.",
    legalBasis: "Jeugdwet (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Ringdijk 21", postcode: "3333 KL", area: "Noord", phone: "078-716 60 00",
    services: ["schoolmaatschappelijk werk", "opvoedondersteuning", "zorgadviesteam"], targetGroups: ["leerlingen", "ouders", "scholen"],
    verifiedDaysAgo: 18,
    contacts: [
      { key: "aandacht", name: "Rachid Benali", jobTitle: "Schoolmaatschappelijk werker, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "coordinator", name: "Judith Gerritsen", jobTitle: "Coördinator schoolmaatschappelijk werk", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "coordinator"),
  },
  {
    slug: "maatschappelijk-werk-drechtsteden", name: "Maatschappelijk Werk Drechtsteden", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Maatschappelijk werk", legalFrame: "CONSENT_REQUIRED",
    description: "Algemeen maatschappelijk werk: hulp bij relatieproblemen, geldzorgen en huiselijk geweld.",
    legalBasis: "Wmo 2015 (vrijwillig kader)", meldcodeApplies: true,
    address: "Kerkstraat 9", postcode: "3331 CE", area: "Centrum", phone: "078-717 70 00",
    services: ["maatschappelijk werk", "huiselijk geweld", "echtscheidingsbegeleiding"], targetGroups: ["volwassenen", "gezinnen"],
    verifiedDaysAgo: 65,
    contacts: [
      { key: "aandacht", name: "Wendy Smits", jobTitle: "Aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Arno Groen", jobTitle: "Teamleider", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "directeur", name: "Miriam Hermans", jobTitle: "Directeur", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider", { label: "Directie", contact: "directeur" }),
  },
  {
    slug: "jeugdhulp-de-brug", name: "Jeugdhulp De Brug", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Jeugdhulpaanbieder", legalFrame: "CONSENT_REQUIRED",
    description: "Ambulante en dagbehandeling voor jeugdigen met gedrags- en opvoedproblemen.",
    legalBasis: "Jeugdwet (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Veerweg 33", postcode: "3336 LM", area: "Oostendam", phone: "078-718 80 00",
    services: ["ambulante jeugdhulp", "dagbehandeling", "gezinsbehandeling", "KOPP/KVO"], targetGroups: ["jeugdigen 4-18", "ouders"],
    verifiedDaysAgo: 110,
    contacts: [
      { key: "aandacht", name: "Koen Aalbers", jobTitle: "Gedragswetenschapper, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Sandra Wolters", jobTitle: "Zorgmanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "directeur", name: "Paul Huisman", jobTitle: "Bestuurder", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager", { label: "Directie", contact: "directeur" }),
  },
  {
    slug: "jongerenwerk-zwijndrecht", name: "Jongerenwerk Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Jongerenwerk", legalFrame: "CONSENT_REQUIRED",
    description: "Ambulant jongerenwerk en inloop in de jongerencentra van Walburg en Kort Ambacht.",
    legalBasis: "Wmo 2015 (vrijwillig kader)", meldcodeApplies: true,
    address: "Jongerencentrum Het Dok, Havenstraat 4", postcode: "3331 AH", area: "Centrum", phone: "078-719 90 00",
    openingHours: "di–za 14.00–22.00 uur",
    services: ["jongerenwerk", "ambulant jongerenwerk", "preventie"], targetGroups: ["jongeren 12-23"],
    verifiedDaysAgo: 30,
    contacts: [
      { key: "aandacht", name: "Mohamed Yilmaz", jobTitle: "Jongerenwerker, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Kim van Rijn", jobTitle: "Teamleider jongerenwerk", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },
  {
    slug: "opvoedpunt-oostendam", name: "Opvoedpunt Oostendam", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Opvoedondersteuning", legalFrame: "CONSENT_REQUIRED",
    description: "Inloopspreekuur voor opvoedvragen. Tijdelijk gesloten; vragen via het CJG.",
    legalBasis: "Jeugdwet (vrijwillig kader)", meldcodeApplies: true,
    address: "Oostendamplein 1", postcode: "3336 AB", area: "Oostendam", phone: "078-720 00 00",
    services: ["opvoedondersteuning", "inloopspreekuur"], targetGroups: ["ouders"],
    status: "INACTIVE",
    verifiedDaysAgo: 20,
    contacts: [
      { key: "aandacht", name: "Gerda Veenstra", jobTitle: "Pedagoog, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "leiding", name: "Linda Vermeulen", jobTitle: "Manager CJG (ook voor het Opvoedpunt)", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "leiding"),
  },
  {
    slug: "pleegzorg-drechtsteden", name: "Pleegzorg Drechtsteden", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Pleegzorg", legalFrame: "CONSENT_REQUIRED",
    description: "Werving, screening en begeleiding van pleeggezinnen.",
    legalBasis: "Jeugdwet", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Develweg 18", postcode: "3333 DE", area: "Noord", phone: "078-721 10 00",
    services: ["pleegzorg", "netwerkpleegzorg", "crisisopvang"], targetGroups: ["pleegouders", "jeugdigen 0-18"],
    verifiedDaysAgo: 85,
    contacts: [
      { key: "aandacht", name: "Roos Vink", jobTitle: "Pleegzorgbegeleider, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Hans Brink", jobTitle: "Teamleider pleegzorg", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },

  // ─── Onderwijs en kinderopvang ─────────────────────────────────────────────────────────
  {
    slug: "kinderopvang-het-speelkwartier", name: "Kinderopvang Het Speelkwartier", sector: "ONDERWIJS", type: "Kinderopvang", legalFrame: "CONSENT_REQUIRED",
    description: "Kinderdagverblijf en buitenschoolse opvang.",
    legalBasis: "Wet kinderopvang; Wet verplichte meldcode huiselijk geweld en kindermishandeling", meldcodeApplies: true,
    address: "Speelstraat 5", postcode: "3334 AK", area: "Heer Oudelands Ambacht", phone: "078-722 20 00",
    openingHours: "ma–vr 7.30–18.30 uur",
    services: ["kinderdagverblijf", "buitenschoolse opvang"], targetGroups: ["kinderen 0-12"],
    verifiedDaysAgo: null,
    contacts: [
      { key: "aandacht", name: "Bianca Janssen", jobTitle: "Locatiemanager, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: [],
  },
  {
    slug: "kinderopvang-de-kleine-wereld", name: "Kinderopvang De Kleine Wereld", sector: "ONDERWIJS", type: "Kinderopvang", legalFrame: "CONSENT_REQUIRED",
    description: "Kinderopvang en peuteropvang met voorschoolse educatie.",
    legalBasis: "Wet kinderopvang; Wet verplichte meldcode huiselijk geweld en kindermishandeling", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Molenvliet 60", postcode: "3335 CM", area: "Kort Ambacht", phone: "078-723 30 00",
    openingHours: "ma–vr 7.00–19.00 uur",
    services: ["kinderdagverblijf", "peuteropvang", "voorschoolse educatie"], targetGroups: ["kinderen 0-4"],
    verifiedDaysAgo: 16,
    contacts: [
      { key: "aandacht", name: "Nicole Verbeek", jobTitle: "Pedagogisch coach, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Ilse de Vries", jobTitle: "Regiomanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "basisschool-de-regenboog", name: "Basisschool De Regenboog", sector: "ONDERWIJS", type: "School (basisonderwijs)", legalFrame: "CONSENT_REQUIRED",
    description: "Openbare basisschool in Zwijndrecht-Noord.",
    legalBasis: "Wet op het primair onderwijs; Wet verplichte meldcode", meldcodeApplies: true,
    address: "Regenbooglaan 11", postcode: "3333 EG", area: "Noord", phone: "078-724 40 00",
    openingHours: "ma–vr 8.15–15.00 uur (wo tot 12.15 uur)",
    services: ["basisonderwijs", "intern begeleider", "schoolmaatschappelijk werk"], targetGroups: ["kinderen 4-12"],
    verifiedDaysAgo: 210,
    contacts: [
      { key: "ib", name: "Marjolein Schipper", jobTitle: "Intern begeleider, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS", "INFORMATIEVERZOEKEN"] },
      { key: "directeur", name: "Ron Bosman", jobTitle: "Directeur", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("ib", "directeur"),
  },
  {
    slug: "basisschool-het-kompas", name: "Basisschool Het Kompas", sector: "ONDERWIJS", type: "School (basisonderwijs)", legalFrame: "CONSENT_REQUIRED",
    description: "Christelijke basisschool in Kort Ambacht.",
    legalBasis: "Wet op het primair onderwijs; Wet verplichte meldcode", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Kompasstraat 3", postcode: "3335 KP", area: "Kort Ambacht", phone: "078-725 50 00",
    services: ["basisonderwijs", "intern begeleider"], targetGroups: ["kinderen 4-12"],
    verifiedDaysAgo: 8,
    contacts: [
      { key: "ib", name: "Annemiek Roelofs", jobTitle: "Intern begeleider, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "directeur", name: "Jeroen Kuipers", jobTitle: "Directeur", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "bestuur", name: "Marianne Akkerman", jobTitle: "Bestuurder stichting", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("ib", "directeur", { label: "Schoolbestuur", contact: "bestuur" }),
  },
  {
    slug: "basisschool-de-wielewaal", name: "Basisschool De Wielewaal", sector: "ONDERWIJS", type: "School (basisonderwijs)", legalFrame: "CONSENT_REQUIRED",
    description: "Basisschool met een taalklas voor nieuwkomers.",
    legalBasis: "Wet op het primair onderwijs; Wet verplichte meldcode", meldcodeApplies: true,
    address: "Vogelzang 25", postcode: "3334 WW", area: "Heer Oudelands Ambacht", phone: "078-726 60 00",
    services: ["basisonderwijs", "taalklas nieuwkomers"], targetGroups: ["kinderen 4-12"],
    verifiedDaysAgo: 70,
    contacts: [
      { key: "ib", name: "Ayşe Demir", jobTitle: "Intern begeleider, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "directeur", name: "Wouter Pauw", jobTitle: "Directeur", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("ib", "directeur"),
  },
  {
    slug: "walburg-college", name: "Walburg College", sector: "ONDERWIJS", type: "School (voortgezet onderwijs)", legalFrame: "CONSENT_REQUIRED",
    description: "Scholengemeenschap voor mavo, havo en vwo.",
    legalBasis: "Wet op het voortgezet onderwijs; Wet verplichte meldcode", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Collegeweg 100", postcode: "3332 CW", area: "Walburg", phone: "078-727 70 00",
    services: ["voortgezet onderwijs", "zorgcoördinator", "schoolmaatschappelijk werk", "zorgadviesteam"], targetGroups: ["jongeren 12-18"],
    verifiedDaysAgo: 25,
    contacts: [
      { key: "zorg", name: "Bart Hofman", jobTitle: "Zorgcoördinator, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Daniëlle Martens", jobTitle: "Teamleider onderbouw", roles: ["LEIDINGGEVENDE"] },
      { key: "rector", name: "Drs. Frits van der Linden", jobTitle: "Rector", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("zorg", "teamleider", { label: "Rector", contact: "rector" }),
  },
  {
    slug: "vmbo-de-rivier", name: "Vmbo De Rivier", sector: "ONDERWIJS", type: "School (voortgezet onderwijs)", legalFrame: "CONSENT_REQUIRED",
    description: "Vmbo met praktijkgerichte leerwegen en een Op-de-rails-klas.",
    legalBasis: "Wet op het voortgezet onderwijs; Wet verplichte meldcode", meldcodeApplies: true,
    address: "Rivierweg 77", postcode: "3336 RV", area: "Oostendam", phone: "078-728 80 00",
    services: ["voortgezet onderwijs", "zorgcoördinator", "schoolmaatschappelijk werk"], targetGroups: ["jongeren 12-18"],
    verifiedDaysAgo: 95,
    contacts: [
      { key: "zorg", name: "Esra Kaya", jobTitle: "Zorgcoördinator, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "directeur", name: "Gijs Verschoor", jobTitle: "Directeur", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("zorg", "directeur"),
  },
  {
    slug: "samenwerkingsverband-passend-onderwijs", name: "Samenwerkingsverband Passend Onderwijs Drechtsteden", sector: "ONDERWIJS", type: "Samenwerkingsverband", legalFrame: "CONSENT_REQUIRED",
    description: "Ondersteuning van scholen bij passend onderwijs en thuiszitters.",
    legalBasis: "Wet op het primair onderwijs en Wet op het voortgezet onderwijs (passend onderwijs)", meldcodeApplies: true,
    address: "Stationsweg 8", postcode: "3331 LS", area: "Centrum", phone: "078-729 90 00",
    services: ["passend onderwijs", "thuiszittersaanpak", "toelaatbaarheidsverklaring"], targetGroups: ["scholen", "ouders"],
    verifiedDaysAgo: 130,
    contacts: [
      { key: "consulent", name: "Tineke Bakker", jobTitle: "Onderwijsconsulent", roles: ["ALGEMEEN", "AANDACHTSFUNCTIONARIS"] },
      { key: "directeur", name: "Michel Ramdin", jobTitle: "Directeur-bestuurder", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("consulent", "directeur"),
  },

  // ─── Gemeente ─────────────────────────────────────────────────────────────────────────
  {
    slug: "leerplicht-drechtsteden", name: "Bureau Leerplicht Drechtsteden", sector: "GEMEENTE", type: "Leerplicht", legalFrame: "CONSENT_REQUIRED",
    description: "Leerplichtambtenaren en RMC-trajectbegeleiding voor Zwijndrecht en omliggende gemeenten.",
    legalBasis: "Leerplichtwet 1969", meldcodeApplies: true,
    address: "Bakestein 44", postcode: "3331 LK", area: "Centrum", phone: "078-730 00 00",
    services: ["leerplicht", "verzuimaanpak", "RMC"], targetGroups: ["leerplichtigen 5-18", "jongeren tot 23"],
    verifiedDaysAgo: 33,
    contacts: [
      { key: "leerplicht", name: "Dirk Wagenaar", jobTitle: "Leerplichtambtenaar", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Esther Blom", jobTitle: "Teamleider leerplicht", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("leerplicht", "teamleider"),
  },
  {
    slug: "schuldhulpverlening-drechtsteden", name: "Schuldhulpverlening Drechtsteden", sector: "GEMEENTE", type: "Schuldhulpverlening", legalFrame: "CONSENT_REQUIRED",
    description: "Hulp bij geldzorgen en schulden, ook voor gezinnen met kinderen.",
    legalBasis: "Wet gemeentelijke schuldhulpverlening", meldcodeApplies: true,
    address: "Bakestein 46", postcode: "3331 LK", area: "Centrum", phone: "078-731 10 00",
    services: ["schuldhulpverlening", "budgetcoaching", "vroegsignalering"], targetGroups: ["volwassenen", "gezinnen"],
    verifiedDaysAgo: 48,
    contacts: [
      { key: "aandacht", name: "Hatice Aydın", jobTitle: "Schuldhulpverlener, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Vincent Oosterhout", jobTitle: "Teamleider", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },

  // ─── Beschermingsketen ─────────────────────────────────────────────────────────────────
  {
    slug: "openbaar-ministerie-zhz", name: "Openbaar Ministerie, parket Zuid-Holland Zuid", sector: "BESCHERMINGSKETEN", type: "Openbaar Ministerie", legalFrame: "WITHOUT_CONSENT",
    description: "Strafrechtelijke vervolging; jeugd- en zedenofficieren van justitie.",
    legalBasis: "Wetboek van Strafvordering; Wet justitiële en strafvorderlijke gegevens", meldcodeApplies: false,
    address: "Steegoversloot 36", postcode: "3311 PP", area: "Regio Zuid-Holland Zuid", phone: "078-732 20 00",
    services: ["strafrecht", "jeugdofficier", "zedenzaken", "Zorg- en Veiligheidshuis-overleg"], targetGroups: ["professionals"],
    verifiedDaysAgo: 120,
    contacts: [
      { key: "secretariaat", name: "Secretariaat jeugd en zeden", jobTitle: "Secretariaat", roles: ["ALGEMEEN"] },
      { key: "officier", name: "Mr. Anne-Marie Zwart", jobTitle: "Officier van justitie jeugd", roles: ["ESCALATIE_AANSPREEKPUNT"] },
    ],
    escalationRoute: [
      { label: "Secretariaat jeugd en zeden", contact: "secretariaat", whenToUse: "Vragen over een strafzaak of afstemming met de officier.", responseTime: "binnen 3 werkdagen" },
      { label: "Officier van justitie jeugd", contact: "officier", whenToUse: "Bij verschil van inzicht over een strafrechtelijke aanpak.", responseTime: "binnen 5 werkdagen" },
      coordinatorStep(),
    ],
  },
  {
    slug: "reclassering-drechtsteden", name: "Reclassering, unit Drechtsteden", sector: "BESCHERMINGSKETEN", type: "Reclassering", legalFrame: "WITHOUT_CONSENT_DURING_SUPERVISION",
    description: "Advies en toezicht in strafrechtelijk kader, ook bij daders van huiselijk geweld.",
    legalBasis: "Reclasseringsregeling 1995 (toezicht in strafrechtelijk kader)", meldcodeApplies: true,
    address: "Toezichtstraat 2", postcode: "3311 TR", area: "Regio Zuid-Holland Zuid", phone: "078-733 30 00",
    services: ["reclasseringstoezicht", "adviesrapportage", "gedragsinterventies huiselijk geweld"], targetGroups: ["volwassenen in strafrechtelijk kader"],
    verifiedDaysAgo: 58,
    contacts: [
      { key: "aandacht", name: "Patrick Vos", jobTitle: "Reclasseringswerker, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "unitmanager", name: "Jolanda Wijnen", jobTitle: "Unitmanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "unitmanager"),
  },
  {
    slug: "jeugdbescherming-rivierenland", name: "Stichting Jeugdbescherming Rivierenland", sector: "BESCHERMINGSKETEN", type: "Gecertificeerde Instelling", legalFrame: "WITHOUT_CONSENT_DURING_ORDER",
    description: "Gecertificeerde instelling voor jeugdbescherming en jeugdreclassering.",
    legalBasis: "Jeugdwet (uitvoering kinderbeschermingsmaatregelen en jeugdreclassering); zonder toestemming alleen tijdens een maatregel", meldcodeApplies: true,
    address: "Rivierdijk 120", postcode: "3311 RD", area: "Regio Zuid-Holland Zuid", phone: "078-734 40 00",
    services: ["ondertoezichtstelling", "voogdij", "jeugdreclassering"], targetGroups: ["jeugdigen onder een maatregel", "ouders"],
    verifiedDaysAgo: 80,
    contacts: [
      { key: "aandacht", name: "Sabine Ververs", jobTitle: "Jeugdbeschermer, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Ahmed Chaouch", jobTitle: "Teamleider", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "directeur", name: "Karin Molenaar", jobTitle: "Directeur", roles: ["LEIDINGGEVENDE"] },
      { key: "jurist", name: "Mr. Olaf Brand", jobTitle: "Jurist", roles: ["JURIST"], visibility: "COORDINATORS" },
    ],
    escalationRoute: route("aandacht", "teamleider", { label: "Directie", contact: "directeur" }),
  },

  // ─── Volwassenenzorg ───────────────────────────────────────────────────────────────────
  {
    slug: "verslavingszorg-rivierenland", name: "Verslavingszorg Rivierenland, locatie Zwijndrecht", sector: "VOLWASSENENZORG", type: "Verslavingszorg", legalFrame: "CONSENT_REQUIRED",
    description: "Behandeling bij verslaving aan alcohol, drugs of gokken; aandacht voor kinderen van cliënten.",
    legalBasis: "WGBO (Boek 7 BW), beroepsgeheim", meldcodeApplies: true,
    address: "Stationsweg 40", postcode: "3331 LT", area: "Centrum", phone: "078-735 50 00",
    services: ["verslavingszorg", "KOPP/KVO", "preventie"], targetGroups: ["volwassenen", "jongeren vanaf 16"],
    verifiedDaysAgo: 400,
    contacts: [
      { key: "aandacht", name: "Stefan Lodewijks", jobTitle: "Verpleegkundig specialist, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Carla Visscher", jobTitle: "Regiomanager", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
      { key: "gd", name: "Dr. Bram Terpstra", jobTitle: "Geneesheer-directeur", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager", { label: "Geneesheer-directeur", contact: "gd" }),
  },
  {
    slug: "vrouwenopvang-drechtsteden", name: "Vrouwenopvang Drechtsteden", sector: "VOLWASSENENZORG", type: "Vrouwenopvang", legalFrame: "CONSENT_REQUIRED",
    description: "Opvang en ambulante hulp bij huiselijk geweld. Het adres is geheim; bereikbaar via het algemene nummer.",
    legalBasis: "Wmo 2015 (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "", postcode: "", area: "Regio Zuid-Holland Zuid", phone: "078-736 60 00",
    openingHours: "24 uur per dag bereikbaar",
    services: ["vrouwenopvang", "ambulante hulp huiselijk geweld", "veiligheidsplan"], targetGroups: ["volwassenen", "gezinnen"],
    isPublic: false,
    verifiedDaysAgo: 15,
    contacts: [
      { key: "aandacht", name: "Leonie Hartman", jobTitle: "Ambulant hulpverlener, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Gabriëlle Mertens", jobTitle: "Manager opvang", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"], visibility: "COORDINATORS" },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "wijkverpleging-zwijndrecht", name: "Wijkverpleging Zwijndrecht", sector: "VOLWASSENENZORG", type: "Wijkverpleging", legalFrame: "CONSENT_REQUIRED",
    description: "Verpleging en verzorging thuis; signaleert ook zorgen over kinderen in het gezin.",
    legalBasis: "WGBO (Boek 7 BW), beroepsgeheim", meldcodeApplies: true,
    address: "Heer Oudelandsplein 4", postcode: "3334 GJ", area: "Heer Oudelands Ambacht", phone: "078-737 70 00",
    services: ["wijkverpleging", "thuiszorg", "mantelzorgondersteuning"], targetGroups: ["volwassenen", "ouderen"],
    verifiedDaysAgo: 62,
    contacts: [
      { key: "aandacht", name: "Ingrid Koopman", jobTitle: "Wijkverpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Marco Bosch", jobTitle: "Teamcoach", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },

  // ─── Overig ────────────────────────────────────────────────────────────────────────────
  {
    slug: "buurthuis-de-schakel", name: "Buurthuis De Schakel", sector: "OVERIG", type: "Buurthuis", legalFrame: "CONSENT_REQUIRED",
    description: "Buurthuis met inloop, taalcafé en activiteiten voor alle leeftijden.",
    legalBasis: "Geen bijzondere wettelijke grondslag; vrijwillig kader", meldcodeApplies: false,
    address: "Schakelstraat 1", postcode: "3333 SN", area: "Noord", phone: "078-738 80 00",
    openingHours: "ma–vr 9.00–21.00 uur",
    services: ["inloop", "taalcafé", "vrijwilligerswerk"], targetGroups: ["buurtbewoners"],
    verifiedDaysAgo: null,
    contacts: [
      { key: "beheerder", name: "Truus van Wijk", jobTitle: "Beheerder", roles: ["ALGEMEEN"] },
    ],
    escalationRoute: [],
  },
  {
    slug: "sportvereniging-oostendam", name: "Sportvereniging Oostendam '74", sector: "OVERIG", type: "Sportvereniging", legalFrame: "CONSENT_REQUIRED",
    description: "Omnisportvereniging met jeugdafdelingen voetbal, turnen en zwemmen; heeft een vertrouwenscontactpersoon.",
    legalBasis: "Geen bijzondere wettelijke grondslag; vrijwillig kader", meldcodeApplies: false,
    address: "Sportlaan 74", postcode: "3336 SP", area: "Oostendam", phone: "078-739 90 00",
    services: ["sport", "vertrouwenscontactpersoon"], targetGroups: ["kinderen", "jongeren", "volwassenen"],
    verifiedDaysAgo: 40,
    contacts: [
      { key: "vcp", name: "Gert-Jan Huizinga", jobTitle: "Vertrouwenscontactpersoon", roles: ["ALGEMEEN"] },
    ],
    escalationRoute: [],
  },
  {
    slug: "stichting-maatje-zwijndrecht", name: "Stichting Maatje Zwijndrecht", sector: "OVERIG", type: "Vrijwilligersorganisatie", legalFrame: "CONSENT_REQUIRED",
    description: "Vrijwillige maatjes voor gezinnen die er even alleen voor staan.",
    legalBasis: "Geen bijzondere wettelijke grondslag; vrijwillig kader", meldcodeApplies: false,
    address: "Kerkstraat 31", postcode: "3331 CF", area: "Centrum", phone: "078-740 00 00",
    services: ["maatjesproject", "opvoedondersteuning door vrijwilligers"], targetGroups: ["gezinnen"],
    verifiedDaysAgo: 26,
    contacts: [
      { key: "coordinator", name: "Helma Stoop", jobTitle: "Coördinator vrijwilligers, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"] },
      { key: "bestuur", name: "Aad Vermeer", jobTitle: "Voorzitter bestuur", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("coordinator", "bestuur"),
  },
  // Issue 18: the neighbours in the demo region (Dordrecht GM0505, Papendrecht GM0590), linked to
  // their municipality in ./demo-working-areas.ts. As fictional as the rest.
  {
    slug: "wijkteam-dordrecht-crabbehof", name: "Sociaal Wijkteam Dordrecht Crabbehof", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED",
    description: "Ondersteuning voor gezinnen en jongeren in Crabbehof en Zuidhoven (demo, Dordrecht).",
    legalBasis: "Jeugdwet en Wmo 2015 (vrijwillig kader)", meldcodeApplies: true,
    address: "Crabbehofplein 5", postcode: "3317 AA", area: "Crabbehof", phone: "078-750 10 00",
    services: ["opvoedondersteuning", "ambulante jeugdhulp", "Wmo-toegang"], targetGroups: ["gezinnen", "jongeren"],
    verifiedDaysAgo: 30,
    contacts: [
      { key: "aandacht", name: "Yasmina El Idrissi", jobTitle: "Aandachtsfunctionaris kindermishandeling", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Ruben Dekker", jobTitle: "Teamleider wijkteam", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },
  {
    slug: "cjg-dordrecht", name: "Centrum voor Jeugd en Gezin Dordrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "CJG", legalFrame: "CONSENT_REQUIRED",
    description: "Opvoed- en opgroeiondersteuning en jeugdgezondheidszorg in Dordrecht (demo).",
    legalBasis: "Jeugdwet en Wet publieke gezondheid (vrijwillig kader)", meldcodeApplies: true, keurmerkMeldcode: true,
    address: "Spuiweg 20", postcode: "3311 GV", area: "Binnenstad", phone: "078-751 10 00",
    services: ["opvoedondersteuning", "jeugdgezondheidszorg", "opvoedcursussen"], targetGroups: ["ouders", "kinderen 0-18"],
    verifiedDaysAgo: 45,
    contacts: [
      { key: "aandacht", name: "Inge Hoogendoorn", jobTitle: "Jeugdverpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "manager", name: "Koen van Leeuwen", jobTitle: "Manager CJG", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
  {
    slug: "basisschool-de-merwe", name: "Basisschool De Merwe", sector: "ONDERWIJS", type: "Basisschool", legalFrame: "CONSENT_REQUIRED",
    description: "Openbare basisschool in Dordrecht (demo).",
    legalBasis: "Wet op het primair onderwijs; meldcode van toepassing", meldcodeApplies: true,
    address: "Merwekade 8", postcode: "3311 TE", area: "Binnenstad", phone: "078-752 10 00",
    services: ["primair onderwijs", "intern begeleider"], targetGroups: ["kinderen 4-12"],
    verifiedDaysAgo: 60,
    contacts: [
      { key: "ib", name: "Marloes de Bruin", jobTitle: "Intern begeleider, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "directeur", name: "Hans Verbeek", jobTitle: "Directeur", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("ib", "directeur"),
  },
  {
    slug: "sociaal-team-papendrecht", name: "Sociaal Team Papendrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED",
    description: "Eén loket voor jeugd en gezin in Papendrecht (demo).",
    legalBasis: "Jeugdwet en Wmo 2015 (vrijwillig kader)", meldcodeApplies: true,
    address: "Markt 1", postcode: "3351 PA", area: "Wilgendonk", phone: "078-753 10 00",
    services: ["opvoedondersteuning", "ambulante jeugdhulp", "Wmo-toegang"], targetGroups: ["gezinnen", "jongeren"],
    verifiedDaysAgo: 15,
    contacts: [
      { key: "aandacht", name: "Joyce van Wijk", jobTitle: "Aandachtsfunctionaris kindermishandeling", roles: ["AANDACHTSFUNCTIONARIS"] },
      { key: "teamleider", name: "Erik Schouten", jobTitle: "Teamleider", roles: ["ESCALATIE_AANSPREEKPUNT", "LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "teamleider"),
  },
  {
    slug: "cjg-papendrecht", name: "Centrum voor Jeugd en Gezin Papendrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "CJG", legalFrame: "CONSENT_REQUIRED",
    description: "Consultatiebureau en opvoedvragen in Papendrecht (demo).",
    legalBasis: "Jeugdwet en Wet publieke gezondheid (vrijwillig kader)", meldcodeApplies: true,
    address: "Veerweg 12", postcode: "3351 CB", area: "Wilgendonk", phone: "078-754 10 00",
    services: ["jeugdgezondheidszorg", "opvoedondersteuning"], targetGroups: ["ouders", "kinderen 0-18"],
    verifiedDaysAgo: 80,
    contacts: [
      { key: "aandacht", name: "Sandra Kok", jobTitle: "Jeugdverpleegkundige, aandachtsfunctionaris", roles: ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT"] },
      { key: "manager", name: "Wouter Bos", jobTitle: "Manager", roles: ["LEIDINGGEVENDE"] },
    ],
    escalationRoute: route("aandacht", "manager"),
  },
];

function complete(org: OrganisationInput, index: number): DemoOrganisation {
  const domain = `${org.slug}.demo.nl`;
  return {
    ...org,
    email: org.email ?? `info@${domain}`,
    website: org.website ?? `https://www.${domain}`,
    openingHours: org.openingHours ?? OFFICE_HOURS,
    keurmerkMeldcode: org.keurmerkMeldcode ?? false,
    targetGroups: org.targetGroups ?? [],
    isPublic: org.isPublic ?? true,
    status: org.status ?? "ACTIVE",
    contacts: org.contacts.map((contact, contactIndex) => ({
      availability: OFFICE_HOURS,
      visibility: "SIGNED_IN",
      // Fictional direct lines: 078-7<org index> <contact index>.
      phone: `078-7${String(index).padStart(2, "0")} 1${contactIndex} ${String(10 + index).slice(-2)}`,
      email: `${emailLocalPart(contact.name)}@${domain}`,
      ...contact,
    })),
  };
}

export const DEMO_DIRECTORY: readonly DemoOrganisation[] = RAW.map(complete);
