import type { PublicLocale } from "./locales.ts";

/**
 * Everything the public pages show, read in one go and cached per web process until the database
 * says something changed (NOTIFY kk_public_pages). Only public data: organisations marked public
 * and active, organisation-level fields (never contact persons), municipalities with their wijk
 * names, and the coordinators' page settings.
 */
export interface PublicSnapshot {
  municipalities: PublicMunicipality[];
  organisations: PublicOrganisation[];
}

export interface PublicMunicipality {
  code: string;
  name: string;
  slug: string;
  /** Wijk names, sorted. */
  wijken: string[];
  /** The coordinator's introduction per language; missing = the catalogue's default. */
  intro: Partial<Record<PublicLocale, string>>;
  /** Organisation ids shown first, in this order. */
  featuredOrganisationIds: string[];
}

export interface PublicOrganisation {
  id: string;
  slug: string;
  name: string;
  type: string;
  description: string;
  address: string;
  postcode: string;
  /** Wijk or region name, free text from the sociale kaart. */
  area: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  services: string[];
  targetGroups: string[];
  regionWide: boolean;
  /** CBS codes of the municipalities it works in (empty when region-wide). */
  municipalityCodes: string[];
}

/** Does the organisation work in this municipality? */
export function worksIn(organisation: PublicOrganisation, municipalityCode: string): boolean {
  return organisation.regionWide || organisation.municipalityCodes.includes(municipalityCode);
}
