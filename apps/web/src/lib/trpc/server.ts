import { createCaller, createTRPCContext } from "@kk/api";
import { getDb } from "@kk/db";
import { currentUser } from "../session";

/**
 * tRPC caller for server components: the same procedures, policy checks and audit trail as
 * the HTTP endpoint, without the round trip.
 */
export async function serverApi() {
  return createCaller(createTRPCContext({ db: getDb(), user: await currentUser() }));
}
