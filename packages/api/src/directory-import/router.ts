import { createTRPCRouter, guarded } from "../trpc.ts";
import { commitDirectoryImport, previewDirectoryImport } from "./import-directory.ts";
import { directoryImportInput } from "./schemas.ts";

export const directoryImportRouter = createTRPCRouter({
  /** Parses and validates the file; stores nothing. A mutation because the file is the input. */
  preview: guarded("directory.import")
    .input(directoryImportInput)
    .mutation(({ ctx, input }) => previewDirectoryImport(ctx.db, ctx.actor, input)),
  /** Validates again and stores every row, or none. */
  commit: guarded("directory.import")
    .input(directoryImportInput)
    .mutation(({ ctx, input }) => commitDirectoryImport(ctx.db, ctx.actor, input)),
});
