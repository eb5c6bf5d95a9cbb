import { MUNICIPALITY_CODE_PATTERN } from "@kk/db/municipality-code";
import { PUBLIC_LOCALES } from "@kk/public-site/languages";
import { MAX_INT4 } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

/*
 * The coordinator's settings of the public residents' page "Zorgen over een kind?" (issue 15,
 * docs/public-site.md "Beheer door de coördinator"): an introduction per language and the
 * organisations shown first. Shared by the API and the form on /beheer/publieke-pagina.
 */

/**
 * The languages the public page speaks, in the order the form shows them: the public site's one list
 * (`@kk/public-site/languages`, browser-safe). A third language there brings its field here; its
 * name for the error messages is asked for below.
 */
export const PUBLIC_PAGE_LANGUAGES = PUBLIC_LOCALES;
export type PublicPageLanguage = (typeof PUBLIC_PAGE_LANGUAGES)[number];

/** About a screen on a phone: more is no longer an introduction (B1: short sentences, few paragraphs). */
export const MAX_INTRO_LENGTH = 1500;
/** The organisations shown first: a short local emphasis, not a second list of everything. */
export const MAX_FEATURED_ORGANISATIONS = 10;

const LANGUAGE_NAMES: Record<PublicPageLanguage, string> = { nl: "Nederlandse", en: "Engelse" };

/** Plain text (no HTML, the page escapes it); Windows line ends become "\n", so paragraphs are split on an empty line alike. */
function introText(language: PublicPageLanguage) {
  return z
    .string()
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .refine((v) => v.length <= MAX_INTRO_LENGTH, { message: `De ${LANGUAGE_NAMES[language]} introductie heeft hoogstens ${MAX_INTRO_LENGTH.toLocaleString("nl-NL")} tekens.` })
    .default("");
}

/** `{ nl: "...", en: "..." }`: one text per language, "" for the default text. */
export const publicPageIntro = z.object(
  Object.fromEntries(PUBLIC_PAGE_LANGUAGES.map((language) => [language, introText(language)])) as { [L in PublicPageLanguage]: ReturnType<typeof introText> },
);

const municipalityCode = z.string().trim().toUpperCase().regex(MUNICIPALITY_CODE_PATTERN, "Kies een gemeente.");

export const featuredOrganisationIds = z
  .array(z.string().trim().min(1, "Het kenmerk ontbreekt.").max(100, "Dit kenmerk bestaat niet."))
  .max(MAX_FEATURED_ORGANISATIONS, `Kies hoogstens ${MAX_FEATURED_ORGANISATIONS} organisaties om eerst te tonen.`)
  .refine((ids) => new Set(ids).size === ids.length, { message: "Elke organisatie staat maar één keer in de lijst." })
  .default([]);

/** Which municipality's page: a coordinator's own (may be left out); the administrator picks one. */
export const publicPageWhich = z.object({ municipalityCode: municipalityCode.optional() });

export const updatePublicPageInput = z.object({
  municipalityCode: municipalityCode.optional(),
  /** The version the form loaded; 0 while the municipality still has the default page (no row yet). */
  version: z.number("De versie ontbreekt.").int().min(0).max(MAX_INT4, "Deze versie bestaat niet."),
  intro: publicPageIntro,
  featuredOrganisationIds,
});
export type UpdatePublicPageInput = z.input<typeof updatePublicPageInput>;
export type UpdatePublicPageValues = z.output<typeof updatePublicPageInput>;

/** The draft the preview renders: the form's values, unsaved, in one of the page's languages. */
export const previewPublicPageInput = z.object({
  municipalityCode: municipalityCode.optional(),
  intro: publicPageIntro,
  featuredOrganisationIds,
  locale: z.enum(PUBLIC_PAGE_LANGUAGES, "Kies een taal.").default("nl"),
});
export type PreviewPublicPageValues = z.output<typeof previewPublicPageInput>;
