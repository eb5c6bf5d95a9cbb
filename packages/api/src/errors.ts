import { TRPCError } from "@trpc/server";
import type { FieldErrors } from "./field-errors.ts";
import { FieldErrorsCause } from "./field-errors.ts";

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} is niet gevonden.` });
}

/** Optimistic concurrency: someone else saved in the meantime; nothing was overwritten. */
export function staleVersion(): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message:
      "Iemand anders heeft dit gegeven intussen gewijzigd. Uw wijziging is niet opgeslagen. Laad de pagina opnieuw en voer uw wijziging nogmaals in.",
  });
}

/** A business-rule failure that belongs to specific form fields (shown inline and in the error summary). */
export function fieldConflict(message: string, fieldErrors: FieldErrors): TRPCError {
  return new TRPCError({ code: "CONFLICT", message, cause: new FieldErrorsCause(message, fieldErrors) });
}
