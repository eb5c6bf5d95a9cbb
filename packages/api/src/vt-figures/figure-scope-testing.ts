import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";

/**
 * For tests of a region install: links the test database's users of `roles` to a municipality
 * (the row and the session objects), as the issue 18 migration does in an install with one.
 */
export async function linkTestUsersToMunicipality(t: { db: Db; users: Record<string, SessionUser> }, code: string, roles: readonly SessionUser["role"][] = ["COORDINATOR", "RAAD", "PARTNER", "PROFESSIONAL"]): Promise<void> {
  await t.db.user.updateMany({ where: { role: { in: [...roles] } }, data: { municipalityCode: code } });
  for (const role of roles) {
    const user = t.users[role];
    if (user) t.users[role] = { ...user, municipalityCode: code };
  }
}
