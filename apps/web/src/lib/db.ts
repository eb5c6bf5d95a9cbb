import { municipalityScopeOf } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { getScopedDb, type Db, type DbScope } from "@kk/db";

/**
 * The database client for what `user` may see (issue 18, docs/adr/0024): its connections carry the
 * user's municipality scope, so row-level security shows municipality-owned rows (figures, targets,
 * the plan) of that municipality only, of the whole region for BEHEERDER and REGIO_COORDINATOR, and
 * none to a user without one or signed out. The procedures scope their queries themselves as well.
 */
export function dbFor(user: SessionUser | null): Db {
  return getScopedDb(municipalityScopeOf(user));
}

/** Another scope's client, for `createTRPCContext({ dbForScope })`. */
export function dbForScope(scope: DbScope): Db {
  return getScopedDb(scope);
}
