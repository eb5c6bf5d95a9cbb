export const areasNl = {
  "sociale-kaart": {
    title: "Sociale kaart",
    body: "Hier komt de sociale kaart: een overzicht van de organisaties in de keten, hun wettelijk kader, contactpersonen en bereikbaarheid. Partnerorganisaties houden hier hun eigen gegevens actueel.",
  },
  convenanten: {
    title: "Convenanten",
    body: "Hier komen de convenanten en samenwerkingsafspraken tussen organisaties, met wie zich eraan heeft verbonden en wat er is afgesproken over het delen van gegevens.",
  },
  escalatie: {
    title: "Escalatie",
    body: "Hier komt de escalatieroute: wie u kunt inschakelen als een samenwerking rond de veiligheid van een kind vastloopt, per organisatie en per niveau.",
  },
  werkateliers: {
    title: "Werkateliers",
    body: "Hier komen de werkateliers en bijeenkomsten voor professionals in de keten, met de mogelijkheid om u aan te melden.",
  },
  dashboard: {
    title: "Dashboard",
    body: "Hier komt het dashboard met geanonimiseerde cijfers over de samenwerking in de keten. Kleine aantallen worden niet getoond.",
  },
  comingSoon: "Nog niet beschikbaar: dit onderdeel is nog in ontwikkeling.",
  organisationsHeading: "Organisaties in de keten",
  organisationsEmpty: "Er zijn nog geen organisaties vastgelegd.",
  organisationColumns: { name: "Naam", sector: "Sector", legalFrame: "Wettelijk kader" },
  sectors: {
    MEDISCH: "Medisch",
    JEUGDHULP_SOCIAAL_WERK: "Jeugdhulp en sociaal werk",
    ONDERWIJS: "Onderwijs",
    BESCHERMINGSKETEN: "Beschermingsketen",
    GEMEENTE: "Gemeente",
    VOLWASSENENZORG: "Volwassenenzorg",
    OVERIG: "Overig",
  } as Record<string, string>,
  legalFrames: {
    CONSENT_REQUIRED: "Vrijwillig kader (met toestemming)",
    WITHOUT_CONSENT: "Mag zonder toestemming handelen",
    WITHOUT_CONSENT_DURING_ORDER: "Zonder toestemming tijdens een kinderbeschermingsmaatregel",
    WITHOUT_CONSENT_DURING_SUPERVISION: "Zonder toestemming bij gedwongen toezicht en begeleiding",
  } as Record<string, string>,
};
