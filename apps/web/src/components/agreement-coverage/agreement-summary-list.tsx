import Link from "next/link";
import { formatDutchDate } from "@/components/organisation/format-date";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenDekking.summary;
// The API returns status and kind as plain strings here.
const statusLabels: Record<string, string> = messages.convenanten.statuses;
const kindLabels: Record<string, string> = messages.convenanten.kinds;

type Summary = RouterOutputs["agreementCoverage"]["ofOrganisation"][number];

function DateFact({ term, date }: { term: string; date: Date | null }) {
  return (
    <div>
      <dt className="inline font-semibold">{term}: </dt>
      <dd className="inline">{date ? <time dateTime={date.toISOString().slice(0, 10)}>{formatDutchDate(date)}</time> : t.noDate}</dd>
    </div>
  );
}

/**
 * Agreements as cards: title (to the agreement), status in words, kind, dates, parties, and
 * whether it counts for coverage today. Used on the Escalatie page and an organisation's page.
 */
export function AgreementSummaryList({ agreements, headingLevel = 3, showParties = true }: { agreements: readonly Summary[]; headingLevel?: 3 | 4; showParties?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {agreements.map((agreement) => (
        <li key={agreement.id} className={`border-2 p-4 ${agreement.inForce ? "border-action" : "border-line"}`}>
          <Heading className="text-lg">
            <Link href={`/convenanten/${agreement.id}`}>{agreement.title}</Link>
          </Heading>
          <p className="mt-1">
            <span className="mr-2 inline-block border border-line-strong bg-surface px-2 text-sm font-semibold">{statusLabels[agreement.status] ?? agreement.status}</span>
            <span className="font-semibold">{agreement.inForce ? `✓ ${t.inForce}` : t.notInForce}</span>
          </p>
          <dl className="mt-2">
            <div>
              <dt className="inline font-semibold">{t.kind}: </dt>
              <dd className="inline">{kindLabels[agreement.kind] ?? agreement.kind}</dd>
            </div>
            <DateFact term={t.start} date={agreement.startDate} />
            <DateFact term={t.end} date={agreement.endDate} />
            {agreement.reviewDate ? <DateFact term={t.review} date={agreement.reviewDate} /> : null}
            {showParties ? (
              <div>
                <dt className="inline font-semibold">{t.parties}: </dt>
                <dd className="inline">{agreement.parties.map((party) => party.name).join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          {!agreement.coversInformationExchange ? <p className="mt-2 text-ink-muted">{t.noInformationExchange}</p> : null}
        </li>
      ))}
    </ul>
  );
}
