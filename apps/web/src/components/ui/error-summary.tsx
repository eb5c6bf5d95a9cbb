"use client";

import { useEffect, useRef } from "react";
import * as messages from "@/messages/catalogue";

export interface ErrorSummaryItem {
  /** The id of the field the error belongs to; omitted for errors about the whole form. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  /** Changes on every failed submit, so focus moves to the summary again. */
  focusKey?: number;
}

/**
 * GOV.UK error summary: a list of what went wrong at the top of the form, each linking to its
 * field. Focus moves here after a failed submit so screen-reader users hear it at once.
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // focusKey re-triggers the focus for an identical list after a second failed submit.
  }, [errors, focusKey]);

  if (errors.length === 0) return null;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="mb-8 border-4 border-danger p-4 sm:p-6"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl">
        {messages.forms.errorSummaryTitle}
      </h2>
      <ul className="list-none space-y-2">
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? "form"}-${index}`} className="font-semibold">
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                className="text-danger"
                onClick={(event) => {
                  // Focus the field itself; a plain hash jump only scrolls in some browsers.
                  const field = document.getElementById(error.fieldId ?? "");
                  if (field) {
                    event.preventDefault();
                    field.focus();
                  }
                }}
              >
                {error.message}
              </a>
            ) : (
              <span className="text-danger">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
