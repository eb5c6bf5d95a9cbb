/**
 * A simple guard against identifying data in werkatelier cases (domain.md, "Privacy stance"):
 * the portal holds no data about children or families. It catches the obvious patterns only —
 * the authors anonymise; this check refuses what slipped through by habit.
 */

export type IdentifierKind = "bsn" | "date" | "postcode" | "email" | "phone";

// Nine digits in a row, or written in groups (123 456 789, 1234.56.789): a BSN or similar number.
const NINE_DIGITS = /(?<![\d])\d(?:[ .-]?\d){8}(?![\d])/g;
// A full date: 03-04-2015, 3/4/15, 2015-04-03, 3.4.2015, or 3 april 2015.
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?!\d)/;
const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
const WRITTEN_DATE = new RegExp(`(?<!\\d)\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}(?!\\d)`, "i");
// A Dutch postcode (1234 AB, 1234AB, 1234ab), with or without a house number after it. Capitals
// after a space only, so "in 2019 en 2020" is not a postcode.
const POSTCODE = /(?<![\dA-Za-z])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![A-Za-z])/;
const EMAIL = /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/;
// Dutch phone numbers: 06-12345678, 010 123 4567, +31 6 12345678. Service numbers (0800/0900) are
// not personal and may be mentioned (Veilig Thuis 0800-2000).
const PHONE = /(?<![\d+])(?:\+31|0031|0)(?:[\s-]?\d){9}(?!\d)/g;
const SERVICE_NUMBER = /^0(?:800|90[069])/;

function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE)) {
    const digits = digitsOf(match[0]).replace(/^(?:0031|31)/, "0");
    if (!SERVICE_NUMBER.test(digits)) return true;
  }
  return false;
}

function hasNineDigitNumber(text: string): boolean {
  for (const match of text.matchAll(NINE_DIGITS)) {
    // 0612345678-like phone numbers are ten digits and reported as phone numbers instead.
    if (digitsOf(match[0]).length === 9) return true;
  }
  return false;
}

/** The kinds of identifying data found in `text`, in a fixed order; empty when none. */
export function findIdentifiers(text: string): IdentifierKind[] {
  const found: IdentifierKind[] = [];
  if (EMAIL.test(text)) found.push("email");
  // Remove e-mail addresses first so their digits do not count twice.
  const rest = text.replace(new RegExp(EMAIL.source, "g"), " ");
  if (hasPhoneNumber(rest)) found.push("phone");
  const withoutPhones = rest.replace(PHONE, " ");
  if (hasNineDigitNumber(withoutPhones)) found.push("bsn");
  if (NUMERIC_DATE.test(withoutPhones) || WRITTEN_DATE.test(withoutPhones)) found.push("date");
  if (POSTCODE.test(withoutPhones)) found.push("postcode");
  return found;
}

const MESSAGES: Record<IdentifierKind, string> = {
  bsn: "een nummer van negen cijfers (zoals een BSN)",
  date: "een volledige datum (zoals een geboortedatum)",
  postcode: "een postcode (deel van een adres)",
  email: "een e-mailadres",
  phone: "een telefoonnummer",
};

/** The Dutch refusal for a field, or null when nothing was found. */
export function identifierMessage(text: string): string | null {
  const found = findIdentifiers(text);
  if (found.length === 0) return null;
  const list = found.map((kind) => MESSAGES[kind]);
  const what = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} en ${list[list.length - 1]}`;
  return `Deze tekst bevat ${what}. Een casus mag niets bevatten waarmee een kind of gezin te herkennen is: haal dit weg of beschrijf het algemeen (bijvoorbeeld "een meisje van 8", "vorig jaar").`;
}
