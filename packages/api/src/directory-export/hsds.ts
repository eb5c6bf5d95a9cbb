import type { ContactRole, ContactVisibility, LegalFrame, OrganisationStatus, Sector } from "@kk/db";
import { exportDate } from "./columns.ts";
import type { ExportContact, ExportOrganisation } from "./load-directory.ts";

/*
 * JSON after Open Referral's Human Services Data Specification (HSDS) 3.0, where its fields fit
 * (mapping: docs/data-import.md, "JSON (HSDS)"). Organisation → `organization`, each service tag
 * → a `service`, the address → a `location` with one `address`, the general number → a `phone`,
 * contacts → `contact` with their own `phones`. What HSDS has no field for (legal frame, sector,
 * meldcode, contact roles) goes in a `kk` object on the record it belongs to.
 */

export interface HsdsPhone {
  id: string;
  number: string;
  type: "voice";
  language: null;
  description: string | null;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  attention: null;
  address_1: string;
  address_2: null;
  city: null;
  region: string | null;
  state_province: null;
  postal_code: string;
  country: "NL";
  address_type: "physical";
}

export interface HsdsLocation {
  id: string;
  location_type: "physical";
  organization_id: string;
  name: string;
  description: string | null;
  addresses: HsdsAddress[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  status: "active" | "inactive" | "defunct";
  url: string | null;
  email: string | null;
  /** The date the entry was last confirmed (HSDS: "last checked"). */
  assured_date: string | null;
  last_modified: string;
}

export interface HsdsContact {
  id: string;
  organization_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phones: HsdsPhone[];
  kk: { roles: ContactRole[]; availability: string; visibility: ContactVisibility };
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name: null;
  description: string;
  email: string | null;
  website: string | null;
  legal_status: string | null;
  phones: HsdsPhone[];
  locations: HsdsLocation[];
  services: HsdsService[];
  contacts: HsdsContact[];
  kk: {
    slug: string;
    sector: Sector;
    type: string;
    legal_frame: LegalFrame;
    meldcode_applies: boolean;
    keurmerk_meldcode: boolean;
    area: string | null;
    opening_hours: string | null;
    target_groups: string[];
    is_public: boolean;
    status: OrganisationStatus;
    verified_at: string | null;
  };
}

/** The HSDS 3.0 API's paged list envelope, with everything on one page. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

const orNull = (value: string): string | null => (value === "" ? null : value);

const SERVICE_STATUS: Record<OrganisationStatus, HsdsService["status"]> = { ACTIVE: "active", INACTIVE: "inactive", CLOSED: "defunct" };

function phoneOf(id: string, number: string, description: string | null = null): HsdsPhone[] {
  return number === "" ? [] : [{ id, number, type: "voice", language: null, description }];
}

function contactToHsds(contact: ExportContact): HsdsContact {
  return {
    id: contact.id,
    organization_id: contact.organisationId,
    name: contact.name,
    title: orNull(contact.jobTitle),
    email: orNull(contact.email),
    phones: phoneOf(`${contact.id}-phone`, contact.phone),
    kk: { roles: contact.roles, availability: contact.availability, visibility: contact.visibility },
  };
}

export function organisationToHsds(organisation: ExportOrganisation): HsdsOrganization {
  const id = organisation.id;
  const locationId = `${id}-location`;
  const verifiedAt = organisation.verifiedAt ? exportDate(organisation.verifiedAt) : null;
  const hasAddress = organisation.address !== "" || organisation.postcode !== "";
  return {
    id,
    name: organisation.name,
    alternate_name: null,
    description: organisation.description,
    email: orNull(organisation.email),
    website: orNull(organisation.website),
    legal_status: orNull(organisation.legalBasis),
    phones: phoneOf(`${id}-phone`, organisation.phone),
    locations: hasAddress
      ? [
          {
            id: locationId,
            location_type: "physical",
            organization_id: id,
            name: organisation.name,
            description: orNull(organisation.openingHours),
            addresses: [
              {
                id: `${id}-address`,
                location_id: locationId,
                attention: null,
                address_1: organisation.address,
                address_2: null,
                city: null,
                region: orNull(organisation.area),
                state_province: null,
                postal_code: organisation.postcode,
                country: "NL",
                address_type: "physical",
              },
            ],
          },
        ]
      : [],
    services: organisation.services.map((name, index) => ({
      id: `${id}-service-${index + 1}`,
      organization_id: id,
      name,
      status: SERVICE_STATUS[organisation.status],
      url: orNull(organisation.website),
      email: orNull(organisation.email),
      assured_date: verifiedAt,
      last_modified: organisation.updatedAt.toISOString(),
    })),
    contacts: organisation.contacts.map(contactToHsds),
    kk: {
      slug: organisation.slug,
      sector: organisation.sector,
      type: organisation.type,
      legal_frame: organisation.legalFrame,
      meldcode_applies: organisation.meldcodeApplies,
      keurmerk_meldcode: organisation.keurmerkMeldcode,
      area: orNull(organisation.area),
      opening_hours: orNull(organisation.openingHours),
      target_groups: organisation.targetGroups,
      is_public: organisation.isPublic,
      status: organisation.status,
      verified_at: verifiedAt,
    },
  };
}

export function hsdsPage<T>(contents: T[]): HsdsPage<T> {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
