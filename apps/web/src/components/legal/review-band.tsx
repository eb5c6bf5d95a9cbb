import Link from "next/link";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { formatReviewDate } from "./review-date";

const t = messages.bronnen.band;

type Status = RouterOutputs["legalReview"]["status"];

/**
 * The band under every /mag-ik-delen page: the date of the legal review of the catalogue as it is
 * now, or plainly "nog niet juridisch gecontroleerd" when the texts changed since (issue 13, item 4).
 */
export function ReviewBand({ status }: { status: Status }) {
  const { current, currentVersion, history } = status;
  return (
    <aside aria-label={t.label} className="mt-12 border-t-4 border-line pt-4 print:mt-6" data-testid="review-band">
      <p className={current ? "" : "font-semibold"}>
        {current
          ? format(t.reviewed, { name: current.reviewerName, date: formatReviewDate(current.reviewedOn), version: currentVersion })
          : format(history.length > 0 ? t.notReviewed : t.notReviewedEver, { version: currentVersion })}
      </p>
      <p className="mt-1 print:hidden">
        <Link href="/mag-ik-delen/bronnen">{t.sourcesLink}</Link>
      </p>
    </aside>
  );
}
