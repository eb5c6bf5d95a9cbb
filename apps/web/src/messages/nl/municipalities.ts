// Issue 18, part D: the municipalities of a region install (/beheer/gemeenten).
export const municipalitiesNl = {
  intro: "De gemeenten van de regio die dit portaal bedient. De sociale kaart, regionale convenanten en werkateliers zijn gedeeld; cijfers, doelen, het plan van aanpak en de raadsweergave zijn per gemeente.",
  tableCaption: "Gemeenten in dit portaal",
  columns: {
    name: "Gemeente",
    code: "CBS-code",
    vtRegion: "Veilig Thuis-regio",
    wijken: "Wijken",
    users: "Gebruikers",
    organisations: "Organisaties",
  },
  demo: "(demo)",
  noRegion: "Geen regio",
  empty: "Er zijn nog geen gemeenten.",
  add: {
    heading: "Gemeente toevoegen",
    intro: "Voeg een gemeente van de regio toe. Daarna kunt u gebruikers aan de gemeente koppelen en haar cijfers importeren.",
    code: "CBS-gemeentecode",
    codeHint: "GM en vier cijfers, bijvoorbeeld GM0505 voor Dordrecht.",
    name: "Naam",
    vtRegion: "Veilig Thuis-regio (niet verplicht)",
    vtRegionHint: "De code van de regio, bijvoorbeeld VT-ZHZ. Laat leeg als het portaal één regio heeft.",
    submit: "Gemeente toevoegen",
    added: "Gemeente {name} ({code}) is toegevoegd.",
  },
};
