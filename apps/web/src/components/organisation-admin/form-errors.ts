import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { toServerFormError } from "@/lib/trpc/errors";
import { messages } from "@/messages";

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

/** The form's errors in screen order (`fields` are dotted paths, also the fields' ids). */
export function summaryItems(errors: FieldErrors, fields: readonly string[], formError: string | null): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  for (const field of fields) {
    const message = messageAt(errors, field);
    if (message) items.push({ fieldId: field, message });
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
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  isKnown: (field: string) => boolean,
): string | null {
  const result = toServerFormError(error, messages.forms);
  const unplaced: string[] = [];
  for (const [field, list] of Object.entries(result.fieldErrors)) {
    const message = list[0];
    if (!message) continue;
    if (isKnown(field)) setError(field as Path<T>, { type: "server", message });
    else unplaced.push(message);
  }
  return result.formError ?? unplaced[0] ?? null;
}

export const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
