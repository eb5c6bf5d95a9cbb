import type { AppRouter } from "@kk/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/*
 * One tRPC procedure over plain fetch, for a client component on a page that has no other use for
 * the tRPC client (the organisation picker on /mag-ik-delen, the demo code on /inloggen). The
 * client with React Query and superjson costs a page ~26 kB gzip of JavaScript; this is the same
 * request on the wire (tRPC's HTTP format, non-batched), so the server's checks — origin, JSON
 * only, session, guard, rate limits — apply unchanged (issue 17, item 8; docs/performance.md).
 *
 * Only for answers that are plain JSON (strings, numbers, booleans, null, arrays, objects): the
 * server encodes with superjson, which adds `meta` for a Date, Map, Set, undefined or bigint, and
 * this helper does not carry superjson's decoder. Such an answer is refused with an error rather
 * than handed over half-decoded; use the tRPC client (lib/trpc/provider.tsx) for those procedures.
 * Mutations are in ./fetch-mutation.ts (a page that only queries does not ship them).
 */

export type Inputs = inferRouterInputs<AppRouter>;
export type Outputs = inferRouterOutputs<AppRouter>;
export type Area = keyof Inputs & keyof Outputs & string;
export type ProcedureOf<A extends Area> = keyof Inputs[A] & keyof Outputs[A] & string;

/** The server's error, as tRPC's client would report its message. */
export class ProcedureError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ProcedureError";
  }
}

interface Envelope {
  result?: { data?: { json?: unknown; meta?: unknown } };
  error?: { json?: { message?: string } };
}

export async function answerOf(response: Response, path: string): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as Envelope | null;
  if (!response.ok || !body?.result?.data) {
    throw new ProcedureError(body?.error?.json?.message ?? `${path}: HTTP ${response.status}`, response.status);
  }
  if (body.result.data.meta !== undefined) throw new Error(`${path}: the answer needs superjson; use the tRPC client`);
  return body.result.data.json;
}

/** A query: GET /api/trpc/<area>.<procedure>?input=… */
export async function fetchQuery<A extends Area, P extends ProcedureOf<A>>(area: A, procedure: P, input: Inputs[A][P]): Promise<Outputs[A][P]> {
  const path = `${area}.${procedure}`;
  const response = await fetch(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
    headers: { accept: "application/json" },
  });
  return (await answerOf(response, path)) as Outputs[A][P];
}
