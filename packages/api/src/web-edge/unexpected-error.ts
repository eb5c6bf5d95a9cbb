import { randomUUID } from "node:crypto";

/**
 * Unexpected server errors (tRPC's INTERNAL_SERVER_ERROR) are answered with a generic Dutch
 * message and an error id; the details (message, cause, stack, which may name files or SQL)
 * go only to the server log, under the same id. Issue 14, finding 9a.
 */
const ids = new WeakMap<object, string>();

/** The id of one error, the same every time it is asked for (the formatter and onError share it). */
export function errorIdOf(error: object): string {
  let id = ids.get(error);
  if (!id) {
    id = randomUUID().slice(0, 8).toUpperCase();
    ids.set(error, id);
  }
  return id;
}

export function unexpectedErrorMessage(id: string): string {
  return `Er ging iets mis aan onze kant. Probeer het later opnieuw. Neem contact op met de beheerder als het blijft gebeuren en noem dan foutcode ${id}.`;
}

/** Writes an unexpected error with its id to the server log (once per error). */
const logged = new WeakSet<object>();
export function logUnexpectedError(error: Error, where: string, log: (line: string, error: unknown) => void = console.error): string {
  const id = errorIdOf(error);
  if (!logged.has(error)) {
    logged.add(error);
    log(`[fout ${id}] ${where} failed:`, error.cause ?? error);
  }
  return id;
}
