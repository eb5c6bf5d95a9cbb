import { dashboardCijfersChartsNl } from "./dashboard-cijfers-charts";

/** The coordinator's Veilig Thuis dashboard and its charts. */
export const dashboardCijfersNl = {
  /** Helper C (vt-charts): the shared charts' texts. */
  charts: dashboardCijfersChartsNl,
};
