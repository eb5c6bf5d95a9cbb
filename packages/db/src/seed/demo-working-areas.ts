import type { Db } from "../client.ts";
import { DEMO_AGREEMENTS } from "./demo-agreements.ts";
import { DEMO_MUNICIPALITY_CODE } from "./demo-figures.ts";
import { DEMO_MEETINGS } from "./demo-meetings.ts";

/*
 * Issue 18, part C: what the demo region shares. Regional organisations (Veilig Thuis, the Raad,
 * the GI's, politie, GGZ, GGD, Bureau Leerplicht Drechtsteden, …) work in the whole region;
 * Zwijndrecht's local ones in GM0642; the neighbours' organisations in Dordrecht (GM0505) and
 * Papendrecht (GM0590). One agreement applies to the whole region, the others to Zwijndrecht; one
 * werkatelier is regional, the others are Zwijndrecht's.
 *
 * Idempotent and kind to edits: an organisation or agreement gets its working area or scope only
 * while it has none (neither region-wide nor a municipality: a state the forms cannot produce);
 * a meeting only while it was never edited (version 1). Links to a municipality that does not exist
 * (yet) in this database are skipped.
 */

const DORDRECHT = "GM0505";
const PAPENDRECHT = "GM0590";

/** Organisations of the demo directory that serve the whole region. */
export const DEMO_REGION_WIDE_ORGANISATIONS: readonly string[] = [
  "veilig-thuis-zhz",
  "raad-voor-de-kinderbescherming",
  "gi-jeugdbescherming-west",
  "politie-zwijndrecht",
  "ggz-jeugd-drechtsteden",
  "kindergeneeskunde-rivierziekenhuis",
  "ggd-jeugdarts-voortgezet-onderwijs",
  "maatschappelijk-werk-drechtsteden",
  "pleegzorg-drechtsteden",
  "samenwerkingsverband-passend-onderwijs",
  "leerplicht-drechtsteden",
  "schuldhulpverlening-drechtsteden",
  "openbaar-ministerie-zhz",
  "reclassering-drechtsteden",
  "jeugdbescherming-rivierenland",
  "vrouwenopvang-drechtsteden",
];

/** The neighbours' organisations; every other demo organisation works in Zwijndrecht. */
export const DEMO_NEIGHBOUR_ORGANISATIONS: Readonly<Record<string, string>> = {
  "wijkteam-dordrecht-crabbehof": DORDRECHT,
  "cjg-dordrecht": DORDRECHT,
  "basisschool-de-merwe": DORDRECHT,
  "sociaal-team-papendrecht": PAPENDRECHT,
  "cjg-papendrecht": PAPENDRECHT,
};

/** The agreement that applies to the whole region. */
export const DEMO_REGION_WIDE_AGREEMENT = "Modelconvenant Veilig Thuis, politie en OM";

/** The werkatelier open to professionals of every municipality of the region. */
export const DEMO_REGIONAL_MEETING = "Netwerkbijeenkomst aandachtsfunctionarissen";

export interface RegionSharingResult {
  organisationsPlaced: number;
  agreementsScoped: number;
  meetingsPlaced: number;
}

export async function seedRegionSharing(db: Db): Promise<RegionSharingResult> {
  const result: RegionSharingResult = { organisationsPlaced: 0, agreementsScoped: 0, meetingsPlaced: 0 };
  const known = new Set((await db.municipality.findMany({ select: { code: true } })).map((m) => m.code));
  const regionWide = new Set(DEMO_REGION_WIDE_ORGANISATIONS);

  const organisations = await db.organisation.findMany({
    where: { isDemo: true, regionWide: false, municipalities: { none: {} } },
    select: { id: true, slug: true },
  });
  for (const org of organisations) {
    if (regionWide.has(org.slug)) {
      await db.organisation.update({ where: { id: org.id }, data: { regionWide: true } });
      result.organisationsPlaced += 1;
      continue;
    }
    const code = DEMO_NEIGHBOUR_ORGANISATIONS[org.slug] ?? DEMO_MUNICIPALITY_CODE;
    if (!known.has(code)) continue;
    await db.organisationMunicipality.create({ data: { organisationId: org.id, municipalityCode: code } });
    result.organisationsPlaced += 1;
  }

  const agreements = await db.agreement.findMany({
    where: { title: { in: DEMO_AGREEMENTS.map((a) => a.title) }, regionWide: false, municipalities: { none: {} } },
    select: { id: true, title: true },
  });
  for (const agreement of agreements) {
    if (agreement.title === DEMO_REGION_WIDE_AGREEMENT) {
      await db.agreement.update({ where: { id: agreement.id }, data: { regionWide: true } });
    } else if (known.has(DEMO_MUNICIPALITY_CODE)) {
      await db.agreementMunicipality.create({ data: { agreementId: agreement.id, municipalityCode: DEMO_MUNICIPALITY_CODE } });
    } else {
      continue;
    }
    result.agreementsScoped += 1;
  }

  if (known.has(DEMO_MUNICIPALITY_CODE)) {
    const { count } = await db.meeting.updateMany({
      where: { municipalityCode: null, version: 1, title: { in: DEMO_MEETINGS.map((m) => m.title).filter((title) => title !== DEMO_REGIONAL_MEETING) } },
      data: { municipalityCode: DEMO_MUNICIPALITY_CODE },
    });
    result.meetingsPlaced = count;
  }
  return result;
}
