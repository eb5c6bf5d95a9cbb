import type { ContactRole, ContactVisibility, LegalFrame, OrganisationStatus, Sector } from "@kk/db";

/**
 * Dutch labels for the sociale kaart enums, shared by search, organisation page, management,
 * freshness and import. Add keys additively; the enum records are checked against the schema.
 */
export const socialeKaartNl = {
  sectors: {
    MEDISCH: "Medisch",
    JEUGDHULP_SOCIAAL_WERK: "Jeugdhulp en sociaal werk",
    ONDERWIJS: "Onderwijs",
    BESCHERMINGSKETEN: "Beschermingsketen",
    GEMEENTE: "Gemeente",
    VOLWASSENENZORG: "Volwassenenzorg",
    OVERIG: "Overig",
  } satisfies Record<Sector, string>,
  /** Short label, shown on every search result and on the organisation page. */
  legalFrames: {
    CONSENT_REQUIRED: "Vrijwillig kader: alleen met toestemming",
    WITHOUT_CONSENT: "Mag zonder toestemming handelen",
    WITHOUT_CONSENT_DURING_ORDER: "Zonder toestemming tijdens een kinderbeschermingsmaatregel",
    WITHOUT_CONSENT_DURING_SUPERVISION: "Zonder toestemming bij gedwongen toezicht en begeleiding",
  } satisfies Record<LegalFrame, string>,
  /** One plain sentence per frame (domain.md, "Legal position of organisations", Tabel 2). */
  legalFrameExplanations: {
    CONSENT_REQUIRED:
      "Werkt alleen met toestemming van de cliënt (vrijwillig kader); heeft meldrecht bij Veilig Thuis en mag op verzoek informatie geven aan de Raad voor de Kinderbescherming.",
    WITHOUT_CONSENT:
      "Mag zonder toestemming van de cliënt handelen en informatie opvragen; mag gegevens delen met andere organisaties die zonder toestemming mogen handelen.",
    WITHOUT_CONSENT_DURING_ORDER:
      "Mag alleen zonder toestemming handelen zolang er een kinderbeschermingsmaatregel (zoals een ondertoezichtstelling) loopt; daarbuiten is toestemming nodig.",
    WITHOUT_CONSENT_DURING_SUPERVISION:
      "Staat bij de organisaties die zonder toestemming mogen handelen alleen bij gedwongen toezicht en begeleiding (reclassering); daarbuiten geeft de bron geen regel.",
  } satisfies Record<LegalFrame, string>,
  contactRoles: {
    AANDACHTSFUNCTIONARIS: "Aandachtsfunctionaris kindermishandeling",
    ESCALATIE_AANSPREEKPUNT: "Aanspreekpunt bij escalatie",
    PRIVACY_OFFICER: "Privacy officer / functionaris gegevensbescherming",
    JURIST: "Jurist",
    LEIDINGGEVENDE: "Leidinggevende",
    INFORMATIEVERZOEKEN: "Aanspreekpunt voor informatieverzoeken",
    ALGEMEEN: "Algemeen contact",
  } satisfies Record<ContactRole, string>,
  contactVisibility: {
    SIGNED_IN: "Zichtbaar voor alle ingelogde gebruikers",
    COORDINATORS: "Alleen zichtbaar voor coördinatoren en beheerders",
  } satisfies Record<ContactVisibility, string>,
  organisationStatus: {
    ACTIVE: "Actief",
    INACTIVE: "Niet actief",
    CLOSED: "Opgeheven",
  } satisfies Record<OrganisationStatus, string>,
  search: {
    title: "Sociale kaart",
    intro: "Zoek organisaties in de keten rond kindveiligheid: wat ze doen, of ze zonder toestemming mogen handelen en wie u kunt bellen.",
    newOrganisation: "Nieuwe organisatie",
    formLabel: "Zoeken in de sociale kaart",
    queryLabel: "Zoek organisatie, dienst of functie",
    queryHint: "Bijvoorbeeld: Veilig Thuis, opvoedondersteuning of jeugdarts. Een tikfout is niet erg.",
    submit: "Zoeken",
    filtersSummary: "Filters",
    filtersActive: "Filters ({count} gekozen)",
    filtersApply: "Filters toepassen",
    filtersClear: "Alles wissen",
    filterGroups: {
      sector: "Sector",
      legalFrame: "Wettelijk kader",
      type: "Soort organisatie",
      area: "Wijk",
      service: "Dienst",
      contactRole: "Heeft een contactpersoon voor",
    },
    facetCount: "({count})",
    resultsHeading: "Zoekresultaten",
    countNone: "Geen organisaties gevonden",
    countOne: "1 organisatie gevonden",
    countMany: "{count} organisaties gevonden",
    countAtLeast: "{count} of meer organisaties gevonden",
    /** The count stopped at its limit (docs/adr/0008-search.md, "Broad queries"). */
    countMoreThan: "Meer dan {count} organisaties gevonden",
    windowed: "Alleen de eerste {count} organisaties worden getoond. Maak uw zoekopdracht preciezer of kies een filter.",
    approximate: "Geen organisaties gevonden met precies deze woorden. Dit zijn organisaties die erop lijken; controleer de spelling.",
    pageOf: "pagina {page} van {pageCount}",
    pageOfMore: "pagina {page} van meer dan {pageCount}",
    resultsFor: "voor “{q}”",
    legalFrameLabel: "Wettelijk kader:",
    servicesLabel: "Diensten",
    verifiedOn: "Gecontroleerd op {date}",
    stale: "Verouderd",
    staleSince: "laatst gecontroleerd op {date}",
    neverVerified: "nog nooit gecontroleerd",
    noResultsTitle: "Geen organisaties gevonden",
    noResultsHelp: [
      "Controleer de spelling of gebruik een ander woord, bijvoorbeeld de soort organisatie (“huisarts”) of een functie (“jeugdverpleegkundige”).",
      "Zet een of meer filters uit.",
      "Staat een organisatie er echt niet in? Meld het bij de aandachtsfunctionaris (coördinator) van de gemeente.",
    ],
    pagination: "Paginering zoekresultaten",
    previous: "Vorige",
    next: "Volgende",
    pageLink: "Pagina {page}",
  },
};

export type SocialeKaartMessages = typeof socialeKaartNl;
