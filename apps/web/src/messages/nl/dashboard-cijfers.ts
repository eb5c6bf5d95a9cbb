/** The coordinator's Veilig Thuis dashboard and its charts. */
export const dashboardCijfersNl = {};
