import type { SessionUser } from "@kk/auth/roles";

/**
 * The municipalities a coordinator may make a meeting local to (issue 18; the same rule as
 * packages/api/src/meeting/meeting-access.ts): the regional coordinator none (regional only), a
 * municipal coordinator its own, a coordinator not linked to a municipality every one.
 */
export function localMeetingChoices(
  user: SessionUser,
  municipalities: ReadonlyArray<{ code: string; name: string }>,
): Array<{ code: string; name: string }> {
  if (user.role === "REGIO_COORDINATOR") return [];
  if (user.municipalityCode === null) return [...municipalities];
  return municipalities.filter((m) => m.code === user.municipalityCode);
}
