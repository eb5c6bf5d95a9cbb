import { z } from "../zod-dutch.ts";

/** 5 MB: thousands of organisations; more than that is not a sociale kaart but a mistake. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;
export const IMPORT_FILE_TYPES = [".csv", ".xlsx"] as const;

// Base64 grows the content by a third.
const MAX_BASE64_LENGTH = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;

/**
 * The uploaded file, read in the browser and sent base64-encoded in the tRPC call (no separate
 * upload endpoint, no temporary files; see docs/adr/0010-import-export.md).
 */
export const directoryImportInput = z.object({
  fileName: z
    .string("Kies een bestand.")
    .trim()
    .min(1, "Kies een bestand.")
    .max(200, "De bestandsnaam is te lang.")
    .refine((name) => IMPORT_FILE_TYPES.some((ext) => name.toLowerCase().endsWith(ext)), {
      message: "Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).",
    }),
  contentBase64: z
    .string("Kies een bestand.")
    .min(1, "Het bestand is leeg.")
    .max(MAX_BASE64_LENGTH, `Het bestand is groter dan ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Splits het in kleinere bestanden.`),
});
export type DirectoryImportInput = z.input<typeof directoryImportInput>;
