/*
 * vCard for one contact person. Version 3.0 (RFC 2426) rather than 4.0 (RFC 6350): Outlook, which
 * most partner organisations use, imports 3.0 reliably and 4.0 not at all in older versions;
 * iOS, Android and macOS read both. The file is UTF-8 (sent as text/vcard; charset=utf-8).
 * A hand-written serializer because the fields are few and the escaping rules fit in a page,
 * while the vCard libraries on npm are either unmaintained or 4.0-only.
 */

export interface VCardContact {
  name: string;
  organisationName: string;
  jobTitle?: string;
  phone?: string;
  email?: string;
  /** Free text, e.g. availability; becomes NOTE. */
  note?: string;
}

/** Escapes a TEXT value: backslash, comma, semicolon and newlines (RFC 2426 §4, RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 2426 §2.6 / RFC 6350 §3.2): continuation lines start
 * with one space. Never splits a UTF-8 character (or a surrogate pair) in two.
 */
export function foldLine(line: string, limit = 75): string {
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their limit.
    const max = parts.length === 0 ? limit : limit - 1;
    if (currentBytes + bytes > max) {
      parts.push(current);
      current = "";
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "Jan de Vries" → family "de Vries", given "Jan": good enough for sorting in an address book. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return `${escapeText(name.trim())};;;;`;
  const given = words[0] ?? "";
  const family = words.slice(1).join(" ");
  return `${escapeText(family)};${escapeText(given)};;;`;
}

/** The vCard text with CRLF line endings, as RFC 2426 requires. */
export function contactToVCard(contact: VCardContact): string {
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `FN:${escapeText(contact.name.trim())}`, `N:${structuredName(contact.name)}`];
  lines.push(`ORG:${escapeText(contact.organisationName)}`);
  if (contact.jobTitle) lines.push(`TITLE:${escapeText(contact.jobTitle)}`);
  if (contact.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(contact.phone)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(contact.email)}`);
  if (contact.note) lines.push(`NOTE:${escapeText(contact.note)}`);
  lines.push("END:VCARD");
  return lines.map((line) => foldLine(line)).join("\r\n") + "\r\n";
}

/** A safe ASCII file name for Content-Disposition, e.g. "jan-de-vries.vcf". */
export function vCardFileName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "contact"}.vcf`;
}
