import { ROLES, type SessionUser } from "@kk/auth/roles";
import type { Db, Role } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { createCaller } from "../root.ts";
import { createTRPCContext } from "../trpc.ts";

export interface ApiTestDatabase {
  db: Db;
  /** The database's connection URL (for raw SQL and the audit chain verifier). */
  url: string;
  drop(): Promise<void>;
  /** A real user row for each role; the partner belongs to `partnerOrganisationId`. */
  users: Record<Role, SessionUser>;
  partnerOrganisationId: string;
  otherOrganisationId: string;
  /** A caller as `user`; `options.now` fixes the clock the procedures read (default: the database's, else the real clock). */
  callerFor(user: SessionUser | null, options?: { now?: Date | (() => Date); sessionId?: string }): ReturnType<typeof createCaller>;
}

/**
 * A fresh database with one user per role, for tests that call procedures as each role.
 * `options.now` fixes the clock of every caller (a test whose data has literal dates that the
 * code compares with "now" must fix it: ADR 0007, "Time is an argument").
 */
export async function createApiTestDatabase(label: string, options: { now?: Date | (() => Date) } = {}): Promise<ApiTestDatabase> {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  const { db, drop, url } = await createTestDatabase(serverUrl, label);
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
    drop,
    users,
    partnerOrganisationId: partnerOrg.id,
    otherOrganisationId: otherOrg.id,
    callerFor: (user, callerOptions) => createCaller(createTRPCContext({ db, user, now: clockOf(callerOptions?.now ?? options.now), sessionId: callerOptions?.sessionId ?? null })),
  };
}

function clockOf(now: Date | (() => Date) | undefined): (() => Date) | undefined {
  if (now === undefined || typeof now === "function") return now;
  return () => new Date(now.getTime());
}
