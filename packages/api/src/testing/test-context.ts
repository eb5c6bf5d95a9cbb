import { municipalityScopeOf, REGION_ROLES } from "@kk/auth/policy";
import { ROLES, type SessionUser } from "@kk/auth/roles";
import { createScopedClients, type Db, type DbScope, type Role } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { createCaller } from "../root.ts";
import { createTRPCContext } from "../trpc.ts";

export interface ApiTestDatabase {
  /** The owner's client (a superuser: row-level security does not apply), for fixtures and checks. */
  db: Db;
  /** The database's connection URL as the owner (for raw SQL and the audit chain verifier). */
  url: string;
  /** The same database as the application's role `kk_app`, subject to row-level security (docs/adr/0024). */
  appUrl: string;
  drop(): Promise<void>;
  /** A real user row for each role; the partner belongs to `partnerOrganisationId`. */
  users: Record<Role, SessionUser>;
  partnerOrganisationId: string;
  otherOrganisationId: string;
  /**
   * A caller as `user`, on the real path: the procedures get the `kk_app` client of the user's
   * municipality scope (`municipalityScopeOf`), as the web app's tRPC context does; `options.scope`
   * overrides the connection's scope only (e.g. region-level figures, which row-level security shows
   * in region scope alone), not the user the policy checks. `options.now` fixes the clock the procedures read (default: the database's, else the real clock). */
  callerFor(user: SessionUser | null, options?: { now?: Date | (() => Date); sessionId?: string; scope?: DbScope }): ReturnType<typeof createCaller>;
}

/**
 * A fresh database with one user per role, for tests that call procedures as each role.
 * `options.now` fixes the clock of every caller (a test whose data has literal dates that the
 * code compares with "now" must fix it: ADR 0007, "Time is an argument").
 */
export async function createApiTestDatabase(label: string, options: { now?: Date | (() => Date) } = {}): Promise<ApiTestDatabase> {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  const { db, drop: dropDatabase, url, appUrl } = await createTestDatabase(serverUrl, label);
  const scoped = createScopedClients(appUrl);
  const partnerOrg = await db.organisation.create({
    data: { name: "Wijkteam Test", slug: "wijkteam-test", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED" },
  });
  const otherOrg = await db.organisation.create({
    data: { name: "Veilig Thuis Test", slug: "veilig-thuis-test", sector: "BESCHERMINGSKETEN", type: "Veilig Thuis", legalFrame: "WITHOUT_CONSENT" },
  });
  const users = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    const row = await db.user.create({
      data: {
        email: `${role.toLowerCase()}@test.example`,
        name: `Test ${role}`,
        role,
        organisationId: role === "PARTNER" ? partnerOrg.id : null,
      },
    });
    users[role] = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, municipalityCode: row.municipalityCode };
  }
  return {
    db,
    url,
    appUrl,
    drop: async () => {
      await scoped.disconnectAll();
      await dropDatabase();
    },
    users,
    partnerOrganisationId: partnerOrg.id,
    otherOrganisationId: otherOrg.id,
    callerFor: (user, callerOptions) =>
      createCaller(async () => {
        const actor = await actingUser(db, user);
        return createTRPCContext({
          db: scoped.forScope(callerOptions?.scope ?? municipalityScopeOf(actor)),
          dbForScope: (scope) => scoped.forScope(scope),
          user: actor,
          now: clockOf(callerOptions?.now ?? options.now),
          sessionId: callerOptions?.sessionId ?? null,
        });
      }),
  };
}

/**
 * The harness's users are created before a test adds its municipality. Like the migration does for
 * an install from before issue 18 (ADR 0023), a user of a municipality role without a municipality
 * acts for the install's municipality when there is exactly one; with two or more (the
 * two-municipality tests) the user must name theirs.
 */
async function actingUser(db: Db, user: SessionUser | null): Promise<SessionUser | null> {
  if (!user || user.municipalityCode || REGION_ROLES.includes(user.role)) return user;
  // The install's municipalities: its MUNICIPALITY areas, and the code a plan van aanpak seeded without areas carries.
  const codes = await db.$queryRaw<Array<{ code: string }>>`
    SELECT "code" FROM "Area" WHERE "kind" = 'MUNICIPALITY'
    UNION SELECT "municipalityCode" FROM "PlanActivity" WHERE "municipalityCode" IS NOT NULL
    LIMIT 2`;
  return codes.length === 1 ? { ...user, municipalityCode: codes[0]?.code ?? null } : user;
}

function clockOf(now: Date | (() => Date) | undefined): (() => Date) | undefined {
  if (now === undefined || typeof now === "function") return now;
  return () => new Date(now.getTime());
}
