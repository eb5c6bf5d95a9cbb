export const formsNl = {
  errorSummaryTitle: "Er is een probleem",
  conflict: "Iemand anders heeft deze gegevens intussen gewijzigd. Uw invoer is bewaard; laad de pagina opnieuw om de nieuwste gegevens te zien en voer uw wijziging daarna opnieuw in.",
  unexpected: "Er ging iets mis. Probeer het later opnieuw.",
  forbidden: "U heeft geen toestemming voor deze actie.",
  saving: "Bezig met opslaan…",
  required: "Verplicht",
};
