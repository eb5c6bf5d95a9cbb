import { createTRPCRouter, guarded } from "../trpc.ts";
import { getLapsingSoon } from "./lapsing-soon.ts";
import { setReminderDaysInput } from "./schemas.ts";
import { setReminderDays } from "./set-reminder-days.ts";

export const agreementRemindersRouter = createTRPCRouter({
  /** "Verloopt binnenkort" with the two reminder settings (coordinator). */
  lapsingSoon: guarded("agreement.manage").query(({ ctx }) => getLapsingSoon(ctx.db, ctx.now())),
  setReminderDays: guarded("agreement.manage")
    .input(setReminderDaysInput)
    .mutation(({ ctx, input }) => setReminderDays(ctx.db, ctx.actor, input)),
});
