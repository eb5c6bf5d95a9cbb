/**
 * Characters no text field of the portal accepts: the NUL byte (PostgreSQL cannot store it in
 * text and Prisma answers with an internal error), other C0 control characters except tab,
 * newline and carriage return, and lone UTF-16 surrogates (not valid Unicode, refused by the
 * database's UTF-8 encoding). Issue 14, finding 9a.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE = "Deze tekst bevat een teken dat niet is toegestaan (zoals een NUL-teken of een ongeldig Unicode-teken). Verwijder het en probeer het opnieuw.";

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * The dotted path of the first string (value or object key) in `value` with an unsafe character,
 * "" for the value itself, or null when there is none. Walks plain objects and arrays only
 * (what JSON and superjson deliver); deep or huge structures are bounded by the body size cap.
 */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return hasUnsafeCharacters(value) ? path.join(".") : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, String(index)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (hasUnsafeCharacters(key)) return [...path, key].join(".");
    const found = findUnsafeText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
