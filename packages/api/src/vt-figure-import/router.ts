import { createTRPCRouter, guarded } from "../trpc.ts";
import { templateCsv, templateXlsx } from "../vt-figures/template.ts";
import { commitFigureImport, previewFigureImport } from "./figure-import.ts";
import { figureImportCommitInput, figureImportInput, figureTemplateInput } from "./schemas.ts";

const TEMPLATE_CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * Import of Veilig Thuis figures (template and CBS): preview with column mapping, commit all-or-nothing.
 * A CBS regional table holds the Veilig Thuis region's rows beside the municipality's; region-level
 * rows have no municipality and row-level security lets only a region connection see or write them
 * (docs/adr/0024). So the import runs on a region connection, and its own row check
 * (vt-figures/import-municipality.ts: the importer's municipality and the region, nothing else) is
 * the guard on this one path; authorisation-municipality.test.ts shows another municipality's rows
 * are refused and left unchanged.
 */
export const figureImportRouter = createTRPCRouter({
  /** Reads, maps and validates the file; stores nothing. A mutation because the file is the input. */
  preview: guarded("figures.manage")
    .input(figureImportInput)
    .mutation(({ ctx, input }) => previewFigureImport(ctx.dbForScope({ kind: "region" }), ctx.actor, input)),
  /** Validates again and writes every period (one delivery per period and scope), or nothing. */
  commit: guarded("figures.manage")
    .input(figureImportCommitInput)
    .mutation(({ ctx, input }) => commitFigureImport(ctx.dbForScope({ kind: "region" }), ctx.actor, input)),
  /** The empty template with example rows, for the download route (server side; the body is not JSON-safe). */
  template: guarded("figures.manage")
    .input(figureTemplateInput)
    .query(async ({ input }) => ({
      fileName: `sjabloon-veilig-thuis-cijfers.${input.format}`,
      contentType: TEMPLATE_CONTENT_TYPES[input.format],
      body: input.format === "csv" ? templateCsv() : await templateXlsx(),
    })),
});
