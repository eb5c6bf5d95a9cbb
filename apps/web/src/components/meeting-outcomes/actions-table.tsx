import type { MeetingActionStatus } from "@kk/db";
import Link from "next/link";
import { formatDutchDate } from "@/components/organisation/format-date";
import { Table, Td, Th } from "@/components/ui/table";
import * as messages from "@/messages/catalogue";
import { ActionStatusForm } from "./action-status-form";

const t = messages.werkateliersUitkomsten;

export interface ActionRow {
  id: string;
  description: string;
  ownerName: string;
  dueDate: string;
  status: MeetingActionStatus;
  knelpuntTitle: string | null;
  version: number;
  overdue: boolean;
  meeting?: { id: string; title: string };
}

/** "2026-06-01" as "1 juni 2026" (a calendar date, no time zone shift). */
export function formatDay(day: string): string {
  return formatDutchDate(new Date(`${day}T12:00:00Z`));
}

interface ActionsTableProps {
  caption: string;
  rows: readonly ActionRow[];
  /** Coordinators change the status in the table. */
  editable?: boolean;
  showMeeting?: boolean;
}

export function ActionsTable({ caption, rows, editable = false, showMeeting = false }: ActionsTableProps) {
  return (
    <Table
      caption={caption}
      head={
        <>
          <Th>{t.outcomes.colAction}</Th>
          <Th>{t.outcomes.colOwner}</Th>
          <Th>{t.outcomes.colDue}</Th>
          <Th>{t.outcomes.colStatus}</Th>
          <Th>{t.outcomes.colKnelpunt}</Th>
          {showMeeting ? <Th>{t.outcomes.colMeeting}</Th> : null}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.id} data-testid="action-row">
          <Td className="min-w-48 whitespace-pre-line">{row.description}</Td>
          <Td>{row.ownerName}</Td>
          <Td className="whitespace-nowrap">
            <time dateTime={row.dueDate}>{formatDay(row.dueDate)}</time>
            {row.overdue ? <strong className="mt-1 block w-fit bg-error-bg px-1 text-danger">{t.overdue}</strong> : null}
          </Td>
          {/* relative: keeps the screen-reader-only label inside the table's scroll box on a phone. */}
          <Td className="relative">
            {editable ? (
              <ActionStatusForm id={row.id} version={row.version} status={row.status} description={row.description} />
            ) : (
              t.actionStatuses[row.status]
            )}
          </Td>
          <Td>{row.knelpuntTitle ?? "—"}</Td>
          {showMeeting && row.meeting ? (
            <Td>
              <Link href={`/werkateliers/${row.meeting.id}/uitkomsten`}>{row.meeting.title}</Link>
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
