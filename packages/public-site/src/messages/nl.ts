/**
 * Dutch text of the public residents' pages, language level B1: short sentences, everyday words,
 * "u". Every string a resident sees lives in a catalogue of this shape (`PublicMessages`); a third
 * language is one more file plus one line in ../locales.ts. Placeholders like {name} are filled by
 * `format()`.
 */
export const nl = {
  /** The language's own name, for the language switch. */
  languageName: "Nederlands",
  siteName: "Zorgen over een kind?",
  siteNameFor: "Zorgen over een kind? Gemeente {municipality}",
  skipLink: "Naar de inhoud",
  quickExit: "Snel weg",
  quickExitHint: "Snel weg: deze pagina verdwijnt en u gaat naar een andere website. U kunt ook op de Esc-toets drukken.",
  professionalsSignIn: "Inloggen voor professionals",
  otherLanguage: "Andere taal",

  start: {
    title: "Zorgen over een kind?",
    lead: "Maakt u zich zorgen over een kind? Of is er geweld bij u thuis? U staat er niet alleen voor. Hier leest u wat u nu kunt doen en waar u in uw gemeente terecht kunt.",
    chooseMunicipality: "Kies uw gemeente",
    chooseMunicipalityHint: "Dan ziet u de hulp bij u in de buurt.",
  },

  now: {
    heading: "Wat kunt u nu doen?",
    danger: {
      title: "Is er nu gevaar?",
      text: "Is een kind of iemand anders nu in gevaar? Bel meteen 112.",
      call: "Bel 112",
      number: "112",
    },
    veiligThuis: {
      title: "Advies of een melding: Veilig Thuis",
      text: "Twijfelt u of er iets mis is? Of wilt u iets melden? Bel Veilig Thuis. Het nummer is gratis. U kunt dag en nacht bellen. Advies vragen kan zonder uw naam te noemen. Bij een melding vraagt Veilig Thuis meestal wel wie u bent. Vraag gerust wat er met uw naam gebeurt.",
      call: "Bel Veilig Thuis: 0800-2000",
      number: "0800-2000",
    },
    kindertelefoon: {
      title: "Ben je een kind of tiener? De Kindertelefoon",
      text: "Gebeurt er thuis iets wat niet goed voelt? Praat erover met de Kindertelefoon. Bellen is gratis en anoniem. Je hoeft je naam niet te zeggen.",
      call: "Bel de Kindertelefoon: 0800-0432",
      number: "0800-0432",
    },
    sources: "Bronnen: Veilig Thuis, het landelijke advies- en meldpunt huiselijk geweld en kindermishandeling (0800-2000); plan van aanpak kindermishandeling van de gemeente, thema 2 “Signaleren en handelen”.",
  },

  topics: {
    heading: "Waar gaat uw vraag over?",
    all: "Alle hulp",
    "zorgen-kind": { title: "Ik maak me zorgen over een kind", text: "Een kind in uw buurt, in uw familie of uw eigen kind." },
    "geweld-thuis": { title: "Er is geweld bij ons thuis", text: "Slaan, schreeuwen, bedreigen of iets anders wat niet veilig is." },
    opvoeden: { title: "Ik wil hulp bij het opvoeden", text: "Vragen over opvoeden, gedrag of ontwikkeling van uw kind." },
    scheiding: { title: "We gaan uit elkaar", text: "Hulp bij scheiden, voor ouders en kinderen." },
    jongeren: { title: "Ik ben jong en heb het moeilijk", text: "Voor jongeren die thuis of met zichzelf ergens mee zitten." },
  },

  search: {
    heading: "Zoek hulp in {municipality}",
    queryLabel: "Zoek op woord",
    queryHint: "Bijvoorbeeld: wijkteam, opvoeden, huisarts",
    wijkLabel: "Wijk",
    wijkAll: "Alle wijken",
    topicLabel: "Onderwerp",
    submit: "Zoeken",
    reset: "Wis zoekopdracht",
    resultsFor: "{count} organisaties gevonden",
    resultsForOne: "1 organisatie gevonden",
    noResults: "Geen organisaties gevonden. Probeer een ander woord, of kies “Alle wijken”. Twijfelt u? Bel Veilig Thuis: 0800-2000.",
    inWijk: "In de wijk {wijk}",
    forEveryone: "Voor heel {municipality}",
    featured: "Eerst tonen",
    queryTooLong: "Uw zoekwoord is te lang. Gebruik hoogstens 100 tekens.",
  },

  organisation: {
    phone: "Telefoon",
    call: "Bel {phone}",
    website: "Website",
    address: "Adres",
    openingHours: "Openingstijden",
    email: "E-mail",
    wijk: "Gebied",
    services: "Waarmee kunnen zij helpen?",
    targetGroups: "Voor wie?",
    back: "Terug naar de hulp in {municipality}",
    backGeneric: "Terug naar het overzicht",
    worksIn: "Werkt in",
    wholeRegion: "de hele regio",
  },

  privacy: {
    title: "Privacy en veilig bezoeken",
    body: [
      "Deze pagina's zijn van uw gemeente. Wij willen dat u ze veilig kunt bekijken.",
      "Wij plaatsen geen cookies. Wij meten niet wie de pagina's bekijkt. Wij gebruiken geen diensten van andere bedrijven. Uw browser haalt alles op bij deze website en nergens anders.",
      "Wat u in het zoekveld typt, bewaren wij niet. Het staat wel in de adresbalk en in de geschiedenis van uw browser.",
      "De knop “Snel weg” brengt u meteen naar een andere website. Deze pagina verdwijnt dan ook uit de knop Terug van uw browser. Andere pagina's die u eerder hebt bekeken, staan nog wel in de geschiedenis.",
      "Wilt u niet dat iemand ziet dat u hier was? Gebruik dan een privévenster (incognito), of wis daarna de geschiedenis van uw browser.",
    ],
    contact: "Vragen over privacy? Neem contact op met uw gemeente.",
  },

  poster: {
    title: "Poster",
    linkText: "Poster om op te hangen (A4)",
    heading: "Zorgen over een kind?",
    sub: "Of geweld bij u thuis? U staat er niet alleen voor.",
    scan: "Scan de code voor hulp in {municipality}",
    printHint: "Druk deze pagina af op A4 (staand). De knoppen en deze uitleg worden niet afgedrukt.",
  },

  footer: {
    privacy: "Privacy en veilig bezoeken",
    owner: "Een pagina van Gemeente {municipality}",
    ownerRegion: "Een pagina van de gemeenten in de regio",
  },

  notFound: {
    title: "Pagina niet gevonden",
    text: "Deze pagina bestaat niet (meer). Hulp nodig? Bel Veilig Thuis: 0800-2000. Is er nu gevaar? Bel 112.",
    back: "Naar de startpagina",
  },

  unavailable: {
    title: "Even niet beschikbaar",
    text: "Deze pagina is even niet beschikbaar. Hulp nodig? Bel Veilig Thuis: 0800-2000. Is er nu gevaar? Bel 112.",
  },

  defaultIntro:
    "Kinderen moeten veilig opgroeien. Soms gaat dat thuis niet goed. Dan is het belangrijk dat iemand iets doet. Op deze pagina vindt u hulp bij u in de buurt.",
};

export type PublicMessages = typeof nl;
