import { dateOnly } from "../agreement-reminders/amsterdam-date.ts";

/**
 * The coverage matrix (issue 4): for every pair of organisations, is there an agreement in force
 * that covers the exchange of information between the two, and which catalogue clauses does none
 * of those agreements cover?
 *
 * Definitions (docs/convenanten.md, "Dekking"):
 * - An agreement counts ("in force") when its status is ACTIEF, it says it covers information
 *   exchange, it has started (no start date, or start ≤ today) and has not ended (no end date, or
 *   end ≥ today). An ACTIEF agreement whose end date has passed but that the nightly job has not
 *   yet moved to VERLOPEN does not count.
 * - A pair is covered when one agreement in force has BOTH organisations as parties. The
 *   municipality being a party or facilitator does not cover a pair it is not part of.
 * - A covered pair lacks a clause when none of its agreements marks that clause COVERED; with
 *   two agreements, the clauses they cover are added together.
 * This module is pure (no database), so it is tested on plain objects.
 */

export interface CoverageOrganisation {
  id: string;
  name: string;
  slug: string;
  sector: string;
}

export interface CoverageAgreement {
  id: string;
  title: string;
  status: string;
  coversInformationExchange: boolean;
  startDate: Date | null;
  endDate: Date | null;
  partyOrganisationIds: readonly string[];
  /** Clause keys this agreement marks COVERED. */
  coveredClauseKeys: readonly string[];
}

export interface CoveragePair {
  /** The two organisations, in the order of the organisations list (a before b). */
  a: string;
  b: string;
  covered: boolean;
  /** Agreements in force with both as parties, by title. */
  agreements: { id: string; title: string }[];
  /** Catalogue keys none of those agreements covers, in catalogue order; empty when not covered. */
  lacks: string[];
}

export interface CoverageResult {
  pairs: CoveragePair[];
  coveredPairs: number;
  totalPairs: number;
}

/** True when the agreement counts for coverage on `today` ("YYYY-MM-DD", Europe/Amsterdam). */
export function isInForce(agreement: Pick<CoverageAgreement, "status" | "coversInformationExchange" | "startDate" | "endDate">, today: string): boolean {
  if (agreement.status !== "ACTIEF" || !agreement.coversInformationExchange) return false;
  if (agreement.startDate && dateOnly(agreement.startDate) > today) return false;
  if (agreement.endDate && dateOnly(agreement.endDate) < today) return false;
  return true;
}

/** Order-independent key of a pair of organisation ids. */
export function pairKey(first: string, second: string): string {
  return first < second ? `${first}|${second}` : `${second}|${first}`;
}

interface PairAccumulator {
  agreements: { id: string; title: string }[];
  covered: Set<string>;
}

/** Every pair of organisations among the in-force agreements' parties, with what covers it. */
export function coveredPairIndex(agreements: readonly CoverageAgreement[], today: string): Map<string, PairAccumulator> {
  const index = new Map<string, PairAccumulator>();
  for (const agreement of agreements) {
    if (!isInForce(agreement, today)) continue;
    const parties = [...new Set(agreement.partyOrganisationIds)];
    for (let i = 0; i < parties.length; i += 1) {
      for (let j = i + 1; j < parties.length; j += 1) {
        const key = pairKey(parties[i]!, parties[j]!);
        let entry = index.get(key);
        if (!entry) {
          entry = { agreements: [], covered: new Set() };
          index.set(key, entry);
        }
        entry.agreements.push({ id: agreement.id, title: agreement.title });
        for (const clause of agreement.coveredClauseKeys) entry.covered.add(clause);
      }
    }
  }
  return index;
}

/**
 * All unordered pairs of `organisations` (in list order), each with its coverage.
 * `clauseKeys` is the catalogue, in the order the "lacks" list should follow.
 */
export function computeCoverage(
  organisations: readonly CoverageOrganisation[],
  agreements: readonly CoverageAgreement[],
  clauseKeys: readonly string[],
  today: string,
): CoverageResult {
  const index = coveredPairIndex(agreements, today);
  const pairs: CoveragePair[] = [];
  let coveredPairs = 0;
  for (let i = 0; i < organisations.length; i += 1) {
    for (let j = i + 1; j < organisations.length; j += 1) {
      const a = organisations[i]!.id;
      const b = organisations[j]!.id;
      const entry = index.get(pairKey(a, b));
      if (entry) {
        coveredPairs += 1;
        pairs.push({
          a,
          b,
          covered: true,
          agreements: [...entry.agreements].sort((x, y) => x.title.localeCompare(y.title, "nl")),
          lacks: clauseKeys.filter((key) => !entry.covered.has(key)),
        });
      } else {
        pairs.push({ a, b, covered: false, agreements: [], lacks: [] });
      }
    }
  }
  return { pairs, coveredPairs, totalPairs: pairs.length };
}

/** Pairs among `n` organisations. */
export function pairCount(n: number): number {
  return n < 2 ? 0 : (n * (n - 1)) / 2;
}
