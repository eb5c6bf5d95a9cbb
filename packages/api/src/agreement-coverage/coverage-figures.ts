import type { Db } from "@kk/db";
import { addDays, amsterdamToday, toDbDate } from "../agreement-reminders/amsterdam-date.ts";
import { getReminderDays } from "../agreement-reminders/reminder-days.ts";
import { coveredPairIndex, pairCount } from "./compute-coverage.ts";
import { loadCoverageAgreements } from "./load-coverage.ts";

export interface SectorPairFigure {
  sectorA: string;
  sectorB: string;
  totalPairs: number;
  coveredPairs: number;
  /** Whole percent, null when there are no pairs. */
  percentage: number | null;
}

/** The council's figures (issue 4, "the council sees figures only"): counts, no names. */
export interface AgreementFigures {
  today: string;
  activeAgreements: number;
  activeOrganisations: number;
  organisationsWithActiveAgreement: number;
  totalPairs: number;
  coveredPairs: number;
  /** Covered pairs / all pairs of active organisations, whole percent; null with fewer than two organisations. */
  coveragePercentage: number | null;
  lapsingWithinDays: number;
  /** ACTIEF agreements whose end date lies within the next `lapsingWithinDays` days (today included). */
  lapsingSoon: number;
  bySectorPair: SectorPairFigure[];
}

function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part / whole) * 100);
}

/**
 * Coverage percentage = pairs of ACTIVE organisations with an agreement in force that covers
 * information exchange (compute-coverage.ts) / all pairs of ACTIVE organisations. Rounded down,
 * so 99.6% is not shown as 100%. Per sector pair the same, over pairs with one organisation in
 * each sector (or both in one sector).
 */
export async function getAgreementFigures(db: Db, now: Date): Promise<AgreementFigures> {
  const today = amsterdamToday(now);
  const { beforeEnd } = await getReminderDays(db);
  const [activeAgreements, organisations, organisationsWithActiveAgreement, lapsingSoon, agreements] = await Promise.all([
    db.agreement.count({ where: { status: "ACTIEF" } }),
    db.organisation.findMany({ where: { status: "ACTIVE" }, select: { id: true, sector: true } }),
    db.organisation.count({ where: { status: "ACTIVE", agreementParties: { some: { agreement: { status: "ACTIEF" } } } } }),
    db.agreement.count({ where: { status: "ACTIEF", endDate: { gte: toDbDate(today), lte: toDbDate(addDays(today, beforeEnd)) } } }),
    loadCoverageAgreements(db),
  ]);

  const sectorOf = new Map(organisations.map((o) => [o.id, o.sector as string]));
  const perSector = new Map<string, number>();
  for (const sector of sectorOf.values()) perSector.set(sector, (perSector.get(sector) ?? 0) + 1);

  const sectorKey = (x: string, y: string) => (x <= y ? `${x}|${y}` : `${y}|${x}`);
  const coveredBySector = new Map<string, number>();
  let coveredPairs = 0;
  for (const key of coveredPairIndex(agreements, today).keys()) {
    const [first, second] = key.split("|") as [string, string];
    const sectorA = sectorOf.get(first);
    const sectorB = sectorOf.get(second);
    if (sectorA === undefined || sectorB === undefined) continue; // an inactive organisation
    coveredPairs += 1;
    const bySector = sectorKey(sectorA, sectorB);
    coveredBySector.set(bySector, (coveredBySector.get(bySector) ?? 0) + 1);
  }

  const sectors = [...perSector.keys()].sort();
  const bySectorPair: SectorPairFigure[] = [];
  for (let i = 0; i < sectors.length; i += 1) {
    for (let j = i; j < sectors.length; j += 1) {
      const sectorA = sectors[i]!;
      const sectorB = sectors[j]!;
      const total = i === j ? pairCount(perSector.get(sectorA)!) : perSector.get(sectorA)! * perSector.get(sectorB)!;
      if (total === 0) continue;
      const covered = coveredBySector.get(sectorKey(sectorA, sectorB)) ?? 0;
      bySectorPair.push({ sectorA, sectorB, totalPairs: total, coveredPairs: covered, percentage: percentage(covered, total) });
    }
  }

  const totalPairs = pairCount(organisations.length);
  return {
    today,
    activeAgreements,
    activeOrganisations: organisations.length,
    organisationsWithActiveAgreement,
    totalPairs,
    coveredPairs,
    coveragePercentage: percentage(coveredPairs, totalPairs),
    lapsingWithinDays: beforeEnd,
    lapsingSoon,
    bySectorPair,
  };
}
