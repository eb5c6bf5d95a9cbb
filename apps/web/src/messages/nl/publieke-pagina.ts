/**
 * Issue 15, item 5: the coordinator edits the public residents' page "Zorgen over een kind?"
 * (/beheer/publieke-pagina; docs/public-site.md "Beheer door de coördinator").
 */
export const publiekePaginaNl = {
  title: "Publieke pagina",
  caption: "Beheer",
  intro:
    "Op de publieke pagina lezen inwoners wat ze kunnen doen als ze zich zorgen maken over een kind, en waar ze in de gemeente terechtkunnen. Hier schrijft u de introductie en kiest u welke organisaties bovenaan staan. De vaste teksten (112, Veilig Thuis, De Kindertelefoon) staan er altijd.",
  forMunicipality: "Gemeente {name}",
  viewPublicPage: "Bekijk de publieke pagina",
  viewPublicPageHint: "(opent de pagina zoals inwoners die zien, na opslaan)",
  municipalityPicker: {
    label: "Gemeente",
    hint: "Van welke gemeente wilt u de publieke pagina aanpassen?",
    show: "Toon",
  },
  form: {
    introLabel: {
      nl: "Introductie (Nederlands)",
      en: "Introductie (Engels)",
    },
    introHint:
      "Schrijf op taalniveau B1: korte zinnen, gewone woorden. Een lege regel begint een nieuwe alinea. Hoogstens {max} tekens.",
    defaultIs: "Laat u het veld leeg, dan staat er de standaardtekst:",
    featured: {
      legend: "Eerst tonen",
      hint: "Deze organisaties staan bovenaan de lokale hulp, in deze volgorde. Alleen openbare, actieve organisaties die in de gemeente werken. Hoogstens {max}.",
      empty: "U heeft nog geen organisaties gekozen. De pagina toont de lokale hulp dan in de gewone volgorde.",
      up: "Omhoog",
      down: "Omlaag",
      remove: "Verwijderen",
      /** After the visible button text, for screen readers: which organisation. */
      itemSuffix: ": {name}",
      addLabel: "Organisatie toevoegen",
      addHint: "Kies een organisatie en druk op Toevoegen.",
      addPlaceholder: "Kies een organisatie",
      add: "Toevoegen",
      addNothingChosen: "Kies eerst een organisatie om toe te voegen.",
      full: "U heeft het maximum van {max} organisaties bereikt. Verwijder er een om een andere toe te voegen.",
      noCandidates: "Er zijn geen openbare organisaties die in deze gemeente werken.",
      announceAdded: "{name} toegevoegd op plaats {position} van {count}.",
      announceMoved: "{name} staat nu op plaats {position} van {count}.",
      announceRemoved: "{name} verwijderd uit de lijst.",
    },
    preview: "Voorbeeld bekijken",
    previewing: "Voorbeeld maken…",
    previewLanguage: "Taal van het voorbeeld",
    previewHeading: "Voorbeeld (nog niet opgeslagen)",
    previewFrameTitle: "Voorbeeld van de publieke pagina",
    submit: "Opslaan",
    saved: "De publieke pagina is opgeslagen. Inwoners zien de nieuwe tekst en volgorde meteen.",
  },
  languageNames: {
    nl: "Nederlands",
    en: "Engels",
  },
};
