import { createTRPCRouter, guarded } from "../trpc.ts";
import { listOutboxMessages } from "./list-outbox-messages.ts";
import { listOutboxInput } from "./schemas.ts";

export const outboxRouter = createTRPCRouter({
  list: guarded("outbox.read")
    .input(listOutboxInput)
    .query(({ ctx, input }) => listOutboxMessages(ctx.db, input)),
});
