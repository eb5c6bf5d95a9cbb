import fc from "fast-check";
import type { z } from "zod";
import { hostileDates, hostileNumbers, hostileStrings, wrongTypes } from "./hostile-values.ts";
import { hintedValues } from "./key-hints.ts";

/**
 * A fast-check arbitrary for the inputs a zod 4 schema describes, built by walking the schema's
 * definition (`schema._zod.def`): objects, strings with their length bounds and formats, numbers
 * and integers with their bounds, enums, literals, arrays, optional/nullable/default, unions
 * (discriminated too), pipes and transforms, dates, records, tuples, intersections and lazy
 * schemas. A kind it does not know falls back to `fc.anything()`.
 *
 * Refinements (`.refine`, `.superRefine`) cannot be generated from; their values fail them
 * now and then, which is fine for a fuzzer: the procedure must answer 400, not 500.
 *
 * With `hostile`, every node may also be a hostile value of its own kind (NUL bytes, 100 kB
 * strings, tsquery operators, NaN, dates out of PostgreSQL's range…) or a value of the wrong
 * type, and objects may carry extra keys.
 */
export interface ArbitraryOptions {
  /** Mix hostile values and wrong types into the schema-valid ones. */
  hostile: boolean;
  /** Strings that exist in the database (ids, slugs, codes), mixed into generated strings. */
  knownStrings: readonly string[];
  /** The existing values meant for an object key (`organisationId`: organisation ids), if known. */
  knownFor?: (key: string) => readonly string[];
}

/** zod 4's internal definition, as far as this walker reads it. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  element?: ZodLike;
  innerType?: ZodLike;
  options?: ZodLike[];
  in?: ZodLike;
  out?: ZodLike;
  keyType?: ZodLike;
  valueType?: ZodLike;
  items?: ZodLike[];
  rest?: ZodLike | null;
  left?: ZodLike;
  right?: ZodLike;
  getter?: () => ZodLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint | Date;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface ZodLike {
  _zod: { def: Def };
}

/** Names of object keys that hold ids: these mostly get ids that exist. */
const ID_LIKE_KEY = /(^id$|Id$|^ids$|Ids$|slug|code|Code|token|Token)/;
/** Generated lengths stay small; the hostile values bring the long ones. */
const MAX_GENERATED_STRING = 40;
const MAX_GENERATED_ARRAY = 6;
const MAX_DEPTH = 12;
const PLAUSIBLE_DATES = { min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true } as const;

export function arbitraryFor(schema: z.ZodType | ZodLike, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  return walk(schema as ZodLike, options, "", 0);
}

function walk(schema: ZodLike, options: ArbitraryOptions, key: string, depth: number): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const valid = depth > MAX_DEPTH ? fc.constant(undefined) : validFor(def, options, key, depth);
  if (!options.hostile) return valid;
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 2, arbitrary: hostileFor(def, options) },
    { weight: 1, arbitrary: wrongTypes },
  );
}

