import { parseIsoDate } from "../agreement/schemas.ts";
import { optionalText, requiredText } from "../organisation/field-formats.ts";
import { z } from "../zod-dutch.ts";

/**
 * "Juridisch gecontroleerd door … op …" for the legal content catalogue (issue 13, item 4). The form
 * sends the catalogue version the reviewer saw, so a review recorded while the catalogue changed
 * underneath (a new deploy) is refused instead of stamping content nobody checked.
 */
export const recordLegalReviewInput = z.object({
  catalogueVersion: z.string("De versie van de catalogus ontbreekt.").trim().regex(/^[0-9a-f]{12}$/, "De versie van de catalogus is ongeldig. Laad de pagina opnieuw."),
  reviewerName: requiredText(120, "Vul de naam in van wie de teksten juridisch heeft gecontroleerd.", "De naam"),
  reviewedOn: z
    .string("Vul de datum van de controle in.")
    .trim()
    .min(1, "Vul de datum van de controle in.")
    .refine((v) => parseIsoDate(v) !== null, { message: "Vul de datum van de controle in als dag-maand-jaar, bijvoorbeeld 01-03-2027." }),
  note: optionalText(1000, "De toelichting"),
});
export type RecordLegalReviewInput = z.input<typeof recordLegalReviewInput>;
