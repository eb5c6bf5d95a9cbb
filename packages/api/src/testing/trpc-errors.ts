import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** The TRPCError a call rejects with; fails the test when the call succeeds or throws something else. */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/**
 * The per-field messages a refusal carries, as the web forms receive them: a domain refusal's
 * `FieldErrorsCause.fieldErrors`, or a schema refusal's zod issues keyed by their path.
 */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> {
  const cause = error.cause as { fieldErrors?: Record<string, string[]>; issues?: Array<{ path: PropertyKey[]; message: string }> } | undefined;
  if (cause?.fieldErrors) return cause.fieldErrors;
  const out: Record<string, string[]> = {};
  for (const issue of cause?.issues ?? []) (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return out;
}
