import { actorOf, createTRPCRouter, guarded } from "../trpc.ts";
import { createMeetingCase, deleteMeetingCase, listMeetingCases, readMeetingCase, updateMeetingCase } from "./meeting-cases.ts";
import { createMeetingCaseInput, deleteMeetingCaseInput, meetingCaseIdInput, meetingCasesInput, updateMeetingCaseInput } from "./schemas.ts";

/** Anonymised practice cases of werkateliers (issue 5). Author or coordinator edits. */
export const meetingCaseRouter = createTRPCRouter({
  list: guarded("meeting.read")
    .input(meetingCasesInput)
    .query(({ ctx, input }) => listMeetingCases(ctx.db, actorOf(ctx), input.meetingId)),
  byId: guarded("meeting.read")
    .input(meetingCaseIdInput)
    .query(({ ctx, input }) => readMeetingCase(ctx.db, actorOf(ctx), input.id)),
  create: guarded("meetingCase.write")
    .input(createMeetingCaseInput)
    .mutation(({ ctx, input }) => createMeetingCase(ctx.db, actorOf(ctx), input)),
  update: guarded("meetingCase.write")
    .input(updateMeetingCaseInput)
    .mutation(({ ctx, input }) => updateMeetingCase(ctx.db, actorOf(ctx), input)),
  remove: guarded("meetingCase.write")
    .input(deleteMeetingCaseInput)
    .mutation(({ ctx, input }) => deleteMeetingCase(ctx.db, actorOf(ctx), input)),
});
