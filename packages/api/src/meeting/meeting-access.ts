import type { SessionUser } from "@kk/auth/roles";

/**
 * Who manages which meeting (issue 18, docs/werkateliers.md "Lokaal of regionaal"): a municipal
 * coordinator the meetings of its own municipality and the regional ones (one not linked to a
 * municipality, as in an install from before issue 18: all of them); the regional coordinator the
 * regional ones.
 */
export function canManageMeetingOf(actor: SessionUser, municipalityCode: string | null): boolean {
  if (actor.role === "REGIO_COORDINATOR") return municipalityCode === null;
  if (actor.role !== "COORDINATOR") return false;
  return municipalityCode === null || actor.municipalityCode === null || actor.municipalityCode === municipalityCode;
}
