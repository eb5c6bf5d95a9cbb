import Link from "next/link";
import { formatDutchDate } from "@/components/organisation/format-date";
import { Table, Td, Th } from "@/components/ui/table";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenHerinneringen;

export interface LapsingAgreementView {
  id: string;
  title: string;
  kind: string;
  endDate: Date | null;
  reviewDate: Date | null;
  daysUntilEnd: number | null;
  daysUntilReview: number | null;
  ownerName: string;
  parties: string[];
}

export function daysLeftText(days: number): string {
  if (days === 0) return t.daysLeft.today;
  if (days === 1) return t.daysLeft.one;
  return format(t.daysLeft.many, { count: days });
}

function Due({ label, date, days }: { label: string; date: Date; days: number }) {
  // @db.Date values arrive as UTC midnight; the date part is the calendar date.
  return (
    <li>
      {label} <time dateTime={date.toISOString().slice(0, 10)}>{formatDutchDate(date)}</time> — <strong>{daysLeftText(days)}</strong>
    </li>
  );
}

function kindLabel(kind: string): string {
  const kinds: Record<string, string> = messages.convenanten.kinds;
  return kinds[kind] ?? kind;
}

/** "Verloopt binnenkort": one row per agreement, its end and/or review date with the days left. */
export function LapsingAgreementsTable({ rows }: { rows: readonly LapsingAgreementView[] }) {
  return (
    <Table
      caption={t.listCaption}
      captionHidden
      head={
        <>
          <Th>{t.columns.agreement}</Th>
          <Th>{t.columns.when}</Th>
          <Th>{t.columns.owner}</Th>
          <Th>{t.columns.parties}</Th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td className="min-w-48">
            <Link href={`/convenanten/${row.id}`} className="font-semibold">
              {row.title}
            </Link>
            <span className="block text-ink-muted">{kindLabel(row.kind)}</span>
          </Td>
          <Td className="min-w-56">
            <ul>
              {row.endDate && row.daysUntilEnd !== null ? <Due label={t.endsOn} date={row.endDate} days={row.daysUntilEnd} /> : null}
              {row.reviewDate && row.daysUntilReview !== null ? <Due label={t.reviewOn} date={row.reviewDate} days={row.daysUntilReview} /> : null}
            </ul>
          </Td>
          <Td className="whitespace-nowrap">{row.ownerName}</Td>
          <Td className="min-w-48">
            <ul>
              {row.parties.map((party) => (
                <li key={party}>{party}</li>
              ))}
            </ul>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
