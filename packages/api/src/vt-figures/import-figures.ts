import { ImportFileError, type ImportTable } from "../directory-import/read-table.ts";
import { CBS_ROUNDING_NOTE, readCbsFile } from "./cbs.ts";
import { type MunicipalityRestriction, restrictToOwnMunicipality } from "./import-municipality.ts";
import { applyMapping, type ColumnMapping, mappingFor, mappingProblems, type MappingProposal, proposeMapping } from "./mapping.ts";
import { readFigureTemplate } from "./template.ts";
import { type ValidateOptions, type ValidationResult, validateFigureRows } from "./validate.ts";

/*
 * The whole pure import path for one file, as the preview and the commit will call it:
 * read (template or CBS) → mapping (the one the coordinator confirmed, a remembered one for this
 * header, or a proposal) → validation. No database: the caller passes areas, existing deliveries and
 * remembered mappings, and writes the ready rows in one transaction (or nothing).
 */

export type FigureImportFormat = "TEMPLATE" | "CBS";

export interface FigureImportInput extends Omit<ValidateOptions, "roundedToFive"> {
  format: FigureImportFormat;
  fileName: string;
  content: Uint8Array;
  /** The mapping the coordinator confirmed for this file; without it a remembered or proposed one is used. */
  mapping?: ColumnMapping;
  remembered?: readonly ColumnMapping[];
  /** Issue 18: only rows of the importer's municipality (and of the region) may be written. */
  restriction?: MunicipalityRestriction;
}

export type FigureImportPreview =
  /** The file could not be read: nothing else to show. */
  | { stage: "FILE_ERROR"; errors: string[] }
  /** The mapping is incomplete or uncertain: show it to the coordinator to confirm or change. */
  | { stage: "MAPPING"; proposal: MappingProposal; remembered: boolean; notes: string[] }
  /** Mapped: the validation result (errors, or rows ready to write with the plan per period). */
  | { stage: "VALIDATED"; mapping: ColumnMapping; remembered: boolean; result: ValidationResult; notes: string[]; tableId: string | null };

export async function prepareFigureImport(input: FigureImportInput): Promise<FigureImportPreview> {
  let table: ImportTable;
  let tableId: string | null = null;
  const notes: string[] = [];
  try {
    if (input.format === "CBS") {
      const cbs = await readCbsFile(input.fileName, input.content);
      table = cbs;
      tableId = cbs.tableId;
      notes.push(CBS_ROUNDING_NOTE);
    } else {
      table = await readFigureTemplate(input.fileName, input.content);
    }
  } catch (error) {
    if (error instanceof ImportFileError) return { stage: "FILE_ERROR", errors: [error.message] };
    throw error;
  }
  let mapping: ColumnMapping;
  let remembered = false;
  if (input.mapping) mapping = input.mapping;
  else {
    ({ mapping, remembered } = mappingFor(table.header, input.remembered ?? []));
    // A fresh proposal with any uncertain column is shown for confirmation first.
    const proposal = remembered ? null : proposeMapping(table.header);
    if (proposal && (proposal.problems.length > 0 || proposal.quality.some((q, i) => q === "similar" || (q === "none" && table.header[i] !== "")))) {
      return { stage: "MAPPING", proposal, remembered: false, notes };
    }
  }
  const problems = mappingProblems(mapping.columns);
  if (problems.length > 0) return { stage: "MAPPING", proposal: { ...proposeMapping(table.header), columns: mapping.columns, problems }, remembered, notes };
  const mapped = applyMapping(table, mapping);
  if (!mapped.ok) return { stage: "VALIDATED", mapping, remembered, result: { ok: false, errors: mapped.errors }, notes, tableId };
  const validated = validateFigureRows(mapped.rows, { ...input, roundedToFive: input.format === "CBS" });
  const result =
    validated.ok && input.restriction
      ? restrictToOwnMunicipality(validated, input.areas, input.restriction, { skip: input.unknownAreas === "skip", maxErrors: input.maxErrors ?? 50 })
      : validated;
  return { stage: "VALIDATED", mapping, remembered, result, notes, tableId };
}
