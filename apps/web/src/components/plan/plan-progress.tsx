import { formatEuroCents, formatPercentage } from "@kk/api/schemas";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.planVanAanpak;

export type PlanProgressData = RouterOutputs["plan"]["progress"];
type ThemeProgress = PlanProgressData["themes"][number];
type YearTotal = ThemeProgress["totals"][number];

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" });

export function themeLabel(theme: ThemeProgress["theme"]): string {
  return t.themes[theme ?? "ALL"];
}

function spentText(spentCents: number | null): string {
  return spentCents === null ? t.unknown : formatEuroCents(spentCents);
}

/**
 * Spend against budget as a bar. Decorative: the numbers beside it say the same, so it is hidden
 * from screen readers; unknown spend draws no bar at all (an empty bar would read as € 0).
 */
function SpendBar({ budgetedCents, spentCents }: { budgetedCents: number; spentCents: number | null }) {
  if (spentCents === null || budgetedCents <= 0) return null;
  const share = Math.min(100, (spentCents / budgetedCents) * 100);
  return (
    <span aria-hidden="true" className="mt-1 block h-2 w-full max-w-32 border border-ink-muted bg-surface">
      <span className="block h-full bg-brand" style={{ width: `${share}%` }} />
    </span>
  );
}

function TotalCells({ total }: { total: YearTotal }) {
  if (total.lines === 0) {
    return (
      <>
        <Td className="text-ink-muted">{t.noBudget}</Td>
        <Td />
      </>
    );
  }
  return (
    <>
      <Td className="text-right whitespace-nowrap tabular-nums">{formatEuroCents(total.budgetedCents)}</Td>
      <Td className="text-right whitespace-nowrap tabular-nums">
        {spentText(total.spentCents)}
        <SpendBar budgetedCents={total.budgetedCents} spentCents={total.spentCents} />
      </Td>
    </>
  );
}

interface PlanProgressProps {
  progress: PlanProgressData;
  /** Level of the component's section headings (2 on the plan page, 3 inside the council dashboard). */
  headingLevel?: 2 | 3;
  /** The coordinator gets a "Wijzigen" link per activity. */
  editable?: boolean;
}

/** The plan van aanpak: budget against spend per theme and year, then the activities per theme. */
export function PlanProgress({ progress, headingLevel = 2, editable = false }: PlanProgressProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <div data-testid="plan-progress">
      <section className="mb-8">
        <Heading className="mb-3 text-2xl">{t.budgetHeading}</Heading>
        <Table
          caption={t.budgetCaption}
          captionHidden
          head={
            <>
              <Th>{t.columns.theme}</Th>
              {progress.years.map((year) => (
                <YearHeads key={year} year={year} />
              ))}
            </>
          }
        >
          {progress.themes.map((theme) => (
            <tr key={theme.theme ?? "ALL"}>
              <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal">
                {themeLabel(theme.theme)}
              </th>
              {theme.totals.map((total) => (
                <TotalCells key={total.year} total={total} />
              ))}
            </tr>
          ))}
          <tr data-testid="plan-total-row">
            <th scope="row" className="border-b-2 border-line-strong px-2 py-3 text-left align-top font-bold">
              {t.total}
            </th>
            {progress.totals.map((total) => (
              <TotalCells key={total.year} total={total} />
            ))}
          </tr>
        </Table>
      </section>

      <section>
        <Heading className="mb-3 text-2xl">{t.activitiesHeading}</Heading>
        {progress.themes.map((theme) => (
          <section key={theme.theme ?? "ALL"} className="mb-8">
            <SubHeading className="mb-2 text-xl">{themeLabel(theme.theme)}</SubHeading>
            {theme.activities.length === 0 ? (
              <p>{t.noActivities}</p>
            ) : (
              <Table
                caption={themeLabel(theme.theme)}
                captionHidden
                head={
                  <>
                    <Th>{t.columns.activity}</Th>
                    <Th>{t.columns.planning}</Th>
                    <Th>{t.columns.owner}</Th>
                    <Th>{t.columns.status}</Th>
                    <Th>{t.columns.budget}</Th>
                    {editable ? <Th>{t.columns.actions}</Th> : null}
                  </>
                }
              >
                {theme.activities.map((activity) => (
                  <tr key={activity.id} id={`activiteit-${activity.id}`} data-testid={activity.key ? `plan-activity-${activity.key}` : undefined}>
                    <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-semibold">
                      {activity.title}
                    </th>
                    <Td>
                      {activity.planning}
                      {activity.dueDate ? <span className="block text-sm text-ink-muted">{format(t.dueOn, { date: dateFormat.format(new Date(activity.dueDate)) })}</span> : null}
                    </Td>
                    <Td>{activity.owner || <span className="text-ink-muted">{t.noOwner}</span>}</Td>
                    <Td data-testid="plan-activity-status">{t.statuses[activity.status]}</Td>
                    <Td>
                      {activity.budgets.length === 0 ? (
                        <span className="text-ink-muted">{t.noBudget}</span>
                      ) : (
                        <ul className="grid gap-2">
                          {activity.budgets.map((budget) => (
                            <li key={budget.year} className="relative">
                              {format(t.budgetLine, { year: budget.year, budgeted: formatEuroCents(budget.budgetedCents), spent: spentText(budget.spentCents) })}
                              {budget.spentCents !== null && budget.budgetedCents > 0 ? (
                                <span className="sr-only">
                                  {" "}
                                  ({format(t.spentShare, { percentage: formatPercentage((budget.spentCents / budget.budgetedCents) * 100, 0) })})
                                </span>
                              ) : null}
                              {budget.label ? <span className="block text-sm text-ink-muted">{format(t.budgetLineLabel, { label: budget.label })}</span> : null}
                              <SpendBar budgetedCents={budget.budgetedCents} spentCents={budget.spentCents} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </Td>
                    {editable ? (
                      <Td>
                        <Link href={`/dashboard/plan/${activity.id}`} className="relative">
                          {t.edit}
                          <span className="sr-only"> {activity.title}</span>
                        </Link>
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </Table>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}

function YearHeads({ year }: { year: number }) {
  return (
    <>
      <Th className="text-right">{format(t.columns.budgeted, { year })}</Th>
      <Th className="text-right">{format(t.columns.spent, { year })}</Th>
    </>
  );
}
