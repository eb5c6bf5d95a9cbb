import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Server-side password policy (issue 14; NIST SP 800-63B §5.1.1.2, ASVS 2.1.7): a new password must
 * not be one of the commonly used or breached passwords in the list bundled with zxcvbn-ts
 * (`@zxcvbn-ts/language-common`, about 49,000 entries, no network call). Length rules (12..200)
 * live in the shared zod schema so that the forms show them too; this list is checked on the server
 * only, so that it never ships to the browser.
 */
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

export const COMMON_PASSWORD_MESSAGE =
  "Dit wachtwoord komt voor in een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander wachtwoord.";
export const PASSWORD_LIKE_ACCOUNT_MESSAGE =
  "Een wachtwoord mag niet (bijna) gelijk zijn aan uw e-mailadres of naam. Kies een ander wachtwoord.";

function normalise(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** The Dutch reason `password` may not be used, or null when it may. */
export function newPasswordProblem(password: string, account: { email?: string; name?: string } = {}): string | null {
  const lower = password.toLowerCase();
  // Also catch a listed password padded to the minimum length with digits or punctuation ("password1234!").
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core))) return COMMON_PASSWORD_MESSAGE;
  const plain = normalise(password);
  const own = [account.email, account.email?.split("@")[0], account.name].filter((v): v is string => Boolean(v)).map(normalise);
  if (own.some((v) => v.length >= 4 && (plain === v || plain.includes(v) && plain.length - v.length < 6))) {
    return PASSWORD_LIKE_ACCOUNT_MESSAGE;
  }
  return null;
}
