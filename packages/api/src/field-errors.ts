/** Field errors keyed by the dotted field path, in Dutch, for the forms' inline errors. */
export type FieldErrors = Record<string, string[]>;

export class FieldErrorsCause extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors,
  ) {
    super(message);
  }
}
