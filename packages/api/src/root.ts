import { auditRouter } from "./audit/router.ts";
import { agreementRouter } from "./agreement/router.ts";
import { agreementCoverageRouter, networkGapsRouter } from "./agreement-coverage/router.ts";
import { agreementRemindersRouter } from "./agreement-reminders/router.ts";
import { agreementDocumentRouter } from "./agreement-document/router.ts";
import { freshnessRouter } from "./freshness/router.ts";
import { outboxRouter } from "./outbox/router.ts";
import { contactRouter } from "./contact/router.ts";
import { directoryRouter } from "./directory/router.ts";
import { directoryImportRouter } from "./directory-import/router.ts";
import { escalationRouteRouter } from "./escalation-route/router.ts";
import { organisationRouter } from "./organisation/router.ts";
import { sessionRouter } from "./session/router.ts";
import { sharingRouter } from "./sharing/router.ts";
import { meetingRouter } from "./meeting/router.ts";
import { meetingCaseRouter } from "./meeting-case/router.ts";
import { meetingOutcomeRouter } from "./meeting-outcome/router.ts";
import { meetingCalendarRouter } from "./meeting-calendar/router.ts";
import { meetingJobsRouter } from "./meeting-jobs/router.ts";
import { meetingRegistrationRouter } from "./meeting-registration/router.ts";
import { figureImportRouter } from "./vt-figure-import/router.ts";
import { figureEntryRouter } from "./vt-figure-entry/router.ts";
import { dashboardRouter } from "./vt-dashboard/router.ts";
import { councilRouter } from "./vt-council/router.ts";
import { planRouter } from "./plan/router.ts";
import { legalReviewRouter } from "./legal-review/router.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";
import { userRouter } from "./user/router.ts";
// Issue 14 part M: two-factor sign-in.
import { mfaRouter } from "./mfa/router.ts";
import { userSessionRouter } from "./user-session/router.ts";
import { weighingRouter } from "./weighing/router.ts";
// Part C of issue 13, "Informatieverzoek opstellen".
import { informationRequestRouter } from "./information-request/router.ts";
import { passwordRouter } from "./password/router.ts";
// Issue 18 part D: the municipalities of a region install.
import { municipalityRouter } from "./municipality/router.ts";
// Issue 15 item 5: the coordinator's settings of the public residents' page.
import { publicPageRouter } from "./public-page/router.ts";

export const appRouter = createTRPCRouter({
  session: sessionRouter,
  user: userRouter,
  mfa: mfaRouter,
  organisation: organisationRouter,
  audit: auditRouter,
  freshness: freshnessRouter,
  outbox: outboxRouter,
  contact: contactRouter,
  escalationRoute: escalationRouteRouter,
  directory: directoryRouter,
  directoryImport: directoryImportRouter,
  sharing: sharingRouter,
  agreement: agreementRouter,
  agreementDocument: agreementDocumentRouter,
  agreementCoverage: agreementCoverageRouter,
  networkGaps: networkGapsRouter,
  agreementReminders: agreementRemindersRouter,
  meeting: meetingRouter,
  meetingCase: meetingCaseRouter,
  meetingOutcome: meetingOutcomeRouter,
  meetingCalendar: meetingCalendarRouter,
  meetingJobs: meetingJobsRouter,
  meetingRegistration: meetingRegistrationRouter,
  figureImport: figureImportRouter,
  figureEntry: figureEntryRouter,
  dashboard: dashboardRouter,
  council: councilRouter,
  plan: planRouter,
  weighing: weighingRouter,
  informationRequest: informationRequestRouter,
  legalReview: legalReviewRouter,
  password: passwordRouter,
  userSession: userSessionRouter,
  municipality: municipalityRouter,
  publicPage: publicPageRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
