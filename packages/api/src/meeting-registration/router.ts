import { createMailerFromEnvironment } from "@kk/mail";
import { portalBaseUrl } from "../freshness/reminder-settings.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { markAttendance } from "./mark-attendance.ts";
import { listParticipants, myRegistrations, myRegistrationState } from "./read-registrations.ts";
import { registerForMeeting, unregisterFromMeeting } from "./register.ts";
import { markAttendanceInput, registrationMeetingInput, registerForMeetingInput } from "./schemas.ts";

/** Registration for meetings, waitlist, attendance (issue 5, docs/werkateliers.md). */
export const meetingRegistrationRouter = createTRPCRouter({
  register: guarded("meeting.register")
    .input(registerForMeetingInput)
    .mutation(({ ctx, input }) =>
      registerForMeeting(ctx.db, createMailerFromEnvironment(ctx.db), ctx.actor, input, { baseUrl: portalBaseUrl(), now: ctx.now() }),
    ),
  unregister: guarded("meeting.register")
    .input(registrationMeetingInput)
    .mutation(({ ctx, input }) =>
      unregisterFromMeeting(ctx.db, createMailerFromEnvironment(ctx.db), ctx.actor, input.meetingId, { baseUrl: portalBaseUrl(), now: ctx.now() }),
    ),
  /** The caller's own registration for one meeting (the panel on the detail page). */
  status: guarded("meeting.register")
    .input(registrationMeetingInput)
    .query(({ ctx, input }) => myRegistrationState(ctx.db, ctx.actor, input.meetingId, ctx.now())),
  mine: guarded("meeting.register").query(({ ctx }) => myRegistrations(ctx.db, ctx.actor, ctx.now())),
  participants: guarded("meeting.participants")
    .input(registrationMeetingInput)
    .query(({ ctx, input }) => listParticipants(ctx.db, input.meetingId)),
  markAttendance: guarded("meeting.participants")
    .input(markAttendanceInput)
    .mutation(({ ctx, input }) => markAttendance(ctx.db, ctx.actor, input, ctx.now())),
});
