import { z } from "../zod-dutch.ts";

/*
 * Field formats shared by organisations and contacts. Optional fields are empty strings (the
 * database default), never null, so a cleared field stores "" and the forms need no special case.
 */

/** Free text up to `max` characters; trimmed. */
export function optionalText(max: number, label: string) {
  return z.string().trim().max(max, `${label} heeft hoogstens ${max} tekens.`).default("");
}

/** Required text between 2 and `max` characters; trimmed. */
export function requiredText(max: number, missing: string, label: string) {
  return z.string().trim().min(2, missing).max(max, `${label} heeft hoogstens ${max} tekens.`);
}

// Separators people type in phone numbers: spaces, dashes, dots, brackets.
const PHONE_SEPARATORS = /[\s\-.()]/g;
// Regular numbers: 0 (or +31 / 0031) and nine digits (landline, mobile 06, 085/088/091).
const PHONE_REGULAR = /^(?:0|\+31|0031)[1-9]\d{8}$/;
// Information and service numbers: 0800 / 0900 / 0906 / 0909 with four to seven digits.
const PHONE_SERVICE = /^0(?:800|90[069])\d{4,7}$/;

export function isDutchPhoneNumber(value: string): boolean {
  const digits = value.replace(PHONE_SEPARATORS, "");
  return PHONE_REGULAR.test(digits) || PHONE_SERVICE.test(digits);
}

/** A Dutch phone number as people write it ("078 123 45 67", "06-12345678", "+31 78 1234567", "0800-2000"); kept as typed. */
export const phone = z
  .string()
  .trim()
  .max(40, "Een telefoonnummer heeft hoogstens 40 tekens.")
  .refine((v) => v === "" || isDutchPhoneNumber(v), {
    message: "Vul een geldig Nederlands telefoonnummer in, bijvoorbeeld 078 123 45 67, 06 12345678 of 0800 2000.",
  })
  .default("");

/** Optional e-mail address, stored in lower case. */
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, "Een e-mailadres heeft hoogstens 200 tekens.")
  .refine((v) => v === "" || z.email().safeParse(v).success, {
    message: "Vul een geldig e-mailadres in, bijvoorbeeld info@organisatie.nl.",
  })
  .default("");

// Dutch postcodes: four digits not starting with 0, two letters; SA, SD and SS are never issued.
const POSTCODE = /^([1-9]\d{3})\s?([A-Za-z]{2})$/;

/** Optional Dutch postcode, stored as "1234 AB". */
export const postcode = z
  .string()
  .trim()
  .transform((v) => {
    const match = POSTCODE.exec(v);
    return match ? `${match[1]} ${match[2]!.toUpperCase()}` : v;
  })
  .refine((v) => v === "" || (POSTCODE.test(v) && !/ (SA|SD|SS)$/.test(v)), {
    message: "Vul een geldige postcode in, bijvoorbeeld 3331 AB.",
  })
  .default("");

function asWebsite(value: string): string {
  if (value === "" || /^https?:\/\//i.test(value)) return value;
  return `https://${value}`;
}

function isWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

/** Optional website; "www.voorbeeld.nl" becomes "https://www.voorbeeld.nl". */
export const website = z
  .string()
  .trim()
  .max(300, "Een webadres heeft hoogstens 300 tekens.")
  .transform(asWebsite)
  .refine((v) => v === "" || isWebsite(v), { message: "Vul een geldig webadres in, bijvoorbeeld www.organisatie.nl." })
  .default("");

/**
 * Tags (services, target groups): the form sends comma-separated text, the API also takes a
 * list. Trimmed, empty ones dropped, duplicates (ignoring case) removed, order kept.
 */
export function tags(label: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((value) => {
      const parts = (typeof value === "string" ? value.split(",") : value).map((t) => t.trim()).filter((t) => t !== "");
      const seen = new Set<string>();
      return parts.filter((t) => {
        const key = t.toLocaleLowerCase("nl");
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    })
    .pipe(
      z
        .array(z.string().max(60, `Een ${label} heeft hoogstens 60 tekens.`))
        .max(30, `Vul hoogstens 30 ${label}s in.`),
    );
}

/** Ids from a select: "" means none. */
export const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const recordId = z.string().trim().min(1, "Het kenmerk ontbreekt.");

/** The largest value of a PostgreSQL `integer` column (versions, counters): above it the database fails. */
export const MAX_INT4 = 2_147_483_647;

export const version = z.number("De versie ontbreekt.").int().positive().max(MAX_INT4, "Deze versie bestaat niet.");

/**
 * A moment as a form or client sends it, limited to the years PostgreSQL's timestamp takes from
 * JavaScript (1 to 9999; JavaScript goes to 275760, and year 0 does not exist in PostgreSQL).
 */
export const STORABLE_DATE_RANGE = { min: new Date("0001-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") } as const;
export const storableDate = z.coerce
  .date("Vul een geldige datum in.")
  .min(STORABLE_DATE_RANGE.min, "Vul een datum na het jaar 0 in.")
  .max(STORABLE_DATE_RANGE.max, "Vul een datum voor het jaar 10000 in.");
