/** The 503 page while the database is down or restarting (issue 14, fault test; apps/web/src/lib/database-outage.ts). */
export const databaseUnavailableNl = {
  title: "Even niet beschikbaar",
  body: "De portal is even niet beschikbaar. Probeer het over een paar minuten opnieuw.",
  saved: "Wat u eerder hebt opgeslagen, blijft bewaard. Had u net iets verstuurd, controleer dan straks of het is opgeslagen.",
  retry: "Opnieuw proberen",
};
