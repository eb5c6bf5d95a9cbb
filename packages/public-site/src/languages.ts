/**
 * The languages of the public pages, by code: the one list (issue 15). Safe for the browser (no
 * catalogues), so the coordinator's form and its schema (`@kk/api/schemas`) use it too. A third
 * language is one more code here and its catalogue in ./locales.ts (the compiler asks for it).
 */
export const PUBLIC_LOCALES = ["nl", "en"] as const;

export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

export const DEFAULT_LOCALE: PublicLocale = "nl";
