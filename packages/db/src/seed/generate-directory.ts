import { randomUUID } from "node:crypto";
import type { Db } from "../client.ts";
import type { ContactRole, LegalFrame, Prisma, Sector } from "../generated/prisma/client.ts";

/*
 * A large, made-up sociale kaart for load tests and benchmarks (`npm run db:seed -- --orgs 10000`).
 * Names are built from Dutch word lists so that full-text and trigram search meet realistic
 * text. Every generated organisation is marked isDemo and has a slug ending in "-gen-<n>", so it
 * can be told apart from (and deleted separately from) real and hand-written demo entries.
 */

interface Kind {
  type: string;
  sector: Sector;
  legalFrame: LegalFrame;
  /** Relative frequency: many schools and GPs, few Veilig Thuis offices. */
  weight: number;
  names: readonly string[];
  services: readonly string[];
  jobTitles: readonly string[];
}

const KINDS: readonly Kind[] = [
  { type: "Huisarts", sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", weight: 12, names: ["Huisartsenpraktijk {surname}", "Huisartsenpraktijk {street}", "Gezondheidscentrum {area}"], services: ["huisartsenzorg", "praktijkondersteuning GGZ", "doorverwijzing", "spreekuur"], jobTitles: ["Huisarts", "Praktijkondersteuner GGZ", "Doktersassistent", "Praktijkmanager"] },
  { type: "Jeugdgezondheidszorg", sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", weight: 3, names: ["Consultatiebureau {area}", "JGZ {region}"], services: ["jeugdgezondheidszorg", "consultatiebureau", "vaccinaties", "opvoedondersteuning"], jobTitles: ["Jeugdarts", "Jeugdverpleegkundige", "Doktersassistent"] },
  { type: "Kinderarts", sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", weight: 1, names: ["Kinderartsenpraktijk {surname}", "Kindergeneeskunde {hospital}"], services: ["kindergeneeskunde", "spoedeisende hulp", "medisch onderzoek"], jobTitles: ["Kinderarts", "Verpleegkundige", "Medisch maatschappelijk werker"] },
  { type: "GGZ", sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", weight: 4, names: ["GGZ {region}", "Psychologenpraktijk {surname}", "Jeugd-GGZ {area}"], services: ["ggz behandeling", "trauma behandeling", "diagnostiek", "crisisdienst"], jobTitles: ["Psycholoog", "GZ-psycholoog", "Psychiater", "Sociaal psychiatrisch verpleegkundige"] },
  { type: "Verloskundige", sector: "MEDISCH", legalFrame: "CONSENT_REQUIRED", weight: 2, names: ["Verloskundigenpraktijk {noun}", "Verloskundigen {area}"], services: ["zwangerschapszorg", "kraamzorg", "prenatale voorlichting"], jobTitles: ["Verloskundige", "Kraamverzorgende"] },
  { type: "Wijkteam", sector: "JEUGDHULP_SOCIAAL_WERK", legalFrame: "CONSENT_REQUIRED", weight: 3, names: ["Wijkteam {area}", "Sociaal wijkteam {area} {compass}"], services: ["opvoedondersteuning", "gezinscoaching", "schuldhulp", "huiselijk geweld"], jobTitles: ["Wijkteammedewerker", "Gezinscoach", "Maatschappelijk werker"] },
  { type: "Centrum voor Jeugd en Gezin", sector: "JEUGDHULP_SOCIAAL_WERK", legalFrame: "CONSENT_REQUIRED", weight: 2, names: ["CJG {area}", "Centrum voor Jeugd en Gezin {region}"], services: ["opvoedondersteuning", "jeugdgezondheidszorg", "oudercursus"], jobTitles: ["Jeugdverpleegkundige", "Pedagoog", "Opvoedadviseur"] },
  { type: "Jeugdhulpaanbieder", sector: "JEUGDHULP_SOCIAAL_WERK", legalFrame: "CONSENT_REQUIRED", weight: 5, names: ["Jeugdhulp {noun}", "Stichting {noun} Jeugdzorg", "{noun} Ambulante Hulp"], services: ["ambulante jeugdhulp", "pleegzorg", "gezinshuis", "dagbehandeling"], jobTitles: ["Jeugdhulpverlener", "Gedragswetenschapper", "Ambulant hulpverlener"] },
  { type: "Maatschappelijk werk", sector: "JEUGDHULP_SOCIAAL_WERK", legalFrame: "CONSENT_REQUIRED", weight: 2, names: ["Maatschappelijk Werk {region}", "Welzijn {area}"], services: ["maatschappelijk werk", "schuldhulp", "mantelzorgondersteuning"], jobTitles: ["Maatschappelijk werker", "Sociaal werker", "Jongerenwerker"] },
  { type: "Basisschool", sector: "ONDERWIJS", legalFrame: "CONSENT_REQUIRED", weight: 14, names: ["Basisschool De {noun}", "{denomination} Basisschool {noun}", "OBS {noun}"], services: ["primair onderwijs", "zorgteam", "schoolmaatschappelijk werk", "naschoolse opvang"], jobTitles: ["Intern begeleider", "Directeur", "Leerkracht", "Schoolmaatschappelijk werker"] },
  { type: "Voortgezet onderwijs", sector: "ONDERWIJS", legalFrame: "CONSENT_REQUIRED", weight: 4, names: ["{noun} College", "Scholengemeenschap {surname}", "Lyceum {area}"], services: ["voortgezet onderwijs", "zorgteam", "mentoraat", "zorgadviesteam"], jobTitles: ["Zorgcoördinator", "Mentor", "Teamleider", "Vertrouwenspersoon"] },
  { type: "Kinderopvang", sector: "ONDERWIJS", legalFrame: "CONSENT_REQUIRED", weight: 10, names: ["Kinderopvang {noun}", "Kinderdagverblijf De {noun}", "Peuteropvang {noun}", "BSO {noun}"], services: ["kinderdagverblijf", "buitenschoolse opvang", "peuteropvang", "voorschoolse educatie"], jobTitles: ["Pedagogisch medewerker", "Locatiemanager", "Pedagogisch coach"] },
  { type: "Leerplicht", sector: "GEMEENTE", legalFrame: "CONSENT_REQUIRED", weight: 1, names: ["Leerplicht {region}", "Bureau Leerplicht {area}"], services: ["leerplicht", "verzuimaanpak", "RMC"], jobTitles: ["Leerplichtambtenaar", "Trajectbegeleider"] },
  { type: "Veilig Thuis", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT", weight: 0.3, names: ["Veilig Thuis {region}"], services: ["advies", "melding kindermishandeling", "huiselijk geweld", "crisisdienst"], jobTitles: ["Vertrouwensarts", "Medewerker advies en meldingen", "Casemanager"] },
  { type: "Raad voor de Kinderbescherming", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT", weight: 0.3, names: ["Raad voor de Kinderbescherming {region}"], services: ["beschermingsonderzoek", "strafzaken jeugd", "gezag en omgang"], jobTitles: ["Raadsonderzoeker", "Teamleider", "Jurist"] },
  { type: "Gecertificeerde Instelling", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT_DURING_ORDER", weight: 0.6, names: ["Jeugdbescherming {region}", "William Schrikker {region}"], services: ["ondertoezichtstelling", "voogdij", "jeugdreclassering"], jobTitles: ["Jeugdbeschermer", "Gezinsvoogd", "Jeugdreclasseerder"] },
  { type: "Politie", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT", weight: 0.8, names: ["Politie basisteam {area}", "Politie {region}"], services: ["wijkagent", "zeden", "jeugd en zeden"], jobTitles: ["Wijkagent", "Jeugdagent", "Rechercheur zeden"] },
  { type: "Reclassering", sector: "BESCHERMINGSKETEN", legalFrame: "WITHOUT_CONSENT_DURING_SUPERVISION", weight: 0.4, names: ["Reclassering {region}"], services: ["toezicht", "reclasseringsadvies", "werkstraf"], jobTitles: ["Reclasseringswerker", "Toezichthouder"] },
  { type: "Gemeente", sector: "GEMEENTE", legalFrame: "CONSENT_REQUIRED", weight: 1, names: ["Gemeente {region} {department}", "Team {department} {area}"], services: ["toegang jeugdhulp", "schuldhulp", "Wmo", "bijzondere bijstand"], jobTitles: ["Beleidsmedewerker", "Consulent", "Aandachtsfunctionaris"] },
  { type: "Verslavingszorg", sector: "VOLWASSENENZORG", legalFrame: "CONSENT_REQUIRED", weight: 1, names: ["Verslavingszorg {region}", "Kliniek {noun}"], services: ["verslavingszorg", "ambulante behandeling", "preventie"], jobTitles: ["Verslavingsarts", "Behandelaar", "Preventiewerker"] },
  { type: "Vrouwenopvang", sector: "VOLWASSENENZORG", legalFrame: "CONSENT_REQUIRED", weight: 0.5, names: ["Vrouwenopvang {region}", "Blijf Groep {region}"], services: ["vrouwenopvang", "huiselijk geweld", "crisisopvang"], jobTitles: ["Begeleider", "Casemanager huiselijk geweld"] },
  { type: "Buurthuis", sector: "OVERIG", legalFrame: "CONSENT_REQUIRED", weight: 3, names: ["Buurthuis {noun}", "Wijkcentrum {area}"], services: ["ontmoeting", "huiswerkbegeleiding", "taalcafé"], jobTitles: ["Opbouwwerker", "Coördinator vrijwilligers"] },
  { type: "Sportvereniging", sector: "OVERIG", legalFrame: "CONSENT_REQUIRED", weight: 4, names: ["{sport}vereniging {noun}", "{sport}club {area}"], services: ["sport", "jeugdtraining", "vertrouwenscontactpersoon"], jobTitles: ["Vertrouwenscontactpersoon", "Jeugdcoördinator", "Trainer"] },
  { type: "Levensbeschouwelijke organisatie", sector: "OVERIG", legalFrame: "CONSENT_REQUIRED", weight: 1.5, names: ["{church} {area}", "Stichting {church} {noun}"], services: ["jeugdwerk", "pastorale zorg", "ontmoeting"], jobTitles: ["Jeugdwerker", "Pastor", "Vertrouwenspersoon"] },
];

const WORDS = {
  area: ["Centrum", "Noord", "Oost", "Zuid", "West", "Heerjansdam", "Walburg", "Kort Ambacht", "Nederhoven", "Develwijk", "Oostendam", "Molenvliet", "Langeweg", "Kijfhoek", "Lindtse Hoek", "Buitenoord"],
  region: ["Zuid-Holland Zuid", "Drechtsteden", "Rijnmond", "Hollands Midden", "Dordrecht", "Alblasserwaard", "Hoeksche Waard", "Zwijndrecht"],
  compass: ["Noord", "Oost", "Zuid", "West", "Midden"],
  surname: ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van den Berg", "Kok", "Jacobs", "Vermeulen", "van Dijk", "Yilmaz", "El Amrani", "Boukhari", "Kaya", "Nguyen", "Pinas", "Sedney", "Öztürk", "Çelik", "Ramdin", "Lemmens", "Schouten", "Kuipers", "Verbeek"],
  firstName: ["Sanne", "Fatima", "Mohamed", "Lotte", "Daan", "Emma", "Noah", "Anouk", "Bram", "Ilse", "Youssef", "Sevda", "Jeroen", "Marloes", "Kees", "Ayşe", "Priya", "Rik", "Nina", "Tom", "Karin", "Hanneke", "Mehmet", "Esra", "Joost", "Wendy", "René", "Chantal", "Iris", "Stefan", "Zeynep", "Latoya", "Gert-Jan", "Mirjam", "Sophie", "Thijs"],
  street: ["Kerkstraat", "Molenweg", "Lindelaan", "Dorpsstraat", "Stationsplein", "Veerweg", "Burgemeester Jansenlaan", "Rotterdamseweg", "Koninginneweg", "Kerkeplein"],
  noun: ["Regenboog", "Wilgen", "Zonnebloem", "Vlinder", "Bongerd", "Kameleon", "Klimop", "Esdoorn", "Linde", "Horizon", "Fontein", "Kompas", "Ark", "Zeester", "Merel", "Klaproos", "Springplank", "Boomgaard", "Waterlelie", "Meander", "Tweemaster", "Notenkraker", "Walvis", "Eekhoorn", "Uilenburcht", "Vuurtoren", "Sterrenwacht", "Kastanje", "Duizendpoot", "Parel"],
  denomination: ["Christelijke", "Katholieke", "Openbare", "Islamitische", "Montessori", "Dalton", "Jenaplan", "Vrije"],
  hospital: ["Albert Schweitzer", "Maasstad", "Beatrix", "Ikazia", "Franciscus"],
  department: ["Jeugd", "Zorg en Welzijn", "Veiligheid", "Sociaal Domein", "Onderwijs"],
  sport: ["Voetbal", "Hockey", "Zwem", "Korfbal", "Judo", "Turn", "Tennis", "Atletiek"],
  church: ["Protestantse Gemeente", "Parochie Sint-Jozef", "Moskee Mevlana", "Evangelische Gemeente", "Hindoe Mandir"],
  groups: ["0-4 jaar", "4-12 jaar", "12-18 jaar", "18-23 jaar", "ouders", "zwangeren", "gezinnen", "jongeren"],
};

const ROLE_TITLES: Partial<Record<ContactRole, string>> = {
  AANDACHTSFUNCTIONARIS: "Aandachtsfunctionaris kindermishandeling",
  PRIVACY_OFFICER: "Privacy officer",
  JURIST: "Jurist",
  LEIDINGGEVENDE: "Teamleider",
  INFORMATIEVERZOEKEN: "Aanspreekpunt informatieverzoeken",
};

/** mulberry32: a tiny seeded generator, so org n is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind.weight, 0);

function pickKind(rnd: () => number): Kind {
  let r = rnd() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    r -= kind.weight;
    if (r <= 0) return kind;
  }
  return KINDS[0] as Kind;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pickSome<T>(rnd: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = Math.min(list.length, min + Math.floor(rnd() * (max - min + 1)));
  return [...list].sort(() => rnd() - 0.5).slice(0, count);
}

function fill(template: string, rnd: () => number, area: string): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key === "area" ? area : pick(rnd, WORDS[key as keyof typeof WORDS] ?? [key])));
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CONTACT_ROLES: readonly ContactRole[] = ["AANDACHTSFUNCTIONARIS", "ESCALATIE_AANSPREEKPUNT", "PRIVACY_OFFICER", "JURIST", "LEIDINGGEVENDE", "INFORMATIEVERZOEKEN", "ALGEMEEN"];

export function generatedOrganisation(index: number, now: Date): { organisation: Prisma.OrganisationCreateManyInput; contacts: Prisma.ContactCreateManyInput[] } {
  const rnd = random(index * 7919 + 17);
  const kind = pickKind(rnd);
  const area = pick(rnd, WORDS.area);
  const name = fill(pick(rnd, kind.names), rnd, area);
  const id = randomUUID();
  const services = pickSome(rnd, kind.services, 1, 3);
  const statusRoll = rnd();
  const verifiedRoll = rnd();
  const organisation: Prisma.OrganisationCreateManyInput = {
    id,
    name,
    slug: `${slugify(name)}-gen-${index}`,
    type: kind.type,
    sector: kind.sector,
    legalFrame: kind.legalFrame,
    status: statusRoll < 0.95 ? "ACTIVE" : statusRoll < 0.98 ? "INACTIVE" : "CLOSED",
    isDemo: true,
    description: `${kind.type} in ${area}. Wij bieden ${services.join(", ")}.`,
    area,
    postcode: `33${30 + Math.floor(rnd() * 10)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}`,
    address: `${pick(rnd, WORDS.street)} ${1 + Math.floor(rnd() * 200)}`,
    phone: `078 ${String(100 + Math.floor(rnd() * 900))} ${String(1000 + Math.floor(rnd() * 9000))}`,
    email: `info@${slugify(name).slice(0, 40)}.example`,
    services,
    targetGroups: pickSome(rnd, WORDS.groups, 1, 2),
    meldcodeApplies: kind.sector !== "OVERIG",
    verifiedAt: verifiedRoll < 0.1 ? null : new Date(now.getTime() - Math.floor(verifiedRoll * 365) * DAY_MS),
  };
  const contactCount = 3 + Math.floor(rnd() * 5); // 3..7, five on average
  const contacts: Prisma.ContactCreateManyInput[] = [];
  for (let c = 0; c < contactCount; c++) {
    const role = c === 0 ? "AANDACHTSFUNCTIONARIS" : pick(rnd, CONTACT_ROLES);
    const first = pick(rnd, WORDS.firstName);
    const last = pick(rnd, WORDS.surname);
    contacts.push({
      id: randomUUID(),
      organisationId: id,
      name: `${first} ${last}`,
      jobTitle: ROLE_TITLES[role] ?? pick(rnd, kind.jobTitles),
      roles: [role],
      email: `${slugify(first)}.${slugify(last)}@${slugify(name).slice(0, 30)}.example`,
      phone: `06 ${String(10000000 + Math.floor(rnd() * 89999999))}`,
      visibility: rnd() < 0.2 ? "COORDINATORS" : "SIGNED_IN",
    });
  }
  return { organisation, contacts };
}

export interface GenerateResult {
  organisations: number;
  contacts: number;
  milliseconds: number;
}

const BATCH = 2000;

/**
 * Adds `count` generated organisations (about five contacts each) after any generated earlier.
 * Rows go in as one JSON parameter per batch (jsonb_to_recordset): a single multi-row INSERT,
 * much faster than createMany for 50,000 contacts. The search triggers are switched off inside
 * the transaction and every new search document built once at the end (instead of once per
 * contact); the switch is transactional DDL, so a failed run leaves the triggers as they were.
 */
export async function generateDirectory(db: Db, count: number, now: Date): Promise<GenerateResult> {
  const started = performance.now();
  const offset = await db.organisation.count({ where: { slug: { contains: "-gen-" }, isDemo: true } });
  let contactsCreated = 0;
  const ids: string[] = [];
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`ALTER TABLE "Organisation" DISABLE TRIGGER organisation_search_refresh`;
      await tx.$executeRaw`ALTER TABLE "Contact" DISABLE TRIGGER contact_search_refresh`;
      for (let start = 0; start < count; start += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => generatedOrganisation(offset + start + i, now));
        const organisations = batch.map((b) => b.organisation);
        const contacts = batch.flatMap((b) => b.contacts);
        for (const o of organisations) ids.push(o.id as string);
        await tx.$executeRaw`
          INSERT INTO "Organisation" ("id", "name", "slug", "type", "sector", "legalFrame", "status", "isDemo", "description", "area",
                                      "postcode", "address", "phone", "email", "services", "targetGroups", "meldcodeApplies", "verifiedAt", "updatedAt")
          SELECT x."id", x."name", x."slug", x."type", x."sector"::"Sector", x."legalFrame"::"LegalFrame", x."status"::"OrganisationStatus",
                 true, x."description", x."area", x."postcode", x."address", x."phone", x."email", x."services", x."targetGroups",
                 x."meldcodeApplies", x."verifiedAt", now()
            FROM jsonb_to_recordset(${JSON.stringify(organisations)}::jsonb) AS x("id" text, "name" text, "slug" text, "type" text,
                 "sector" text, "legalFrame" text, "status" text, "description" text, "area" text, "postcode" text, "address" text,
                 "phone" text, "email" text, "services" text[], "targetGroups" text[], "meldcodeApplies" boolean, "verifiedAt" timestamptz)`;
        await tx.$executeRaw`
          INSERT INTO "Contact" ("id", "organisationId", "name", "jobTitle", "roles", "email", "phone", "visibility", "updatedAt")
          SELECT x."id", x."organisationId", x."name", x."jobTitle", x."roles"::"ContactRole"[], x."email", x."phone",
                 x."visibility"::"ContactVisibility", now()
            FROM jsonb_to_recordset(${JSON.stringify(contacts)}::jsonb) AS x("id" text, "organisationId" text, "name" text,
                 "jobTitle" text, "roles" text[], "email" text, "phone" text, "visibility" text)`;
        contactsCreated += contacts.length;
      }
      await tx.$executeRaw`ALTER TABLE "Contact" ENABLE TRIGGER contact_search_refresh`;
      await tx.$executeRaw`ALTER TABLE "Organisation" ENABLE TRIGGER organisation_search_refresh`;
      await tx.$executeRaw`UPDATE "Organisation" SET "searchText" = "searchText" WHERE "id" = ANY(${ids}::text[])`;
      // Working area (issue 18): every seventh organisation serves the whole region, the others one
      // of the install's municipalities in turn (none linked when the install has none yet).
      await tx.$executeRaw`
        WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM unnest(${ids}::text[]) AS id)
        UPDATE "Organisation" o SET "regionWide" = true FROM numbered WHERE o."id" = numbered.id AND numbered.n % 7 = 0`;
      await tx.$executeRaw`
        WITH municipalities AS (SELECT "code", row_number() OVER (ORDER BY "code") - 1 AS k, count(*) OVER () AS total FROM "Municipality"),
             numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM unnest(${ids}::text[]) AS id)
        INSERT INTO "OrganisationMunicipality" ("organisationId", "municipalityCode")
        SELECT numbered.id, m."code" FROM numbered JOIN municipalities m ON m.k = numbered.n % m.total
         WHERE numbered.n % 7 <> 0`;
    },
    { timeout: 30 * 60 * 1000, maxWait: 60 * 1000 },
  );
  await db.$executeRaw`ANALYZE "Organisation"`;
  await db.$executeRaw`ANALYZE "Contact"`;
  return { organisations: count, contacts: contactsCreated, milliseconds: Math.round(performance.now() - started) };
}
