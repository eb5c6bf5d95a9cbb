import { createTRPCRouter, guarded } from "../trpc.ts";
import { directoryFacets } from "./directory-facets.ts";
import { directorySearchInput } from "./schemas.ts";
import { searchDirectory } from "./search-directory.ts";

export const directoryRouter = createTRPCRouter({
  search: guarded("directory.search")
    .input(directorySearchInput)
    .query(({ ctx, input }) => searchDirectory(ctx.db, ctx.actor, input, ctx.now())),
  facets: guarded("directory.search").query(({ ctx }) => directoryFacets(ctx.db)),
});
