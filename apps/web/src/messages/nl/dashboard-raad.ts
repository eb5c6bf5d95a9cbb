/** The council's view and its print layout. */
export const dashboardRaadNl = {};
