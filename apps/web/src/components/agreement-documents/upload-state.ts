/** The form's fields; the ids double as the error summary's link targets. */
export const UPLOAD_FIELD_IDS = {
  file: "document-bestand",
  documentDate: "document-datum",
  note: "document-toelichting",
} as const;

export type UploadFieldKey = keyof typeof UPLOAD_FIELD_IDS;

export type UploadState =
  | { status: "idle" }
  | {
      status: "error";
      fieldErrors: Partial<Record<UploadFieldKey, string>>;
      formError: string | null;
      attempt: number;
      /** What was typed, so the form shows it again (a file input cannot be refilled). */
      values: { documentDate: string; note: string };
    }
  | { status: "saved"; versionNumber: number; fileName: string; attempt: number };
