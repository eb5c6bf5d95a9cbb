import type { RouterOutputs } from "@/lib/trpc/types";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { saveAttendanceAction } from "./attendance-actions";
import { ATTENDANCE_FIELD_PREFIX } from "./attendance-fields";

const t = messages.werkateliersAanmelding;
const c = t.participants.columns;

type Participant = RouterOutputs["meetingRegistration"]["participants"]["attendees"][number];

/**
 * One form for the whole list: per participant two radios (aanwezig / afwezig), one save button.
 * A plain HTML form posting to a server action, so it needs no JavaScript.
 */
export function AttendanceForm({ meetingId, attendees }: { meetingId: string; attendees: Participant[] }) {
  return (
    <form action={saveAttendanceAction} data-testid="attendance-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Table
        caption={t.participants.attendanceHeading}
        captionHidden
        head={
          <>
            <Th>{c.name}</Th>
            <Th>{c.organisation}</Th>
            <Th>{c.sector}</Th>
            <Th>{c.remark}</Th>
            <Th>{c.attendance}</Th>
          </>
        }
      >
        {attendees.map((p) => {
          const name = `${ATTENDANCE_FIELD_PREFIX}${p.id}`;
          return (
            <tr key={p.id} data-testid={`attendee-${p.email}`}>
              <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-semibold">
                {p.name}
              </th>
              <Td>{p.organisationName || <span className="text-ink-muted">{t.participants.noOrganisation}</span>}</Td>
              <Td>{messages.socialeKaart.sectors[p.sector]}</Td>
              <Td className="whitespace-pre-line">{p.remark}</Td>
              <Td>
                <fieldset className="flex flex-wrap gap-x-4 gap-y-2">
                  <legend className="sr-only">{format(t.participants.attendanceFor, { name: p.name })}</legend>
                  <label className="inline-flex min-h-11 items-center gap-2">
                    <input type="radio" name={name} value="AANWEZIG" defaultChecked={p.status === "AANWEZIG"} className="h-6 w-6" />
                    <span>
                      {t.participants.present}
                      <span className="sr-only"> ({p.name})</span>
                    </span>
                  </label>
                  <label className="inline-flex min-h-11 items-center gap-2">
                    <input type="radio" name={name} value="AFWEZIG" defaultChecked={p.status === "AFWEZIG"} className="h-6 w-6" />
                    <span>
                      {t.participants.absent}
                      <span className="sr-only"> ({p.name})</span>
                    </span>
                  </label>
                </fieldset>
              </Td>
            </tr>
          );
        })}
      </Table>
      <div className="mt-4">
        <Button type="submit" variant="primary">
          {t.participants.save}
        </Button>
      </div>
    </form>
  );
}
