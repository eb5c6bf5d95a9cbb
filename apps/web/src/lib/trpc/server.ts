import { createCaller, createTRPCContext } from "@kk/api";
import { requestSettings } from "@kk/auth";
import { dbFor, dbForScope } from "../db";
import { currentSession } from "../session";

/**
 * tRPC caller for server components: the same procedures, policy checks and audit trail as
 * the HTTP endpoint, without the round trip.
 */
export async function serverApi() {
  const session = await currentSession();
  return createCaller(createTRPCContext({ db: dbFor(session.user), dbForScope, user: session.user, sessionId: session.user ? session.sessionId : null, settings: requestSettings() }));
}
