import type { ContactVisibility } from "@kk/db";
import { CONTACT_ROLES } from "../directory/schemas.ts";
import { email, optionalText, phone, recordId, requiredText, version } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

export const CONTACT_VISIBILITIES = ["SIGNED_IN", "COORDINATORS"] as const satisfies readonly ContactVisibility[];

const contactFields = {
  name: requiredText(120, "Vul de naam van de contactpersoon of functie in.", "De naam"),
  jobTitle: optionalText(120, "De functie"),
  roles: z.array(z.enum(CONTACT_ROLES, "Kies een bestaande rol.")).max(CONTACT_ROLES.length).default([]),
  phone,
  email,
  availability: optionalText(300, "De bereikbaarheid"),
  visibility: z.enum(CONTACT_VISIBILITIES, "Kies wie deze contactpersoon mag zien.").default("SIGNED_IN"),
};

export const createContactInput = z.object({ organisationId: recordId, ...contactFields });
export type CreateContactInput = z.input<typeof createContactInput>;

export const updateContactInput = z.object({ id: recordId, version, ...contactFields });
export type UpdateContactInput = z.input<typeof updateContactInput>;

export const removeContactInput = z.object({ id: recordId, version });
