import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fuzzTargets } from "./procedures.ts";
import { arbitraryFor } from "./zod-arbitrary.ts";

/** The zod → fast-check walker: what it generates without hostility passes the schema. */
const plain = { hostile: false, knownStrings: [] } as const;

describe("arbitraryFor, without hostile values, generates what the schema accepts", () => {
  it.each([
    ["a bounded trimmed string", z.string().trim().min(2).max(10)],
    ["an exact length", z.string().length(4)],
    ["an e-mail address", z.email()],
    ["a uuid", z.string().uuid()],
    ["a regex", z.string().regex(/^[a-z]{2}-\d{3}$/)],
    ["an integer with bounds", z.number().int().min(1).max(5)],
    ["exclusive bounds", z.number().gt(0).lt(1)],
    ["a coerced number", z.coerce.number().int().min(0).max(10)],
    ["a boolean", z.boolean()],
    ["a date", z.date()],
    ["a coerced date", z.coerce.date()],
    ["an enum", z.enum(["A", "B", "C"])],
    ["a literal", z.literal("x")],
    ["an array with bounds", z.array(z.string().max(3)).min(1).max(4)],
    ["optional, nullable and default", z.object({ a: z.string().optional(), b: z.number().nullable(), c: z.boolean().default(true) })],
    ["a union", z.union([z.string().min(1), z.number().int()])],
    ["a discriminated union", z.discriminatedUnion("kind", [z.object({ kind: z.literal("a"), n: z.number().int() }), z.object({ kind: z.literal("b"), s: z.string() })])],
    ["a preprocess", z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(5))],
    ["a transform", z.string().max(4).transform((s) => s.length)],
    ["a record", z.record(z.string(), z.number().int())],
    ["a tuple", z.tuple([z.string(), z.number().int()])],
    ["an intersection", z.intersection(z.object({ a: z.string() }), z.object({ b: z.number().int() }))],
    ["a lazy schema", z.lazy(() => z.object({ a: z.string().max(2) }))],
  ])("%s", (_label, schema: z.ZodType) => {
    fc.assert(fc.property(arbitraryFor(schema, plain), (value) => schema.safeParse(value).success), { seed: 1, numRuns: 200 });
  });

  it("falls back to any value for a kind it does not know", () => {
    const values = fc.sample(arbitraryFor(z.custom<string>(() => true), plain), { seed: 1, numRuns: 50 });
    expect(new Set(values.map((value) => typeof value)).size).toBeGreaterThan(1);
  });

  it("prefers ids that exist for keys that hold ids", () => {
    const schema = z.object({ organisationId: z.string().min(1).max(40), note: z.string().max(40) });
    const values = fc.sample(arbitraryFor(schema, { hostile: false, knownStrings: ["org1", "org2"] }), { seed: 1, numRuns: 200 }) as { organisationId: string; note: string }[];
    expect(values.filter((value) => value.organisationId.startsWith("org")).length).toBeGreaterThan(100);
    expect(values.filter((value) => value.note.startsWith("org")).length).toBeLessThan(50);
  });
});

describe("arbitraryFor, with hostile values", () => {
  const values = fc.sample(arbitraryFor(z.object({ q: z.string().max(200), n: z.number().int(), on: z.date() }), { hostile: true, knownStrings: [] }), {
    seed: 1,
    numRuns: 2000,
  });
  const records = values.filter((value): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value));

  it.each([
    ["a NUL byte", (r: Record<string, unknown>) => typeof r.q === "string" && r.q.includes("\u0000")],
    ["a 100 kB string", (r: Record<string, unknown>) => typeof r.q === "string" && r.q.length >= 25_000],
    ["a tsquery operator", (r: Record<string, unknown>) => typeof r.q === "string" && /<->|:\*/.test(r.q)],
    ["NaN", (r: Record<string, unknown>) => Number.isNaN(r.n)],
    ["a wrong type", (r: Record<string, unknown>) => r.n !== undefined && typeof r.n !== "number"],
    ["a date PostgreSQL cannot hold", (r: Record<string, unknown>) => r.on instanceof Date && Math.abs(r.on.getUTCFullYear()) > 9999],
    ["an extra key", (r: Record<string, unknown>) => Object.keys(r).some((key) => !["q", "n", "on"].includes(key))],
  ])("includes %s", (_label, test) => {
    expect(records.some(test)).toBe(true);
  });
});

describe("arbitraryFor on the app router's own schemas", () => {
  it("gets most procedures' plain inputs past validation (so the fuzz suite exercises the procedures themselves)", () => {
    const withInput = fuzzTargets().filter((target) => target.inputs[0]);
    const passing = withInput.filter((target) => {
      const schema = target.inputs[0] as z.ZodType;
      const samples = fc.sample(arbitraryFor(schema, plain), { seed: 1, numRuns: 30 });
      return samples.some((sample) => schema.safeParse(sample).success);
    });
    expect(passing.length / withInput.length).toBeGreaterThan(0.8);
  });
});
