import { DEFAULT_LOCALE, PUBLIC_LOCALES, type PublicLocale } from "./languages.ts";
import { en } from "./messages/en.ts";
import { nl, type PublicMessages } from "./messages/nl.ts";

export { DEFAULT_LOCALE, PUBLIC_LOCALES, type PublicLocale };

/**
 * The catalogue of each language in ./languages.ts (a missing or an extra one does not compile).
 * Dutch is the default and needs no parameter; another language is chosen with `?lang=<code>` on
 * every public address (no cookie). The pages, the language switch and `hreflang` follow the list.
 */
export const PUBLIC_CATALOGUES = { nl, en } as const satisfies Record<PublicLocale, PublicMessages>;

export function isPublicLocale(value: unknown): value is PublicLocale {
  return typeof value === "string" && Object.hasOwn(PUBLIC_CATALOGUES, value);
}

/** The locale a `lang` parameter asks for; anything unknown is the default. */
export function localeFrom(value: string | null | undefined): PublicLocale {
  return isPublicLocale(value) ? value : DEFAULT_LOCALE;
}

export function messagesFor(locale: PublicLocale): PublicMessages {
  return PUBLIC_CATALOGUES[locale];
}

/** Fills {placeholders}; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = values[key];
    return value === undefined ? match : String(value);
  });
}
