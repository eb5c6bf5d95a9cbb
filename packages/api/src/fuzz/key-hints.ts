import fc from "fast-check";

/**
 * Many of the portal's text fields take a format that their schema checks in a refinement (a
 * date as "2026-03-01", a meeting time as "2026-12-03T13:30", a Dutch phone number), which the
 * walker cannot read. Going by the field's name, these generate values in that format, so the
 * fuzzed calls get past validation into the procedures: plausible years mostly, and now and then
 * the ends of what the format allows (year 0001, 9999).
 */
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const year = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2000, max: 2035 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 1000, 1900, 9999) });
const isoDate = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const localDateTime = fc
  .tuple(isoDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([date, hours, minutes]) => `${date}T${pad(hours)}:${pad(minutes)}`);
const email = fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom("voorbeeld.nl", "gemeente.nl", "test.example")).map(([name, domain]) => `${name}@${domain}`);
const phone = fc.oneof(
  fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `06${n}`),
  fc.constantFrom("078 123 45 67", "+31 78 123 4567", "0800-1234", "085 123 4567"),
);
const postcode = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom("AB", "ZX", "KL")).map(([digits, letters]) => `${digits} ${letters}`);
const website = fc.constantFrom("https://www.voorbeeld.nl", "www.voorbeeld.nl", "https://meet.gemeente.nl/werkatelier");
const month = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`);

const wholeNumber = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_147_483_647 }) }).map(String);

const HINTS: readonly [RegExp, fc.Arbitrary<string>][] = [
  [/email/i, email],
  [/phone|telefoon/i, phone],
  [/postcode/i, postcode],
  [/website|url|link/i, website],
  [/month/i, month],
  [/year/i, year.map((y) => String(y))],
  [/value|count|children|capacity|days|amount|number/i, fc.oneof({ weight: 4, arbitrary: wholeNumber }, { weight: 1, arbitrary: fc.constant(".") })],
  [/(At|Time)$/, fc.oneof(localDateTime, isoDate)],
  [/date|Date|On$|From$|Until$|^from$|^to$/, fc.oneof({ weight: 4, arbitrary: isoDate }, { weight: 1, arbitrary: localDateTime })],
];

/** Values in the format a field of this name takes, or null when the name says nothing. */
export function hintedValues(key: string): fc.Arbitrary<string> | null {
  return HINTS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}
