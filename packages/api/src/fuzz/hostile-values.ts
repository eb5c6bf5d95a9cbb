import fc from "fast-check";

/**
 * Values an attacker (or a broken client) sends instead of what a form would: the fuzz suite
 * mixes them into the schema-valid inputs. Every procedure must answer them with a 4xx (or
 * handle them), never a 5xx.
 */

const HUNDRED_KB = 100 * 1024;

/** Text that has broken search, storage or encoding somewhere before. */
export const HOSTILE_TEXTS: readonly string[] = [
  // NUL, other control characters and lone surrogates (refused at the guard, issue 14 9a)
  "\u0000",
  "jeugd\u0000zorg",
  "\u001b[31m",
  "\ud800",
  "zorg\udfff",
  // PostgreSQL full-text search (tsquery) operators
  "&",
  "|",
  "!",
  ":*",
  "<->",
  "<1>",
  "(",
  ")",
  "a & b | !c",
  "jeugd:*",
  "(zorg <-> ",
  "!!!",
  "&&||",
  "a:*B",
  "' & '",
  // SQL quotes and comments
  "'",
  "''",
  '"',
  "--",
  "/*",
  "*/",
  "'; DROP TABLE \"User\"; --",
  "1' OR '1'='1",
  // LIKE wildcards and escapes
  "%",
  "_",
  "\\",
  "\\%",
  "%_\\",
  "%%%%",
  // bidirectional and zero-width characters, emoji, combining marks
  "\u202e",
  "\u200f",
  "\u2066abc\u2069",
  "\u200b",
  "\ufeff",
  "👪",
  "🏳️‍🌈",
  "a\u0301",
  "\u0301",
  // whitespace and emptiness
  "",
  " ",
  "   ",
  "\t\n\r",
  "\u00a0",
  "\u3000",
  // numbers, dates and names that are not what they look like
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "9999-99-99",
  "0000-00-00",
  "2026-02-30",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "${7*7}",
  "__proto__",
  "constructor",
  "c".repeat(25) + "x", // shaped like a cuid, but does not exist
];

/** The 100 kB strings: one-byte, two-byte and four-byte characters, and tsquery operators. */
const LONG_TEXTS: readonly string[] = ["x".repeat(HUNDRED_KB), "é".repeat(HUNDRED_KB / 2), "👪".repeat(HUNDRED_KB / 4), "& ".repeat(HUNDRED_KB / 2)];

export function hostileStrings(knownStrings: readonly string[]): fc.Arbitrary<string> {
  const known = knownStrings.length > 0 ? fc.constantFrom(...knownStrings) : fc.constant("");
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG_TEXTS) },
    // Ordinary-looking text (or an id that exists) with a hostile part around it.
    { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), known), fc.constantFrom(...HOSTILE_TEXTS)).map(([text, hostile]) => text + hostile) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_TEXTS), known).map(([hostile, text]) => hostile + text) },
    // Any UTF-16 code units, lone surrogates included.
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  );
}

export const hostileNumbers: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0.5,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 63,
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
  ),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Dates JavaScript holds and PostgreSQL does not (or only barely), and the invalid date. */
export const hostileDates: fc.Arbitrary<Date> = fc.oneof(
  fc.constantFrom(
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Date.UTC(10_000, 0, 1)),
    new Date("0000-01-01T00:00:00Z"),
    new Date("-000001-12-31T23:59:59Z"),
    new Date("-004714-11-23T00:00:00Z"),
    new Date(0),
    new Date(Number.NaN),
  ),
  fc.date(),
);

/** A value nested `depth` levels deep, in arrays or in objects. */
function nested(depth: number, inObjects: boolean): unknown {
  let value: unknown = "x";
  for (let i = 0; i < depth; i++) value = inObjects ? { a: value } : [value];
  return value;
}

/** A value of a type the schema did not ask for. */
export const wrongTypes: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, 0, 1, -1, "", "x", [], {}, [null], { "": null }) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }) },
  { weight: 1, arbitrary: fc.constantFrom(nested(100, false), nested(100, true), nested(2000, false), nested(2000, true)) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 10_000 }, () => 0)) },
);
