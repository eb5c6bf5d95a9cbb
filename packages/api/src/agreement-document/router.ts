import { createTRPCRouter, guarded } from "../trpc.ts";
import { listAgreementDocuments } from "./list-agreement-documents.ts";
import { listAgreementDocumentsInput } from "./schemas.ts";

/**
 * Read side only. Uploads are binary and arrive as multipart form data through a server action
 * (apps/web/src/components/agreement-documents/actions.ts) and downloads through a route handler;
 * both call the domain functions in this folder, which check the policy themselves.
 */
export const agreementDocumentRouter = createTRPCRouter({
  list: guarded("agreement.read")
    .input(listAgreementDocumentsInput)
    .query(({ ctx, input }) => listAgreementDocuments(ctx.db, ctx.actor, input)),
});
