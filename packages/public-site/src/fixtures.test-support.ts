import type { PublicMunicipality, PublicOrganisation, PublicSnapshot } from "./snapshot.ts";

/** Test data for the public-site tests (not a test file itself). */
export function organisation(overrides: Partial<PublicOrganisation> & Pick<PublicOrganisation, "id" | "name">): PublicOrganisation {
  return {
    slug: overrides.id,
    type: "Wijkteam",
    description: "",
    address: "",
    postcode: "",
    area: "",
    phone: "",
    email: "",
    website: "",
    openingHours: "",
    services: [],
    targetGroups: [],
    regionWide: false,
    municipalityCodes: ["GM0642"],
    ...overrides,
  };
}

export function municipality(overrides: Partial<PublicMunicipality> = {}): PublicMunicipality {
  return { code: "GM0642", name: "Zwijndrecht", slug: "zwijndrecht", wijken: ["Noord", "Walburg"], intro: {}, featuredOrganisationIds: [], ...overrides };
}

export function snapshotOf(organisations: PublicOrganisation[], municipalities: PublicMunicipality[] = [municipality()]): PublicSnapshot {
  return { municipalities, organisations };
}