function validFor(def: Def, options: ArbitraryOptions, key: string, depth: number): fc.Arbitrary<unknown> {
  const next = (inner: ZodLike | undefined, innerKey = key): fc.Arbitrary<unknown> =>
    inner ? walk(inner, options, innerKey, depth + 1) : fc.anything();
  switch (def.type) {
    case "string":
      return stringFor(def, options, key);
    case "number":
      return numberFor(def, key);
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return def.coerce ? fc.oneof(fc.boolean(), fc.constantFrom("true", "false", "", "0", "1")) : fc.boolean();
    case "date":
      return dateFor(def);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? { none: "" }));
    case "literal":
      return fc.constantFrom(...(def.values ?? [undefined]));
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "optional":
      return fc.option(next(def.innerType), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(next(def.innerType), { nil: null, freq: 4 });
    case "default":
    case "prefault":
      return fc.option(next(def.innerType), { nil: undefined, freq: 3 });
    case "readonly":
    case "catch":
    case "nonoptional":
    case "success":
      return next(def.innerType);
    case "object":
      return objectFor(def, options, depth);
    case "array":
      return fc.array(next(def.element), lengthsOf(def, MAX_GENERATED_ARRAY));
    case "set":
      return fc.array(next(def.valueType), { maxLength: MAX_GENERATED_ARRAY }).map((items) => new Set(items));
    case "union":
      return def.options && def.options.length > 0 ? fc.oneof(...def.options.map((option) => next(option))) : fc.anything();
    case "intersection":
      return fc.tuple(next(def.left), next(def.right)).map(([left, right]) => merge(left, right));
    case "pipe":
      // A preprocess is a pipe whose input side is a transform: generate for what it feeds.
      return def.in?._zod.def.type === "transform" ? next(def.out) : next(def.in);
    case "record":
      return fc.dictionary(
        next(def.keyType).map((k) => (typeof k === "string" ? k : String(k))),
        next(def.valueType),
        { maxKeys: MAX_GENERATED_ARRAY },
      );
    case "tuple":
      return fc.tuple(...(def.items ?? []).map((item) => next(item)));
    case "lazy":
      return def.getter ? next(def.getter()) : fc.anything();
    default:
      // any, unknown, transform, custom, file, promise, …
      return fc.anything({ maxDepth: 2 });
  }
}

function stringFor(def: Def, options: ArbitraryOptions, key: string): fc.Arbitrary<string> {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  let minLength = 0;
  let maxLength = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = def.pattern ? [def.pattern] : [];
  for (const check of checks) {
    if (check.check === "min_length" && check.minimum !== undefined) minLength = Math.max(minLength, check.minimum);
    if (check.check === "max_length" && check.maximum !== undefined) maxLength = Math.min(maxLength, check.maximum);
    if (check.check === "length_equals" && check.length !== undefined) minLength = maxLength = check.length;
    if (check.check === "string_format" && check.pattern) patterns.push(check.pattern);
  }
  const generatedMax = Math.max(minLength, Math.min(maxLength, MAX_GENERATED_STRING));
  const choices: fc.WeightedArbitrary<string>[] = [];
  if (patterns[0]) {
    choices.push({ weight: 6, arbitrary: fc.stringMatching(patterns[0]) });
  } else {
    choices.push({ weight: 4, arbitrary: fc.string({ minLength, maxLength: generatedMax }) });
    choices.push({ weight: 2, arbitrary: fc.string({ minLength, maxLength: generatedMax, unit: "grapheme" }) });
    // The upper bound itself, in characters that take more than one byte.
    if (Number.isFinite(maxLength) && maxLength > 0 && maxLength <= 20_000) {
      choices.push({ weight: 1, arbitrary: fc.constantFrom("é", "👪", "a").map((c) => c.repeat(maxLength)) });
    }
  }
  const hinted = hintedValues(key);
  if (hinted && patterns.length === 0) choices.push({ weight: 30, arbitrary: hinted });
  // Graphemes are several code units, and an overwrite (trim) runs before the length checks.
  const trims = checks.some((check) => check.check === "overwrite");
  const fitting = fc
    .oneof(...choices)
    .filter((text) => text.length <= maxLength && (trims ? text.trim().length : text.length) >= minLength && (!trims || text.trim().length <= maxLength));
  choices.length = 0;
  choices.push({ weight: 6, arbitrary: fitting });
  const idLike = ID_LIKE_KEY.test(key);
  const meant = idLike ? (options.knownFor?.(key) ?? []) : [];
  if (meant.length > 0) choices.push({ weight: 12, arbitrary: fc.constantFrom(...meant) });
  if (options.knownStrings.length > 0) {
    choices.push({ weight: idLike ? (meant.length > 0 ? 3 : 12) : 1, arbitrary: fc.constantFrom(...options.knownStrings) });
  }
  if (def.coerce) choices.push({ weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String) });
  return fc.oneof(...choices);
}

