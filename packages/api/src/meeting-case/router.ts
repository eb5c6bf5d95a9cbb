import { createTRPCRouter, guarded } from "../trpc.ts";
import { createMeetingCase, deleteMeetingCase, listMeetingCases, readMeetingCase, updateMeetingCase } from "./meeting-cases.ts";
import { createMeetingCaseInput, deleteMeetingCaseInput, meetingCaseIdInput, meetingCasesInput, updateMeetingCaseInput } from "./schemas.ts";

/** Anonymised practice cases of werkateliers (issue 5). Author or coordinator edits. */
export const meetingCaseRouter = createTRPCRouter({
  list: guarded("meeting.read")
    .input(meetingCasesInput)
    .query(({ ctx, input }) => listMeetingCases(ctx.db, ctx.actor, input.meetingId)),
  byId: guarded("meeting.read")
    .input(meetingCaseIdInput)
    .query(({ ctx, input }) => readMeetingCase(ctx.db, ctx.actor, input.id)),
  create: guarded("meetingCase.write")
    .input(createMeetingCaseInput)
    .mutation(({ ctx, input }) => createMeetingCase(ctx.db, ctx.actor, input)),
  update: guarded("meetingCase.write")
    .input(updateMeetingCaseInput)
    .mutation(({ ctx, input }) => updateMeetingCase(ctx.db, ctx.actor, input)),
  remove: guarded("meetingCase.write")
    .input(deleteMeetingCaseInput)
    .mutation(({ ctx, input }) => deleteMeetingCase(ctx.db, ctx.actor, input)),
});
