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
    password: passwordSchema.optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.role !== "PARTNER" || v.organisationId !== null, {
    path: ["organisationId"],
    message: "Een partner hoort bij een organisatie: kies de organisatie.",
  });
export type CreateUserInput = z.input<typeof createUserInput>;

export const updateUserInput = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive().max(MAX_INT4),
    name,
    role,
    organisationId,
  })
  .refine((v) => v.role !== "PARTNER" || v.organisationId !== null, {
    path: ["organisationId"],
    message: "Een partner hoort bij een organisatie: kies de organisatie.",
  });
export type UpdateUserInput = z.input<typeof updateUserInput>;

export const setUserActiveInput = z.object({
  id: z.string().min(1),
  version: z.number().int().positive().max(MAX_INT4),
  active: z.boolean(),
});

export const userByIdInput = z.object({ id: z.string().min(1) });
