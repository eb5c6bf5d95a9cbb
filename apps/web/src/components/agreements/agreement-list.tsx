import type { AgreementStatus } from "@kk/db";
import Link from "next/link";
import * as messages from "@/messages/catalogue";
import { AgreementStatusBadge } from "./agreement-status-badge";
import { formatCalendarDate } from "./calendar-date";
import { coverageSummary } from "./coverage-summary";

const t = messages.convenantenRegistry.list;
const labels = messages.convenanten;

export interface AgreementListRow {
  id: string;
  title: string;
  kind: keyof typeof labels.kinds;
  status: AgreementStatus;
  endDate: Date | null;
  reviewDate: Date | null;
  parties: ReadonlyArray<{ id: string; name: string }>;
  coverage: { covered: number; notCovered: number; notApplicable: number; notAssessed: number };
}

/** The agreements as a list of cards: readable on a 390 px phone without sideways scrolling. */
export function AgreementList({ agreements }: { agreements: readonly AgreementListRow[] }) {
  return (
    <ul className="grid gap-4" data-testid="agreement-list">
      {agreements.map((agreement) => (
        <li key={agreement.id} className="border-2 border-line p-4" data-testid="agreement-card">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="min-w-0 text-xl break-words hyphens-auto">
              <Link href={`/convenanten/${agreement.id}`}>{agreement.title}</Link>
            </h3>
            <AgreementStatusBadge status={agreement.status} />
          </div>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">{t.kind}</dt>
            <dd>{labels.kinds[agreement.kind]}</dd>
            <dt className="font-semibold">{t.parties}</dt>
            <dd>{agreement.parties.length > 0 ? agreement.parties.map((p) => p.name).join(", ") : t.noParties}</dd>
            {agreement.endDate ? (
              <>
                <dt className="font-semibold">{t.endDate}</dt>
                <dd>{formatCalendarDate(agreement.endDate)}</dd>
              </>
            ) : null}
            {agreement.reviewDate ? (
              <>
                <dt className="font-semibold">{t.reviewDate}</dt>
                <dd>{formatCalendarDate(agreement.reviewDate)}</dd>
              </>
            ) : null}
            {!agreement.endDate && !agreement.reviewDate ? (
              <>
                <dt className="font-semibold">{t.endDate}</dt>
                <dd className="text-ink-muted">{t.noDates}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{messages.convenantenRegistry.detail.checklistHeading}</dt>
            <dd data-testid="agreement-coverage">{coverageSummary(agreement.coverage)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
