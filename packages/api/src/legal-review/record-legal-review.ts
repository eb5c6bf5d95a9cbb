import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { catalogueVersion } from "@kk/legal";
import { amsterdamToday, toDbDate } from "../agreement-reminders/amsterdam-date.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict } from "../errors.ts";
import type { z } from "zod";
import type { recordLegalReviewInput } from "./schemas.ts";

/**
 * Records that a jurist checked the catalogue's current version on a given day. The review date may
 * not lie in the future (Europe/Amsterdam), and the version must be the one this deploy shows.
 * Append-only and audited in the same transaction.
 */
export async function recordLegalReview(
  db: Db,
  actor: SessionUser,
  input: z.output<typeof recordLegalReviewInput>,
  now: Date,
  version: string = catalogueVersion(),
): Promise<{ id: string; catalogueVersion: string; reviewedOn: string }> {
  if (input.catalogueVersion !== version) {
    throw fieldConflict(
      "De juridische teksten zijn gewijzigd sinds u deze pagina opende. Laad de pagina opnieuw, lees de teksten van de nieuwe versie en leg de controle dan vast.",
      { catalogueVersion: ["De catalogus is intussen gewijzigd. Laad de pagina opnieuw."] },
    );
  }
  if (input.reviewedOn > amsterdamToday(now)) {
    throw fieldConflict("De datum van de controle ligt in de toekomst.", {
      reviewedOn: ["De datum van de controle kan niet in de toekomst liggen. Vul de dag in waarop de teksten zijn gecontroleerd."],
    });
  }
  return db.$transaction(async (tx) => {
    const row = await tx.legalReview.create({
      data: {
        catalogueVersion: version,
        reviewerName: input.reviewerName,
        reviewedOn: toDbDate(input.reviewedOn),
        note: input.note,
        recordedById: actor.id,
        recordedByName: actor.name,
      },
    });
    await recordAudit(tx, actor, {
      action: "legalReview.record",
      entityType: "LegalReview",
      entityId: row.id,
      after: { catalogueVersion: row.catalogueVersion, reviewerName: row.reviewerName, reviewedOn: input.reviewedOn, note: row.note },
    });
    return { id: row.id, catalogueVersion: row.catalogueVersion, reviewedOn: input.reviewedOn };
  });
}
