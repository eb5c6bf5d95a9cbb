/**
 * Dutch text for the calendar parts of werkateliers (issue 5): the .ics file per meeting, the
 * personal agenda link (/werkateliers/agenda) and the coordinator's job settings
 * (/werkateliers/instellingen).
 */
export const werkateliersAgendaNl = {
  section: {
    heading: "In uw agenda",
    download: "Zet in mijn agenda (.ics)",
    downloadHint: "Een agendabestand voor Outlook, Google Agenda of Apple Agenda, met de juiste tijd (Nederlandse tijd).",
    feedLink: "Al uw aanmeldingen automatisch in uw agenda",
  },
  feed: {
    title: "Agenda-koppeling",
    intro:
      "Met een persoonlijke agenda-link ziet u de bijeenkomsten waarvoor u bent aangemeld (ook als u op de wachtlijst staat) automatisch in uw eigen agenda. Een geannuleerde bijeenkomst verdwijnt daar vanzelf.",
    backToList: "Alle werkateliers en bijeenkomsten",
    statusHeading: "Uw agenda-link",
    none: "U heeft nog geen agenda-link.",
    active: "U heeft een agenda-link, gemaakt op {createdAt}.",
    lastUsed: "Uw agenda-app heeft de link voor het laatst opgehaald op {lastUsedAt}.",
    neverUsed: "Uw agenda-app heeft de link nog niet opgehaald.",
    create: "Agenda-link maken",
    replace: "Nieuwe agenda-link maken",
    replaceHint: "Een nieuwe link vervangt de oude: de oude link werkt daarna niet meer.",
    revoke: "Agenda-link intrekken",
    revokeHint: "Na intrekken werkt de link niet meer. Uw agenda-app toont dan geen bijeenkomsten meer uit het portaal.",
    revoked: "Uw agenda-link is ingetrokken. De link werkt niet meer.",
    createdHeading: "Uw nieuwe agenda-link",
    createdBody:
      "Kopieer deze link nu en voeg hem in uw agenda-app toe als agenda-abonnement (bijvoorbeeld in Outlook: Agenda toevoegen > Abonneren via internet). U ziet de link maar één keer.",
    urlLabel: "Agenda-link",
    secretWarning: "Deze link is geheim: iedereen met de link ziet voor welke bijeenkomsten u bent aangemeld. Deel hem niet. Trek hem in als u denkt dat iemand anders hem heeft.",
    working: "Bezig…",
  },
  settings: {
    title: "Instellingen werkateliers",
    intro: "Twee instellingen voor de dagelijkse taken van de werkateliers: de herinnering aan deelnemers en het bewaren van aanmeldingen.",
    backToList: "Alle werkateliers en bijeenkomsten",
    current:
      "Deelnemers krijgen {reminderDaysBefore} dagen vóór een bijeenkomst een herinnering. Aanmeldingen van bijeenkomsten die meer dan {retentionYears} jaar geleden zijn afgelopen, worden teruggebracht tot aantallen per organisatie en sector.",
    reminderLabel: "Herinnering, dagen vóór de bijeenkomst",
    reminderHint: "Een heel aantal dagen van 1 tot en met 30. Standaard 3. Alleen wie is aangemeld krijgt een herinnering, één keer.",
    retentionLabel: "Aanmeldingen bewaren, in jaren",
    retentionHint:
      "Een heel aantal jaren van 1 tot en met 10. Standaard 2. Daarna verdwijnen namen, e-mailadressen en opmerkingen; alleen het aantal aangemelden en aanwezigen per organisatie en sector blijft.",
    submit: "Instellingen opslaan",
    saved: "Opgeslagen: herinnering {reminderDaysBefore} dagen vooraf, aanmeldingen {retentionYears} jaar bewaren.",
  },
};
