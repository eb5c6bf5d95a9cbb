// The zod schemas the web forms share with the server.
export * from "./user/schemas.ts";
export * from "./audit/schemas.ts";
export type { FieldErrors } from "./field-errors.ts";
