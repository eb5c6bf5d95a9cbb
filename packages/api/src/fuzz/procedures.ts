import type { z } from "zod";
import { appRouter } from "../root.ts";
import type { ProcedureMeta } from "../trpc.ts";

/** One procedure of the app router, as the fuzz suite sees it. */
export interface FuzzTarget {
  /** The dotted path, as in /api/trpc/<path>. */
  path: string;
  type: "query" | "mutation";
  action: string;
  /** The procedure's input schemas (none for a procedure without input). */
  inputs: z.ZodType[];
}

interface ProcedureLike {
  _def: { meta?: ProcedureMeta; type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] };
}

/**
 * Every procedure of the app router, read from the router itself (as the authorisation test
 * does): a new procedure is fuzzed without anyone listing it. At run time `_def.procedures` is
 * flat, keyed by the dotted path (its static type is nested).
 */
export function fuzzTargets(): FuzzTarget[] {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureLike>);
  return procedures.map(([path, procedure]) => {
    const type = procedure._def.type;
    if (type === "subscription") throw new Error(`${path}: subscriptions are not fuzzed over HTTP; extend the fuzz suite first.`);
    return { path, type, action: procedure._def.meta?.action ?? "", inputs: procedure._def.inputs };
  });
}
