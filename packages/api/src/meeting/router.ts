import { createMailerFromEnvironment } from "@kk/mail";
import { portalBaseUrl } from "../freshness/reminder-settings.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { listMeetings, meetingSectorMix, readMeeting } from "./read-meetings.ts";
import { cancelMeetingInput, completeMeetingInput, createMeetingInput, listMeetingsInput, meetingIdInput, updateMeetingInput } from "./schemas.ts";
import { cancelMeeting, completeMeeting, createMeeting, updateMeeting } from "./write-meetings.ts";

/** Werkateliers and network meetings (issue 5, docs/werkateliers.md): scheduling and status. */
export const meetingRouter = createTRPCRouter({
  list: guarded("meeting.read")
    .input(listMeetingsInput)
    .query(({ ctx, input }) => listMeetings(ctx.db, input, ctx.now())),
  byId: guarded("meeting.read")
    .input(meetingIdInput)
    .query(({ ctx, input }) => readMeeting(ctx.db, ctx.actor, input.id, ctx.now())),
  sectorMix: guarded("meeting.participants")
    .input(meetingIdInput)
    .query(({ ctx, input }) => meetingSectorMix(ctx.db, input.id)),
  create: guarded("meeting.manage")
    .input(createMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.actor, input)),
  update: guarded("meeting.manage")
    .input(updateMeetingInput)
    .mutation(({ ctx, input }) => updateMeeting(ctx.db, createMailerFromEnvironment(ctx.db), ctx.actor, input, portalBaseUrl(), ctx.now())),
  cancel: guarded("meeting.manage")
    .input(cancelMeetingInput)
    .mutation(({ ctx, input }) => cancelMeeting(ctx.db, createMailerFromEnvironment(ctx.db), ctx.actor, input, portalBaseUrl())),
  complete: guarded("meeting.manage")
    .input(completeMeetingInput)
    .mutation(({ ctx, input }) => completeMeeting(ctx.db, ctx.actor, input, ctx.now())),
});
