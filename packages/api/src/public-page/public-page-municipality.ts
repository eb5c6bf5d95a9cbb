import { municipalityScopeOf, scopeIncludes } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import type { Db, Tx } from "@kk/db";
import { notFound } from "../errors.ts";

export interface PublicPageMunicipality {
  code: string;
  name: string;
}

/**
 * Whose public page the caller edits (policy action `publicPage.manage`): a coordinator their own
 * municipality's only, the administrator any municipality of the install (the one asked for, else
 * the first by name). Another municipality, or none, is NOT_FOUND: a coordinator does not learn
 * about a neighbour's page this way (as figure-scope.ts does for the figures).
 */
export async function publicPageMunicipalityFor(db: Db | Tx, actor: SessionUser, municipalityCode?: string): Promise<PublicPageMunicipality> {
  const scope = municipalityScopeOf(actor);
  const wanted = municipalityCode ?? (scope.kind === "municipality" ? scope.code : undefined);
  const municipality =
    wanted !== undefined
      ? scopeIncludes(scope, wanted)
        ? await db.municipality.findUnique({ where: { code: wanted }, select: { code: true, name: true } })
        : null
      : scope.kind === "region"
        ? await db.municipality.findFirst({ orderBy: { name: "asc" }, select: { code: true, name: true } })
        : null;
  if (!municipality) throw notFound("De gemeente");
  return municipality;
}
