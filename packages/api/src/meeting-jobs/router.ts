import { createTRPCRouter, guarded } from "../trpc.ts";
import { setMeetingJobSettingsInput } from "./schemas.ts";
import { getMeetingJobSettings, setMeetingJobSettings } from "./settings.ts";

export const meetingJobsRouter = createTRPCRouter({
  /** Reminder days and retention years for the werkateliers jobs (coordinator). */
  settings: guarded("meeting.manage").query(({ ctx }) => getMeetingJobSettings(ctx.db)),
  setSettings: guarded("meeting.manage")
    .input(setMeetingJobSettingsInput)
    .mutation(({ ctx, input }) => setMeetingJobSettings(ctx.db, ctx.actor, input)),
});
