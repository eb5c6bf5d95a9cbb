import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import superjson from "superjson";
import { createTRPCContext } from "../trpc.ts";
import { handleTrpcRequest } from "../web-edge/handle-trpc-request.ts";
import type { FuzzTarget } from "./procedures.ts";

const ORIGIN = "http://portal.test";

export interface FuzzResponse {
  status: number;
  /** The response body, for the failure report. */
  body: string;
  /** What the endpoint logged as unexpected errors during the call (the cause of a 500). */
  logged: unknown[];
}

/**
 * Calls one procedure the way a browser on the portal does: through /api/trpc's handler with
 * the web edge's checks (same-origin, JSON, body cap), a GET for a query and a same-origin POST
 * for a mutation, the input serialised with superjson as the web client does. The session is
 * the given user's (null: signed out). In process: no server, no port.
 */
export async function callOverHttp(db: Db, user: SessionUser | null, now: Date, target: FuzzTarget, input: unknown): Promise<FuzzResponse> {
  const logged: unknown[] = [];
  const serialised = serialise(input);
  const request =
    target.type === "query"
      ? new Request(`${ORIGIN}/api/trpc/${target.path}?input=${encodeURIComponent(serialised)}`, { headers: { host: "portal.test" } })
      : new Request(`${ORIGIN}/api/trpc/${target.path}`, {
          method: "POST",
          body: serialised,
          headers: { host: "portal.test", "content-type": "application/json", origin: ORIGIN, "sec-fetch-site": "same-origin" },
        });
  const response = await handleTrpcRequest(request, {
    createContext: async () => createTRPCContext({ db, user, now: () => new Date(now.getTime()) }),
    log: (line, error) => logged.push(`${line} ${describeError(error)}`),
  });
  return { status: response.status, body: await response.text(), logged };
}

/**
 * The request body as the web client writes it (superjson). superjson refuses some values (keys
 * such as `__proto__`, a stack overflow on thousands of levels of nesting): those are sent as
 * plain JSON in superjson's envelope, as an attacker's own client would.
 */
function serialise(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    try {
      return JSON.stringify({ json: input });
    } catch {
      return JSON.stringify({ json: input }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack?.split("\n").slice(1, 6).join("\n") ?? ""}`;
  return String(error);
}
