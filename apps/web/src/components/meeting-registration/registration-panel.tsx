import type { SessionUser } from "@kk/auth/roles";
import { can } from "@kk/auth/policy";
import type { RegistrationStatus } from "@kk/db";
import Link from "next/link";
import { meetingDateTime } from "@/components/meetings/meeting-time";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { RegistrationActions } from "./registration-actions";

const t = messages.werkateliersAanmelding.panel;

interface Props {
  meeting: { id: string; title: string };
  user: SessionUser;
}

function statusText(status: RegistrationStatus, position: number): string {
  switch (status) {
    case "AANGEMELD":
      return t.statusAangemeld;
    case "WACHTLIJST":
      return format(t.statusWachtlijst, { position });
    case "AFGEMELD":
      return t.statusAfgemeld;
    case "AANWEZIG":
      return t.statusAanwezig;
    case "AFWEZIG":
      return t.statusAfwezig;
  }
}

/**
 * The registration panel on a meeting's page: the caller's status (aangemeld, wachtlijst with
 * position, afgemeld), places left, one-click register/unregister, and for the coordinator the
 * link to the participant and attendance list.
 */
export async function RegistrationPanel({ meeting, user }: Props) {
  if (!can(user, "meeting.register")) return null;
  const api = await serverApi();
  const state = await api.meetingRegistration.status({ meetingId: meeting.id });
  const registration = state.registration;
  const active = registration !== null && registration.status !== "AFGEMELD";
  const free = Math.max(0, state.capacity - state.taken);
  const canRegister = !active && state.closedReason === null;

  return (
    <section aria-labelledby="aanmelden" className="mt-10 max-w-3xl" data-testid="registration-panel">
      <h2 id="aanmelden" className="mb-2 text-2xl">
        {t.heading}
      </h2>
      {registration ? (
        <p className="mb-3 font-semibold" data-testid="registration-status">
          {statusText(registration.status, registration.position)}
        </p>
      ) : null}
      {active && registration.remark ? <p className="mb-3">{format(t.yourRemark, { remark: registration.remark })}</p> : null}
      {state.closedReason ? (
        <p className="mb-3">{state.closedReason}</p>
      ) : (
        <>
          <p className="mb-1" data-testid="registration-places">
            {free > 0 ? format(t.places, { free, capacity: state.capacity }) : format(t.full, { waitlisted: state.waitlisted })}
          </p>
          <p className="mb-4">
            <time dateTime={state.closesAt.toISOString()}>{format(t.closesAt, { when: meetingDateTime(state.closesAt) })}</time>
          </p>
        </>
      )}
      <RegistrationActions
        meetingId={meeting.id}
        canRegister={canRegister}
        canUnregister={state.canUnregister}
        full={free === 0}
        needsSector={state.needsSector}
      />
      <p className="mt-4">
        <Link href="/werkateliers/aanmeldingen">{messages.werkateliersAanmelding.mine.link}</Link>
      </p>
      {can(user, "meeting.participants") ? (
        <p className="mt-2">
          <Link href={`/werkateliers/${meeting.id}/deelnemers`}>
            {t.participantsLink}
            <span className="sr-only">: {meeting.title}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
