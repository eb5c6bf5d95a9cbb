import type { AppRouter } from "@kk/api";
import { TRPCClientError } from "@trpc/client";

export interface ServerFormError {
  /** Errors per form field, as the API reports them (Dutch). */
  fieldErrors: Record<string, string[]>;
  /** An error about the whole form, or null. */
  formError: string | null;
  code: string | null;
}

/** Turns a tRPC error into field errors and a form-level message for the error summary. */
export function toServerFormError(error: unknown, messages: { conflict: string; unexpected: string; forbidden: string }): ServerFormError {
  if (!(error instanceof TRPCClientError)) return { fieldErrors: {}, formError: messages.unexpected, code: null };
  const clientError = error as TRPCClientError<AppRouter>;
  const code = clientError.data?.code ?? null;
  const fieldErrors: Record<string, string[]> = { ...(clientError.data?.fieldErrors ?? {}) };
  const formLevel = fieldErrors._form?.[0] ?? null;
  delete fieldErrors._form;
  if (code === "CONFLICT" && Object.keys(fieldErrors).length === 0) return { fieldErrors, formError: messages.conflict, code };
  if (code === "FORBIDDEN" || code === "UNAUTHORIZED") return { fieldErrors, formError: messages.forbidden, code };
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, formError: formLevel, code };
  // The server masks unexpected errors with a generic Dutch message naming an error id; show that id.
  if (code === "INTERNAL_SERVER_ERROR") return { fieldErrors, formError: clientError.data?.errorId ? clientError.message : messages.unexpected, code };
  if (!clientError.message) return { fieldErrors, formError: messages.unexpected, code };
  return { fieldErrors, formError: formLevel ?? clientError.message, code };
}
