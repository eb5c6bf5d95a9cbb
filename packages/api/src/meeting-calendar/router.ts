import { portalBaseUrl } from "../freshness/reminder-settings.ts";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { createCalendarFeed, getCalendarFeedStatus, meetingIcsFile, revokeCalendarFeed } from "./calendar-feed.ts";
import { meetingIcsInput } from "./schemas.ts";

export const meetingCalendarRouter = createTRPCRouter({
  /** One meeting as an iCalendar file (the .ics download on the detail page). */
  meetingIcs: guarded("meeting.read")
    .input(meetingIcsInput)
    .query(({ ctx, input }) => meetingIcsFile(ctx.db, input.meetingId, portalBaseUrl())),
  /** Whether the user has a personal feed (never its token). */
  feedStatus: guarded("calendarFeed.manage").query(({ ctx }) => getCalendarFeedStatus(ctx.db, ctx.actor)),
  /** A new secret feed URL, shown once; revokes the earlier one. */
  createFeed: guarded("calendarFeed.manage").mutation(({ ctx }) => createCalendarFeed(ctx.db, ctx.actor, portalBaseUrl(), ctx.now())),
  revokeFeed: guarded("calendarFeed.manage").mutation(({ ctx }) => revokeCalendarFeed(ctx.db, ctx.actor, ctx.now())),
});
