import type { SessionUser } from "@kk/auth/roles";
import type { Db, Tx } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, notFound, staleVersion } from "../errors.ts";
import { figureScopeOf } from "../vt-figures/figure-scope.ts";
import type { UpdatePlanActivityValues } from "./schemas.ts";

/** The activity, if it is in one of `codes` (the caller's municipalities): another municipality's is NOT_FOUND. */
async function loadActivity(tx: Tx, id: string, codes: readonly string[]) {
  const row = await tx.planActivity.findFirst({ where: { id, municipalityCode: { in: [...codes] } }, include: { budgets: { orderBy: { year: "asc" } } } });
  if (!row) throw notFound("De activiteit");
  return row;
}

/**
 * The coordinator's update of an activity: status, owner and the realised spend per budget year.
 * Only when nobody saved since `version`; the audit event holds before and after.
 * Title, planning and budgets are the plan's own (adopted by the council) and are not edited here.
 */
export async function updatePlanActivity(db: Db, actor: SessionUser, input: UpdatePlanActivityValues) {
  const { codes } = await figureScopeOf(db, actor);
  return db.$transaction(async (tx) => {
    const before = await loadActivity(tx, input.id, codes);
    if (before.version !== input.version) throw staleVersion();
    const budgetYears = new Set(before.budgets.map((b) => b.year));
    for (const [index, line] of input.spent.entries()) {
      if (!budgetYears.has(line.year)) {
        const message = `De activiteit heeft geen budget in ${line.year}.`;
        throw fieldConflict(message, { [`spent.${index}.spent`]: [message] });
      }
    }
    const { count } = await tx.planActivity.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, owner: input.owner, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion();
    for (const line of input.spent) {
      await tx.planBudget.update({ where: { activityId_year: { activityId: input.id, year: line.year } }, data: { spentCents: line.spent } });
    }
    const after = await loadActivity(tx, input.id, codes);
    await recordAudit(tx, actor, { action: "plan.activity.update", entityType: "PlanActivity", entityId: input.id, before, after });
    return { id: after.id, version: after.version };
  });
}
