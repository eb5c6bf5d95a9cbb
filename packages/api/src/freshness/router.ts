import { createMailerFromEnvironment } from "@kk/mail";
import { createTRPCRouter, guarded } from "../trpc.ts";
import { getFreshnessOverview } from "./freshness-overview.ts";
import { portalBaseUrl } from "./reminder-settings.ts";
import { setStaleAfterMonthsInput } from "./schemas.ts";
import { sendFreshnessReminders } from "./send-freshness-reminders.ts";
import { setStaleAfterMonths } from "./set-stale-after-months.ts";

export const freshnessRouter = createTRPCRouter({
  overview: guarded("freshness.read").query(({ ctx }) => getFreshnessOverview(ctx.db, ctx.now())),
  setStaleAfterMonths: guarded("freshness.manage")
    .input(setStaleAfterMonthsInput)
    .mutation(({ ctx, input }) => setStaleAfterMonths(ctx.db, ctx.actor, input)),
  // The same run as the monthly job; already-reminded editors are skipped, so pressing twice is harmless.
  sendRemindersNow: guarded("freshness.manage").mutation(({ ctx }) =>
    sendFreshnessReminders(ctx.db, createMailerFromEnvironment(ctx.db), {
      now: ctx.now(),
      baseUrl: portalBaseUrl(),
      actor: ctx.actor,
    }),
  ),
});
