import { createTRPCRouter, guarded } from "../trpc.ts";
import { listAuditEvents } from "./list-audit-events.ts";
import { listAuditInput } from "./schemas.ts";

export const auditRouter = createTRPCRouter({
  list: guarded("audit.read")
    .input(listAuditInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
});