function numberFor(def: Def, key: string): fc.Arbitrary<number | string> {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  let integer = false;
  let min: number | undefined;
  let max: number | undefined;
  let minExcluded = false;
  let maxExcluded = false;
  for (const check of checks) {
    if (check.check === "number_format" && check.format && /int/.test(check.format)) integer = true;
    if (check.check === "greater_than" && typeof check.value === "number") {
      min = check.value;
      minExcluded = !check.inclusive;
    }
    if (check.check === "less_than" && typeof check.value === "number") {
      max = check.value;
      maxExcluded = !check.inclusive;
    }
  }
  const arbitrary: fc.Arbitrary<number> = integer
    ? fc.integer({
        min: Math.max(Number.MIN_SAFE_INTEGER, min === undefined ? -1_000_000 : Math.ceil(min) + (minExcluded && Number.isInteger(min) ? 1 : 0)),
        max: Math.min(Number.MAX_SAFE_INTEGER, max === undefined ? 1_000_000 : Math.floor(max) - (maxExcluded && Number.isInteger(max) ? 1 : 0)),
      })
    : fc.double({ min: min ?? -1e9, max: max ?? 1e9, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true });
  // Most records are at version 1 to 3: an update with such a version gets past the conflict check.
  const likely = integer && /version/i.test(key) ? fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: arbitrary }) : arbitrary;
  const bounded = likely.filter((n) => Number.isFinite(n) && (min === undefined || (minExcluded ? n > min : n >= min)) && (max === undefined || (maxExcluded ? n < max : n <= max)));
  return def.coerce ? fc.oneof({ weight: 3, arbitrary: bounded }, { weight: 1, arbitrary: bounded.map(String) }) : bounded;
}

function dateFor(def: Def): fc.Arbitrary<Date | string> {
  // Schema-valid dates include years PostgreSQL cannot store (JavaScript goes to 275760): the
  // full range is generated too, less often than plausible dates.
  const dates = fc.oneof({ weight: 4, arbitrary: fc.date(PLAUSIBLE_DATES) }, { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) });
  return def.coerce ? fc.oneof({ weight: 3, arbitrary: dates }, { weight: 1, arbitrary: dates.map((d) => d.toISOString()) }) : dates;
}

function objectFor(def: Def, options: ArbitraryOptions, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(def.shape ?? {})) shape[key] = walk(value, options, key, depth + 1);
  const record = fc.record(shape);
  if (!options.hostile) return record;
  const extraKeys = fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "prototype", "id")), fc.anything({ maxDepth: 1 }), {
    maxKeys: 3,
  });
  return fc.oneof(
    { weight: 6, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, extraKeys).map(([known, extra]) => ({ ...extra, ...known })) },
  );
}

function hostileFor(def: Def, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "string":
    case "enum":
    case "literal":
      return hostileStrings(options.knownStrings);
    case "number":
    case "bigint":
      return hostileNumbers;
    case "date":
      return hostileDates;
    case "array":
      return fc.oneof(
        fc.array(hostileStrings(options.knownStrings), { minLength: 1, maxLength: 3 }),
        fc.constant(Array.from({ length: 5000 }, (_, i) => String(i))),
      );
    default:
      return wrongTypes;
  }
}

function lengthsOf(def: Def, cap: number): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength = cap;
  for (const check of (def.checks ?? []).map((c) => c._zod.def)) {
    if (check.check === "min_length" && check.minimum !== undefined) minLength = check.minimum;
    if (check.check === "max_length" && check.maximum !== undefined) maxLength = Math.min(maxLength, check.maximum);
    if (check.check === "length_equals" && check.length !== undefined) minLength = maxLength = check.length;
  }
  return { minLength, maxLength: Math.max(minLength, maxLength) };
}

function merge(left: unknown, right: unknown): unknown {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  return isRecord(left) && isRecord(right) ? { ...left, ...right } : right;
}
