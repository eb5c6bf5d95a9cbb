import { Table, Td, Th } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { formatReviewDate } from "./review-date";

const t = messages.bronnen.history;

type Status = RouterOutputs["legalReview"]["status"];

/** Every recorded review, newest first, with whether it covers the texts as they are now. */
export function ReviewHistory({ status }: { status: Status }) {
  const showRecorder = status.canRecord;
  return (
    <section aria-labelledby="controles" className="mb-12">
      <h2 id="controles" className="mb-3 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-2 max-w-3xl">{t.intro}</p>
      <p className="mb-4 font-semibold">{format(t.current, { version: status.currentVersion })}</p>
      {status.history.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <Table
          caption={t.caption}
          head={
            <>
              <Th>{t.colDate}</Th>
              <Th>{t.colReviewer}</Th>
              <Th>{t.colVersion}</Th>
              <Th>{t.colNote}</Th>
              {showRecorder ? <Th>{t.colRecordedBy}</Th> : null}
            </>
          }
        >
          {status.history.map((review) => (
            <tr key={review.id} data-testid="review-row">
              <Td className="whitespace-nowrap">{formatReviewDate(review.reviewedOn)}</Td>
              <Td className="min-w-40">{review.reviewerName}</Td>
              <Td className="whitespace-nowrap">
                <code>{review.catalogueVersion}</code> ({review.ofCurrentVersion ? t.thisVersion : t.olderVersion})
              </Td>
              <Td className="min-w-48">{review.note || "\u2014"}</Td>
              {showRecorder ? <Td>{review.recordedByName ?? "\u2014"}</Td> : null}
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
