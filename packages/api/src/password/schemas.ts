import { passwordSchema } from "../user/schemas.ts";
import { z } from "../zod-dutch.ts";

/*
 * Password change and reset (issue 14, part L; docs/adr/0019-password-change-and-reset.md).
 * Length rules are shared with the forms; the common-password list is checked on the server only
 * (`newPasswordProblem`, @kk/auth/password-policy), so the list never ships to the browser.
 */

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Vul uw huidige wachtwoord in.").max(200, "Een wachtwoord heeft hoogstens 200 tekens."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const requestPasswordResetInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vul uw e-mailadres in.")
    .max(320, "Een e-mailadres heeft hoogstens 320 tekens.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.")),
});
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetInput>;

export const resetPasswordInput = z.object({
  token: z.string().max(100),
  newPassword: passwordSchema,
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
