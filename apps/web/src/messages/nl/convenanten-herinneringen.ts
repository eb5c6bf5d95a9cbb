/**
 * Dutch text for "Verloopt binnenkort" (/convenanten/verloopt-binnenkort): the list of active
 * agreements whose end or review date is near, and the two reminder settings (issue 4).
 */
export const convenantenHerinneringenNl = {
  title: "Verloopt binnenkort",
  intro:
    "Actieve afspraken waarvan de einddatum of de evaluatiedatum binnenkort is. De eigenaar krijgt daarover op tijd een e-mail; na de einddatum zet het portaal de afspraak 's nachts op verlopen.",
  backToList: "Alle convenanten en afspraken",
  listHeading: "Afspraken",
  listCaption: "Actieve afspraken met een einddatum of evaluatiedatum binnenkort",
  listWindow: "Einddatum binnen {beforeEnd} dagen of evaluatiedatum binnen {beforeReview} dagen, vanaf vandaag ({today}).",
  countOne: "1 afspraak.",
  countMany: "{count} afspraken.",
  empty: "Geen actieve afspraken met een einddatum of evaluatiedatum binnen deze termijnen.",
  columns: {
    agreement: "Afspraak",
    when: "Wat en wanneer",
    owner: "Eigenaar",
    parties: "Partijen",
  },
  endsOn: "Einddatum",
  reviewOn: "Evaluatie",
  daysLeft: {
    today: "vandaag",
    one: "nog 1 dag",
    many: "nog {count} dagen",
  },
  settingsHeading: "Herinneringen",
  settingsCurrent:
    "De eigenaar van een actieve afspraak krijgt een e-mail {beforeEnd} dagen vóór de einddatum en {beforeReview} dagen vóór de evaluatiedatum. Dezelfde termijnen bepalen welke afspraken hierboven staan.",
  beforeEndLabel: "Dagen vóór de einddatum",
  beforeEndHint: "Een heel aantal dagen van 1 tot en met 365. Standaard 60.",
  beforeReviewLabel: "Dagen vóór de evaluatiedatum",
  beforeReviewHint: "Een heel aantal dagen van 1 tot en met 365. Standaard 14.",
  settingsSubmit: "Termijnen opslaan",
  settingsSaved: "Opgeslagen: herinneringen {beforeEnd} dagen vóór de einddatum en {beforeReview} dagen vóór de evaluatiedatum.",
};
