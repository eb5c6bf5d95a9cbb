import { Notice } from "@/components/ui/notice";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { BreakdownSection } from "./breakdown-section";
import { SignalSection, WorkloadSection } from "./count-section";
import { DefinitionBox } from "./definition-box";
import { DashboardFilterForm } from "./filter-form";
import { OutcomeSection } from "./outcome-section";
import { RankingSection } from "./ranking-section";
import type { DashboardFilterInput } from "./search-params";
import { StatusPanel } from "./status-panel";
import type { Overview } from "./types";

const t = messages.dashboardCijfers;

/**
 * The coordinator's Veilig Thuis dashboard (issue 6): the filter, the verdict with its rule, the
 * definition, then one section per reading — outcome (with the target), signals, workload — and the
 * breakdowns and wijken of the chosen period. Every chart or table has its CSV download.
 */
export function CoordinatorDashboard({ overview }: { overview: Overview }) {
  // The links and downloads repeat what the page shows, as the server resolved it.
  const filter: DashboardFilterInput = {
    fromYear: overview.filter.fromYear,
    toYear: overview.filter.toYear,
    periodKind: overview.filter.periodKind,
    ...(overview.filter.periodCode ? { periodCode: overview.filter.periodCode } : {}),
  };
  return (
    <div>
      <p className="mb-6 max-w-3xl">{format(t.intro, { scope: overview.scope.name })}</p>
      <DashboardFilterForm overview={overview} action="/dashboard" />
      <StatusPanel overview={overview} />
      <DefinitionBox overview={overview} />
      {overview.anyProvisional ? <p className="mb-6 max-w-3xl font-semibold">{t.provisionalLegend}</p> : null}
      {overview.periods.length === 0 ? <Notice>{t.noPeriods}</Notice> : null}
      <OutcomeSection overview={overview} filter={filter} />
      <SignalSection overview={overview} filter={filter} />
      <WorkloadSection overview={overview} filter={filter} />
      <BreakdownSection overview={overview} filter={filter} />
      <RankingSection overview={overview} filter={filter} />
    </div>
  );
}
