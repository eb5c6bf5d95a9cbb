import { SECTORS } from "@kk/api/schemas";

type Sector = (typeof SECTORS)[number];

/** The parts of the coverage matrix (agreementCoverage.matrix) the page arranges. */
export interface ViewOrganisation {
  id: string;
  name: string;
  slug: string;
}

export interface ViewPair {
  a: string;
  b: string;
  covered: boolean;
  agreements: { id: string; title: string }[];
  lacks: string[];
}

/**
 * The `sector` values of the URL that are real sectors, once each, in catalogue order. A stale
 * or typed value is dropped rather than turned into an error page: the filter is a convenience.
 */
export function sectorsFromParams(value: string | string[] | undefined): Sector[] {
  const given = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value]);
  return SECTORS.filter((sector) => given.has(sector));
}

/** Looks up the pair of two organisation ids in either order (the matrix is a full square). */
export function pairLookup(pairs: readonly ViewPair[]): (first: string, second: string) => ViewPair | undefined {
  const index = new Map<string, ViewPair>();
  for (const pair of pairs) {
    index.set(`${pair.a}|${pair.b}`, pair);
    index.set(`${pair.b}|${pair.a}`, pair);
  }
  return (first, second) => index.get(`${first}|${second}`);
}

/** "1a Openheid naar de cliënt" per catalogue key, for the clauses a pair lacks. */
export function clauseNames(clauses: readonly { key: string; code: string; title: string }[], keys: readonly string[]): string[] {
  const byKey = new Map(clauses.map((c) => [c.key, `${c.code} ${c.title}`]));
  return keys.map((key) => byKey.get(key) ?? key);
}

export interface OrganisationWithout<O extends ViewOrganisation> {
  organisation: O;
  /** Organisations later in the list that this one has no agreement with (each pair once). */
  without: O[];
}

/**
 * Pairs without an agreement in force, grouped by the first organisation of the pair in list
 * order, so every pair appears once and the list stays as long as the matrix has rows.
 */
export function pairsWithoutAgreement<O extends ViewOrganisation>(organisations: readonly O[], pairs: readonly ViewPair[]): OrganisationWithout<O>[] {
  const find = pairLookup(pairs);
  const groups: OrganisationWithout<O>[] = [];
  organisations.forEach((organisation, i) => {
    const without = organisations.slice(i + 1).filter((other) => find(organisation.id, other.id)?.covered !== true);
    if (without.length > 0) groups.push({ organisation, without });
  });
  return groups;
}

export interface LackingPair<O extends ViewOrganisation> {
  a: O;
  b: O;
  pair: ViewPair;
}

/** Covered pairs whose agreements in force leave out at least one catalogue clause, in list order. */
export function pairsLackingClauses<O extends ViewOrganisation>(organisations: readonly O[], pairs: readonly ViewPair[]): LackingPair<O>[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const result: LackingPair<O>[] = [];
  for (const pair of pairs) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (pair.covered && pair.lacks.length > 0 && a && b) result.push({ a, b, pair });
  }
  return result;
}
