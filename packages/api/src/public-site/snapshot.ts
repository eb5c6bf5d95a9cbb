import type { Db } from "@kk/db";
import { isPublicLocale, municipalitySlug, type PublicLocale, type PublicMunicipality, type PublicSnapshot } from "@kk/public-site";

/**
 * Everything the public pages show, in three queries on shared data (no row-level security; the
 * public site reads on the unscoped connection): public active organisations with their
 * working area (organisation-level fields only, never contacts), the municipalities with their
 * page settings, and the wijk names. Organisations are sorted by name; municipalities by name.
 * An organisation whose only target group is professionals (the Raad voor de Kinderbescherming's
 * consultation, the municipality's own network office) is public in the open-data list but not
 * help a resident can ask for, so the residents' pages leave it out.
 */
export async function loadPublicSnapshot(db: Db): Promise<PublicSnapshot> {
  const [organisations, municipalities, wijken] = await Promise.all([
    db.organisation.findMany({
      where: { isPublic: true, status: "ACTIVE" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        description: true,
        address: true,
        postcode: true,
        area: true,
        phone: true,
        email: true,
        website: true,
        openingHours: true,
        services: true,
        targetGroups: true,
        regionWide: true,
        municipalities: { select: { municipalityCode: true } },
      },
    }),
    db.municipality.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, areaId: true, publicPage: { select: { intro: true, featuredOrganisationIds: true } } },
    }),
    db.area.findMany({ where: { kind: "WIJK", active: true }, orderBy: { name: "asc" }, select: { name: true, parentId: true } }),
  ]);
  return {
    municipalities: municipalities.map(
      (municipality): PublicMunicipality => ({
        code: municipality.code,
        name: municipality.name,
        slug: municipalitySlug(municipality.name),
        wijken: wijken.filter((wijk) => wijk.parentId === municipality.areaId).map((wijk) => wijk.name),
        intro: introOf(municipality.publicPage?.intro),
        featuredOrganisationIds: municipality.publicPage?.featuredOrganisationIds ?? [],
      }),
    ),
    organisations: organisations
      .filter((organisation) => !forProfessionalsOnly(organisation.targetGroups))
      .map(({ municipalities: workingArea, ...organisation }) => ({
        ...organisation,
        municipalityCodes: workingArea.map((row) => row.municipalityCode),
      })),
  };
}

/** The stored introduction, languages we know only, non-empty text only. */
export function introOf(value: unknown): Partial<Record<PublicLocale, string>> {
  const intro: Partial<Record<PublicLocale, string>> = {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) return intro;
  for (const [locale, text] of Object.entries(value)) {
    if (isPublicLocale(locale) && typeof text === "string" && text.trim() !== "") intro[locale] = text;
  }
  return intro;
}

const PROFESSIONALS = new Set(["professionals", "professional", "beroepskrachten"]);

function forProfessionalsOnly(targetGroups: string[]): boolean {
  return targetGroups.length > 0 && targetGroups.every((group) => PROFESSIONALS.has(group.trim().toLowerCase()));
}
