import { randomUUID } from "node:crypto";
import type { Db } from "../client.ts";
import { CONFIRMED_ABUSE_INDICATOR, DEMO_AREAS, DEMO_MUNICIPALITY_CODE, DEMO_PERIODS, DEMO_POPULATIONS, DEMO_REGION_DELIVERIES, DEMO_REGION_MUNICIPALITY_CODES, DEMO_TARGETS } from "./demo-figures.ts";
import { DEMO_PLAN_ACTIVITIES } from "./demo-plan.ts";

const date = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/**
 * Loads the demo Veilig Thuis figures (./demo-figures.ts) of every municipality of the demo region
 * (Zwijndrecht and its neighbours, issue 18). Idempotent: areas are matched by code,
 * populations by (area, year), periods by code, deliveries by (period, scope, version): what
 * exists is left as it is; new deliveries and their values are written in one transaction. The indicator is reference data (also inserted by a migration) and is
 * only created when its key is absent; each municipality's target only when its area has none.
 * Returns the number of deliveries created.
 */
export async function seedVtFigures(db: Db): Promise<number> {
  // Few round trips (the seed runs before every e2e run and in tests): bulk reads and writes,
  // parents before children.
  const areaIds = new Map((await db.area.findMany({ where: { code: { in: DEMO_AREAS.map((a) => a.code) } }, select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  for (const area of DEMO_AREAS) {
    if (areaIds.has(area.code)) continue;
    const parentId = area.parentCode ? (areaIds.get(area.parentCode) ?? null) : null;
    const row = await db.area.create({ data: { code: area.code, name: area.name, kind: area.kind, parentId }, select: { id: true } });
    areaIds.set(area.code, row.id);
  }
  // Every MUNICIPALITY area is a municipality of the install (issue 18, docs/adr/0023).
  await db.municipality.createMany({
    data: DEMO_AREAS.filter((a) => a.kind === "MUNICIPALITY").map((a) => ({ code: a.code, name: a.name, areaId: areaIds.get(a.code) ?? "", isDemo: true })),
    skipDuplicates: true,
  });
  const areaId = (code: string): string => {
    const id = areaIds.get(code);
    if (!id) throw new Error(`Demo area ${code} is not seeded`);
    return id;
  };

  await db.areaPopulation.createMany({
    data: DEMO_POPULATIONS.map((p) => ({ areaId: areaId(p.areaCode), year: p.year, children0to17: p.children0to17, source: p.source })),
    skipDuplicates: true,
  });

  await db.figurePeriod.createMany({
    data: DEMO_PERIODS.map((period) => ({ ...period, startsOn: date(period.startsOn), endsOn: date(period.endsOn) })),
    skipDuplicates: true,
  });
  const periodIds = new Map((await db.figurePeriod.findMany({ where: { code: { in: DEMO_PERIODS.map((p) => p.code) } }, select: { id: true, code: true } })).map((p) => [p.code, p.id]));

  const deliveryKey = (periodId: string, scopeAreaId: string, version: number): string => `${periodId}|${scopeAreaId}|${version}`;
  const deliveryIds = new Map(
    (await db.figureDelivery.findMany({ where: { periodId: { in: [...periodIds.values()] } }, select: { id: true, periodId: true, scopeAreaId: true, version: true } })).map((d) => [
      deliveryKey(d.periodId, d.scopeAreaId, d.version),
      d.id,
    ]),
  );
  const deliveries = [];
  const values = [];
  for (const delivery of [...DEMO_REGION_DELIVERIES].sort((a, b) => a.version - b.version)) {
    const periodId = periodIds.get(delivery.periodCode) ?? "";
    const scopeAreaId = areaId(delivery.scopeAreaCode);
    const key = deliveryKey(periodId, scopeAreaId, delivery.version);
    if (deliveryIds.has(key)) continue;
    const id = randomUUID();
    deliveryIds.set(key, id);
    deliveries.push({
      id,
      periodId,
      scopeAreaId,
      version: delivery.version,
      supersedesId: delivery.version > 1 ? (deliveryIds.get(deliveryKey(periodId, scopeAreaId, delivery.version - 1)) ?? null) : null,
      source: delivery.source,
      deliveredAt: date(delivery.deliveredAt),
      provisional: delivery.provisional,
      note: delivery.note,
      method: "SEED" as const,
    });
    for (const v of delivery.values) {
      values.push({ deliveryId: id, areaId: areaId(v.areaCode), measure: v.measure, breakdownKind: v.breakdownKind, breakdownKey: v.breakdownKey, value: v.value, status: v.status });
    }
  }
  if (deliveries.length > 0) {
    // Versions are ordered, so a correction's predecessor is inserted before it.
    await db.$transaction([db.figureDelivery.createMany({ data: deliveries }), db.figureValue.createMany({ data: values })]);
  }

  const indicator = await db.indicator.upsert({
    where: { key: CONFIRMED_ABUSE_INDICATOR.key },
    create: { ...CONFIRMED_ABUSE_INDICATOR },
    update: {},
    select: { id: true },
  });
  const withTarget = new Set((await db.target.findMany({ where: { areaId: { in: DEMO_TARGETS.map((t) => areaId(t.areaCode)) } }, select: { areaId: true } })).map((t) => t.areaId));
  for (const { indicatorKey: _key, areaCode, deadline, ...target } of DEMO_TARGETS) {
    if (withTarget.has(areaId(areaCode))) continue;
    await db.target.create({ data: { ...target, indicatorId: indicator.id, areaId: areaId(areaCode), deadline: date(deadline) } });
  }
  return deliveries.length;
}

/**
 * Loads the plan van aanpak (./demo-plan.ts): activities matched by key, budgets by (activity,
 * year); existing rows are left as they are (their status and spend may have been edited).
 * Returns the number of activities created.
 */
export async function seedPlanVanAanpak(db: Db, municipalityCode: string = DEMO_MUNICIPALITY_CODE): Promise<number> {
  let created = 0;
  for (const [position, { budgets, dueDate, ...activity }] of DEMO_PLAN_ACTIVITIES.entries()) {
    const existing = await db.planActivity.findUnique({ where: { municipalityCode_key: { municipalityCode, key: activity.key } }, select: { id: true } });
    const id = existing
      ? existing.id
      : (await db.planActivity.create({ data: { ...activity, municipalityCode, dueDate: dueDate ? date(dueDate) : null, position: position + 1 }, select: { id: true } })).id;
    if (!existing) created += 1;
    await db.planBudget.createMany({
      data: (budgets ?? []).map((b) => ({
        activityId: id,
        year: b.year,
        label: b.label ?? "",
        budgetedCents: b.budgetedEuros * 100,
        spentCents: b.spentEuros === null ? null : b.spentEuros * 100,
      })),
      skipDuplicates: true,
    });
  }
  return created;
}

/** The plan van aanpak of every municipality of the demo region (issue 18: a plan per municipality). Returns the activities created. */
export async function seedDemoRegionPlans(db: Db): Promise<number> {
  let created = 0;
  for (const code of DEMO_REGION_MUNICIPALITY_CODES) created += await seedPlanVanAanpak(db, code);
  return created;
}
