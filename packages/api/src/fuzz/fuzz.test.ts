import { can, type Action } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Role } from "@kk/db";
import { seedDemo } from "@kk/db/seed";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { callOverHttp } from "./http-call.ts";
import { fuzzSettings, seedFor } from "./fuzz-settings.ts";
import { wrongTypes } from "./hostile-values.ts";
import { fuzzTargets, type FuzzTarget } from "./procedures.ts";
import { arbitraryFor } from "./zod-arbitrary.ts";
import { knownValuesFor, knownValuesIn, preview, type KnownValues } from "./fuzz-support.ts";

/**
 * Issue 14, "Fuzz suite": every tRPC procedure × every role (and signed out), called through
 * /api/trpc's handler (the web edge included) with inputs generated from the procedure's own
 * zod schema, mixed with hostile values. The property: no call ends in a 5xx. The database
 * holds the demo seed, and ids that exist are mixed into the generated ones, so calls get past
 * validation and "not found" into the procedures, mutations included. See docs/security.md,
 * "N — Fuzz suite".
 */
const NOW = new Date("2026-11-25T09:00:00Z");
const settings = fuzzSettings();
const targets = fuzzTargets().filter((target) => target.path.includes(settings.only));
const CALLERS = ["anonymous", "BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const;
type Caller = (typeof CALLERS)[number];

let t: ApiTestDatabase;
let users: Record<Role, SessionUser>;
let known: KnownValues = { all: [], byTable: new Map() };
const fuzzed = new Set<string>();
/** Answers by status per procedure (printed after a deep run: how far the inputs got). */
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  t = await createApiTestDatabase("fuzz", { now: NOW });
  await seedDemo(t.db, { now: NOW });
  users = await demoUsers();
  known = await knownValuesIn(t.db);
  console.info(`Fuzz suite: seed ${settings.seed}, ${settings.runs} runs per procedure and role (${settings.deep ? "deep" : "bounded"}).`);
});
afterAll(async () => {
  if (settings.deep) console.info(statusReport());
  await t?.drop();
});

function statusReport(): string {
  const lines = [...statuses].map(([path, counts]) => `${path}: ${[...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ")}`);
  return `Answers by status (signed-in callers the policy lets in):\n${lines.join("\n")}`;
}

function count(path: string, status: number): void {
  const counts = statuses.get(path) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(path, counts);
}

/** The demo account of each role; the partner's organisation has data (wijkteam-zwijndrecht). */
async function demoUsers(): Promise<Record<Role, SessionUser>> {
  const out = {} as Record<Role, SessionUser>;
  for (const role of ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const) {
    const row = await t.db.user.findUniqueOrThrow({ where: { email: `${role.toLowerCase()}@demo.zwijndrecht.nl` } });
    out[role] = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, municipalityCode: row.municipalityCode };
  }
  return out;
}

function inputArbitrary(target: FuzzTarget): fc.Arbitrary<unknown> {
  const schema = target.inputs[0];
  if (!schema) return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: wrongTypes });
  const knownStrings = known.all;
  const knownFor = (key: string): string[] => knownValuesFor(known, target.path, key);
  return fc.oneof(
    { weight: 4, arbitrary: arbitraryFor(schema, { hostile: false, knownStrings, knownFor }) },
    { weight: 5, arbitrary: arbitraryFor(schema, { hostile: true, knownStrings, knownFor }) },
    { weight: 1, arbitrary: wrongTypes },
  );
}

async function fuzz(target: FuzzTarget, caller: Caller): Promise<void> {
  const user = caller === "anonymous" ? null : users[caller];
  const allowed = can(user, target.action as Action, user ? { organisationId: user.organisationId } : undefined);
  const seed = seedFor(settings.seed, target.path, caller);
  const property = fc.asyncProperty(inputArbitrary(target), async (input) => {
    const response = await callOverHttp(t.db, user, NOW, target, input);
    if (allowed && user) count(target.path, response.status);
    return response.status < 500;
  });
  const details = await fc.check(property, { seed, numRuns: allowed ? settings.runs : settings.deniedRuns });
  fuzzed.add(target.path);
  if (!details.failed) return;
  const input = details.counterexample?.[0];
  const replay = await callOverHttp(t.db, user, NOW, target, input);
  throw new Error(
    [
      `${target.path} as ${caller} answered ${replay.status} (a 5xx) for the input below.`,
      `Seed of this procedure × caller: ${seed} (run seed ${settings.seed}), path ${details.counterexamplePath ?? "?"}, after ${details.numRuns} runs and ${details.numShrinks} shrinks.`,
      `Replay: KK_FUZZ_SEED=${settings.seed} KK_FUZZ_RUNS=${settings.runs} KK_FUZZ_ONLY=${target.path} npm run test:fuzz`,
      `Shrunk input: ${preview(input)}`,
      `Response: ${replay.body.slice(0, 500)}`,
      `Server log: ${replay.logged.join("\n") || "(nothing logged)"}`,
      details.errorInstance ? `Thrown while checking: ${String(details.errorInstance)}` : "",
    ].join("\n"),
  );
}

describe("fuzz: no procedure answers any role with a 5xx", () => {
  for (const target of targets) {
    it.each(CALLERS)(`${target.path} as %s`, (caller) => fuzz(target, caller), settings.timeoutMs);
  }

  it("fuzzed every procedure of the app router", () => {
    const all = routerPaths(appRouter._def.record);
    expect(all.length).toBeGreaterThan(90);
    if (settings.only) return;
    expect([...fuzzed].sort()).toEqual(all.sort());
  });
});

/** The procedure paths, counted from the router's nested record (independently of fuzzTargets). */
function routerPaths(record: object, prefix = ""): string[] {
  return Object.entries(record).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function" && "_def" in value) return [path];
    return typeof value === "object" && value !== null ? routerPaths(value, path) : [];
  });
}
