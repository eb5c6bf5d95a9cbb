import { FIGURE_IMPORT_MAX_BYTES } from "@kk/api/schemas";
import type { RouterOutputs } from "@/lib/trpc/types";
import * as messages from "@/messages/catalogue";

/** What the steps of the figure-import wizard share: texts, field ids, the server's answers. */
export const t = messages.cijfersBeheer.import;
export const FILE_ID = "bestand";
export const CONFIRM_ID = "confirmNewVersion";
export const MB = FIGURE_IMPORT_MAX_BYTES / 1024 / 1024;
export const numberFormat = new Intl.NumberFormat("nl-NL");

export type Preview = RouterOutputs["figureImport"]["preview"];
export type CommitResult = RouterOutputs["figureImport"]["commit"];
export type Committed = Extract<CommitResult, { committed: true }>;

export type Progress = { kind: "reading" | "uploading"; percent: number } | { kind: "checking" | "saving" } | null;

/** Today in the browser's own time zone, as "YYYY-MM-DD". */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
