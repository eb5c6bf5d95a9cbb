import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { toServerFormError } from "@/lib/trpc/errors";
import * as messages from "@/messages/catalogue";

function messageAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (Array.isArray(node)) {
    // An error on one item of a list (one tag too long): show it on the list's field.
    for (const item of node) {
      const message = (item as { message?: unknown } | undefined)?.message;
      if (typeof message === "string") return message;
    }
    return undefined;
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * The form's errors in screen order (`fields` are dotted paths, also the fields' ids unless
 * `idOf` maps a path to the id the field has on the page).
 */
export function summaryItems(
  errors: FieldErrors,
  fields: readonly string[],
  formError: string | null,
  idOf: (field: string) => string = (field) => field,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  for (const field of fields) {
    const message = messageAt(errors, field);
    if (message) items.push({ fieldId: idOf(field), message });
  }
  if (formError) items.push({ message: formError });
  return items;
}

export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return messageAt(errors, path);
}

/**
 * Puts the API's field errors on the fields the form has; returns the message for the whole
 * form (a conflict, no permission, or an error about a field the form does not show).
 * `known` says which of the API's field names the form shows; `fieldOf` maps an API field
 * name to the form's own name when they differ.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: ((field: string) => boolean) | readonly string[],
  fieldOf: (field: string) => string = (field) => field,
): string | null {
  const isKnown = typeof known === "function" ? known : (field: string) => known.includes(field);
  const result = toServerFormError(error, messages.forms);
  const unplaced: string[] = [];
  for (const [field, list] of Object.entries(result.fieldErrors)) {
    const message = list[0];
    if (!message) continue;
    if (isKnown(field)) setError(fieldOf(field) as Path<T>, { type: "server", message });
    else unplaced.push(message);
  }
  return result.formError ?? unplaced[0] ?? null;
}

/** The message for a failed action without fields (a button, a confirmation): never empty. */
export function serverErrorMessage(error: unknown): string {
  return toServerFormError(error, messages.forms).formError ?? messages.forms.unexpected;
}

/** The API's first message for one field (a field the form shows in its own way), or undefined. */
export function serverFieldError(error: unknown, field: string): string | undefined {
  return toServerFormError(error, messages.forms).fieldErrors[field]?.[0];
}

/** The tRPC error code ("TOO_MANY_REQUESTS", ...) of a failed call, or null. */
export function serverErrorCode(error: unknown): string | null {
  return toServerFormError(error, messages.forms).code;
}
