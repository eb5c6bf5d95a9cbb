import { ROLES } from "@kk/auth/roles";
import { MAX_INT4 } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Vul een e-mailadres in.")
  .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl."));

const name = z.string().trim().min(2, "Vul een naam in van minstens 2 tekens.").max(120, "Een naam heeft hoogstens 120 tekens.");

const role = z.enum(ROLES, "Kies een rol.");

const organisationId = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullable();

/**
 * The municipality a user acts for (issue 18, docs/adr/0023): a CBS gemeentecode from the select,
 * or "" for none. Optional in the input so callers from before issue 18 keep working; the rule per
 * role is in `municipalityRule` below.
 */
const municipalityCode = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** Roles that act for one municipality and need one; roles that span the region and may not have one. */
export const MUNICIPALITY_REQUIRED_ROLES = ["COORDINATOR", "RAAD"] as const;
export const REGION_WIDE_ROLES = ["BEHEERDER", "REGIO_COORDINATOR"] as const;

export const USER_MUNICIPALITY_MESSAGES = {
  required: "Een coördinator of raadslid werkt voor één gemeente: kies de gemeente.",
  notAllowed: "Een beheerder of regionaal coördinator werkt voor de hele regio: kies geen gemeente.",
} as const;

/** Zod refinement shared by create and update (and so by the form and the server). */
function municipalityRule(v: { role: string; municipalityCode: string | null }, ctx: z.RefinementCtx): void {
  if ((MUNICIPALITY_REQUIRED_ROLES as readonly string[]).includes(v.role) && v.municipalityCode === null) {
    ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: USER_MUNICIPALITY_MESSAGES.required });
  }
  if ((REGION_WIDE_ROLES as readonly string[]).includes(v.role) && v.municipalityCode !== null) {
    ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: USER_MUNICIPALITY_MESSAGES.notAllowed });
  }
}

// NCSC/NIST guidance: length over composition rules; at most 128 characters (ASVS V2.1.2).
export const passwordSchema = z
  .string()
  .min(12, "Een wachtwoord heeft minstens 12 tekens.")
  .max(128, "Een wachtwoord heeft hoogstens 128 tekens.");

export const createUserInput = z
  .object({
    email,
    name,
    role,
    organisationId,
    municipalityCode,
    password: passwordSchema.optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.role !== "PARTNER" || v.organisationId !== null, {
    path: ["organisationId"],
    message: "Een partner hoort bij een organisatie: kies de organisatie.",
  })
  .superRefine(municipalityRule);
export type CreateUserInput = z.input<typeof createUserInput>;

export const updateUserInput = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive().max(MAX_INT4),
    name,
    role,
    organisationId,
    municipalityCode,
  })
  .refine((v) => v.role !== "PARTNER" || v.organisationId !== null, {
    path: ["organisationId"],
    message: "Een partner hoort bij een organisatie: kies de organisatie.",
  })
  .superRefine(municipalityRule);
export type UpdateUserInput = z.input<typeof updateUserInput>;

export const setUserActiveInput = z.object({
  id: z.string().min(1),
  version: z.number().int().positive().max(MAX_INT4),
  active: z.boolean(),
});

/** The user list's filter: one municipality's users, or those without one ("none"). */
export const listUsersInput = z
  .object({ municipalityCode: z.union([z.string().trim().regex(/^GM\d{4}$/), z.literal("none")]).optional() })
  .optional();

export const userByIdInput = z.object({ id: z.string().min(1) });
