import { z } from "../zod-dutch.ts";

/** A 6-digit code from the authenticator app; spaces allowed ("123 456"). */
export const totpCodeInput = z.object({
  code: z
    .string()
    .max(20, "Vul de 6 cijfers uit de app in.")
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Vul de 6 cijfers uit de app in.")),
});

export const resetMfaInput = z.object({ userId: z.string().trim().min(1).max(100) });

export const demoCodeInput = z.object({ email: z.string().trim().toLowerCase().max(320) });
