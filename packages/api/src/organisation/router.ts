import { createTRPCRouter, guarded } from "../trpc.ts";

export const organisationRouter = createTRPCRouter({
  /** Names and ids for pickers (linking a user to an organisation). */
  options: guarded("organisation.options").query(({ ctx }) =>
    ctx.db.organisation.findMany({
      where: { status: { not: "CLOSED" } },
      select: { id: true, name: true, legalFrame: true, sector: true },
      orderBy: { name: "asc" },
    }),
  ),
});
