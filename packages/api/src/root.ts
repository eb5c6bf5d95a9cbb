import { auditRouter } from "./audit/router.ts";
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
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";
import { userRouter } from "./user/router.ts";

export const appRouter = createTRPCRouter({
  session: sessionRouter,
  user: userRouter,
  organisation: organisationRouter,
  audit: auditRouter,
  freshness: freshnessRouter,
  outbox: outboxRouter,
  contact: contactRouter,
  escalationRoute: escalationRouteRouter,
  directory: directoryRouter,
  directoryImport: directoryImportRouter,
  sharing: sharingRouter,
  agreementDocument: agreementDocumentRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
