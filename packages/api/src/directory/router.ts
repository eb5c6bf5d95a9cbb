import { createTRPCRouter, guarded } from "../trpc.ts";
import { readInstallRegion } from "../organisation/working-area.ts";
import { directoryFacets } from "./directory-facets.ts";
import { directorySearchInput } from "./schemas.ts";
import { searchDirectory } from "./search-directory.ts";

export const directoryRouter = createTRPCRouter({
  search: guarded("directory.search")
    .input(directorySearchInput)
    .query(({ ctx, input }) => searchDirectory(ctx.db, ctx.actor, input, ctx.now(), ctx.settings)),
  facets: guarded("directory.search").query(({ ctx }) => directoryFacets(ctx.db)),
  /** The install's municipalities (issue 18): the Gemeente filter and the working-area checkboxes. */
  region: guarded("directory.search").query(({ ctx }) => readInstallRegion(ctx.db)),
});
