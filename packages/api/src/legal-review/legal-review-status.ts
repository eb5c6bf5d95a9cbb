import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { catalogueVersion } from "@kk/legal";
import { dateOnly } from "../agreement-reminders/amsterdam-date.ts";

export interface LegalReviewView {
  id: string;
  catalogueVersion: string;
  reviewerName: string;
  /** "YYYY-MM-DD". */
  reviewedOn: string;
  note: string;
  /** Who recorded it in the portal: only for those who may record reviews. */
  recordedByName: string | null;
  /** The review is of the catalogue as it is now. */
  ofCurrentVersion: boolean;
}

export interface LegalReviewStatus {
  /** catalogueVersion() of the content this deploy shows. */
  currentVersion: string;
  /** The latest review of the current version, or null: "nog niet juridisch gecontroleerd". */
  current: LegalReviewView | null;
  /** Every review, newest first. */
  history: LegalReviewView[];
  /** The caller may record a review (the form is shown). */
  canRecord: boolean;
}

/** The review status every /mag-ik-delen page shows, and the history on "Bronnen en verantwoording". */
export async function legalReviewStatus(db: Db, actor: SessionUser, version: string = catalogueVersion()): Promise<LegalReviewStatus> {
  const canRecord = can(actor, "legalReview.manage");
  const rows = await db.legalReview.findMany({ orderBy: [{ reviewedOn: "desc" }, { createdAt: "desc" }], take: 200 });
  const history = rows.map(
    (row): LegalReviewView => ({
      id: row.id,
      catalogueVersion: row.catalogueVersion,
      reviewerName: row.reviewerName,
      reviewedOn: dateOnly(row.reviewedOn),
      note: row.note,
      recordedByName: canRecord ? row.recordedByName : null,
      ofCurrentVersion: row.catalogueVersion === version,
    }),
  );
  return { currentVersion: version, current: history.find((r) => r.ofCurrentVersion) ?? null, history, canRecord };
}
