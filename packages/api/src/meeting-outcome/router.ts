import { createTRPCRouter, guarded } from "../trpc.ts";
import { createKnelpunt } from "./create-knelpunt.ts";
import { createMeetingAction } from "./create-meeting-action.ts";
import { knelpuntCatalogue } from "./knelpunt-catalogue.ts";
import { outcomeRegister } from "./outcome-register.ts";
import { meetingOutcome } from "./read-meeting-outcome.ts";
import { saveMeetingKnelpunten } from "./save-meeting-knelpunten.ts";
import {
  createKnelpuntInput,
  createMeetingActionInput,
  meetingOutcomeInput,
  saveMeetingKnelpuntenInput,
  setKnelpuntActiveInput,
  setMeetingActionStatusInput,
  updateMeetingActionInput,
} from "./schemas.ts";
import { setKnelpuntActive } from "./set-knelpunt-active.ts";
import { setMeetingActionStatus } from "./set-meeting-action-status.ts";
import { updateMeetingAction } from "./update-meeting-action.ts";

/** Outcomes of meetings (issue 5): knelpunten discussed, actions, the register and the catalogue. */
export const meetingOutcomeRouter = createTRPCRouter({
  forMeeting: guarded("meetingOutcome.read")
    .input(meetingOutcomeInput)
    .query(({ ctx, input }) => meetingOutcome(ctx.db, input.meetingId, ctx.now())),
  register: guarded("meetingOutcome.read").query(({ ctx }) => outcomeRegister(ctx.db, ctx.now())),
  saveKnelpunten: guarded("meetingOutcome.manage")
    .input(saveMeetingKnelpuntenInput)
    .mutation(({ ctx, input }) => saveMeetingKnelpunten(ctx.db, ctx.actor, input)),
  createAction: guarded("meetingOutcome.manage")
    .input(createMeetingActionInput)
    .mutation(({ ctx, input }) => createMeetingAction(ctx.db, ctx.actor, input, ctx.now())),
  updateAction: guarded("meetingOutcome.manage")
    .input(updateMeetingActionInput)
    .mutation(({ ctx, input }) => updateMeetingAction(ctx.db, ctx.actor, input, ctx.now())),
  setActionStatus: guarded("meetingOutcome.manage")
    .input(setMeetingActionStatusInput)
    .mutation(({ ctx, input }) => setMeetingActionStatus(ctx.db, ctx.actor, input, ctx.now())),
  catalogue: guarded("meetingOutcome.manage").query(({ ctx }) => knelpuntCatalogue(ctx.db)),
  createKnelpunt: guarded("meetingOutcome.manage")
    .input(createKnelpuntInput)
    .mutation(({ ctx, input }) => createKnelpunt(ctx.db, ctx.actor, input)),
  setKnelpuntActive: guarded("meetingOutcome.manage")
    .input(setKnelpuntActiveInput)
    .mutation(({ ctx, input }) => setKnelpuntActive(ctx.db, ctx.actor, input)),
});
