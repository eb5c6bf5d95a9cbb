export const errorsNl = {
  notFoundTitle: "Pagina niet gevonden",
  notFoundBody: "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.",
  forbiddenTitle: "Geen toegang",
  forbiddenBody: "U heeft met uw rol geen toegang tot deze pagina.",
  errorTitle: "Er ging iets mis",
  errorBody: "Er is een onverwachte fout opgetreden. Probeer het opnieuw of kom later terug.",
  retry: "Opnieuw proberen",
  backHome: "Naar de startpagina",
};
