/** The classes of a text input or select: GOV.UK's thick border, red when the field has an error. */
export function controlClassName(error: string | undefined, extra = ""): string {
  return (
    "block w-full max-w-xl rounded-none border-2 bg-paper px-3 py-2 text-base text-ink " +
    (error ? "border-danger " : "border-line-strong ") +
    extra
  ).trim();
}
