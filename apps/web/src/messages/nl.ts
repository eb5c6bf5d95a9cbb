import { organisationReadNl } from "./nl/organisation-read";
import { socialeKaartNl } from "./nl/sociale-kaart";
import { socialeKaartBeheerNl } from "./nl/sociale-kaart-beheer";
import { freshnessNl } from "./nl/freshness";
import { directoryImportNl } from "./nl/directory-import";
import { convenantenNl } from "./nl/convenanten";
import { convenantenDocumentenNl } from "./nl/convenanten-documenten";
import { convenantenRegistryNl } from "./nl/convenanten-registry";
import { convenantenDekkingNl } from "./nl/convenanten-dekking";
import { convenantenHerinneringenNl } from "./nl/convenanten-herinneringen";
import { werkateliersNl } from "./nl/werkateliers";
import { werkateliersAanmeldingNl } from "./nl/werkateliers-aanmelding";
import { werkateliersUitkomstenNl } from "./nl/werkateliers-uitkomsten";
import { werkateliersAgendaNl } from "./nl/werkateliers-agenda";
import { cijfersBeheerNl } from "./nl/cijfers-beheer";
import { dashboardCijfersNl } from "./nl/dashboard-cijfers";
import { dashboardRaadNl } from "./nl/dashboard-raad";
import { planVanAanpakNl } from "./nl/plan-van-aanpak";
import { afwegenNl } from "./nl/afwegen";
import { magIkDelenPaarNl } from "./nl/mag-ik-delen-paar";
import { informatieverzoekNl } from "./nl/informatieverzoek";
import { bronnenNl } from "./nl/bronnen";
import { wachtwoordNl } from "./nl/wachtwoord";
import { tweestapsverificatieNl } from "./nl/tweestapsverificatie";
import { databaseUnavailableNl } from "./nl/database-unavailable";
import { sessiesNl } from "./nl/sessies";
import { regioVergelijkingNl } from "./nl/regio-vergelijking";
import { regioGedeeldNl } from "./nl/regio-gedeeld";
import { publiekePaginaNl } from "./nl/publieke-pagina";

/**
 * Dutch UI text. Every string the user sees lives here so that a second language is one more
 * file of the same shape (`Messages`), see docs/adr/0006.
 * Placeholders like {name} are filled in by `format()` in ./index.ts.
 */
export const nl = {
  afwegen: afwegenNl,
  cijfersBeheer: cijfersBeheerNl,
  dashboardCijfers: dashboardCijfersNl,
  dashboardRaad: dashboardRaadNl,
  planVanAanpak: planVanAanpakNl,
  informatieverzoek: informatieverzoekNl,
  bronnen: bronnenNl,
  wachtwoord: wachtwoordNl,
  twoFactor: tweestapsverificatieNl,
  werkateliersUitkomsten: werkateliersUitkomstenNl,
  werkateliers: werkateliersNl,
  werkateliersAanmelding: werkateliersAanmeldingNl,
  werkateliersAgenda: werkateliersAgendaNl,
  freshness: freshnessNl,
  directoryImport: directoryImportNl,
  socialeKaart: socialeKaartNl,
  socialeKaartBeheer: socialeKaartBeheerNl,
  organisationRead: organisationReadNl,
  magIkDelenPaar: magIkDelenPaarNl,
  convenanten: convenantenNl,
  convenantenDocumenten: convenantenDocumentenNl,
  convenantenRegistry: convenantenRegistryNl,
  convenantenDekking: convenantenDekkingNl,
  convenantenHerinneringen: convenantenHerinneringenNl,
  databaseUnavailable: databaseUnavailableNl,
  sessies: sessiesNl,
  regioVergelijking: regioVergelijkingNl,
  regioGedeeld: regioGedeeldNl,
  publiekePagina: publiekePaginaNl,
  app: {
    name: "Ketenportaal Kindveiligheid",
    titleTemplate: "%s | Ketenportaal Kindveiligheid",
    description: "Het portaal voor de samenwerking rond kindveiligheid in de gemeente.",
    demoBadge: "Demo-omgeving",
    demoNotice: "Dit is een demo-omgeving met fictieve gegevens.",
    skipLink: "Naar de inhoud",
    footer: "Ketenportaal Kindveiligheid — een voorziening van de gemeente.",
  },
  nav: {
    label: "Hoofdnavigatie",
    menuButton: "Menu",
    home: "Start",
    items: {
      "sociale-kaart": "Sociale kaart",
      "mag-ik-delen": "Mag ik delen?",
      convenanten: "Convenanten",
      escalatie: "Escalatie",
      werkateliers: "Werkateliers",
      dashboard: "Dashboard",
      "beheer-gebruikers": "Gebruikers",
      audit: "Auditlog",
      "beheer-sociale-kaart": "Actualiteit sociale kaart",
      "beheer-netwerk": "Hiaten in het netwerk",
      "beheer-outbox": "Verzonden e-mail",
      "beheer-cijfers": "Cijfers Veilig Thuis",
      "beheer-gemeenten": "Gemeenten",
      "beheer-publieke-pagina": "Publieke pagina",
    },
  },
  account: {
    label: "Uw account",
    signedInAs: "Ingelogd als {name}",
    municipality: "Gemeente {name}",
    signOut: "Uitloggen",
  },
  roles: {
    BEHEERDER: "Beheerder",
    COORDINATOR: "Aandachtsfunctionaris (coördinator)",
    PARTNER: "Partnerorganisatie",
    PROFESSIONAL: "Professional",
    RAAD: "Gemeenteraad",
    REGIO_COORDINATOR: "Regionaal coördinator",
  },
  signIn: {
    title: "Inloggen",
    intro: "Log in met het e-mailadres en wachtwoord van uw account.",
    /** For a resident who landed here (issue 15): the public page needs no account. */
    residents: "Geen professional, maar maakt u zich zorgen over een kind?",
    residentsLink: "Naar de hulp voor inwoners",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    submitting: "Bezig met inloggen…",
    oidc: "Inloggen met {name}",
    or: "of",
    failed: "E-mailadres of wachtwoord is onjuist, of u heeft te vaak geprobeerd. Probeer het opnieuw.",
    accessDenied: "U heeft geen toegang tot het portaal met dit account. Neem contact op met de beheerder.",
    emailRequired: "Vul uw e-mailadres in",
    passwordRequired: "Vul uw wachtwoord in",
    signedOut: "U bent uitgelogd.",
  },
  home: {
    title: "Start",
    welcome: "Welkom, {name}",
    role: "U bent ingelogd als {role}.",
    areasHeading: "Waar wilt u naartoe?",
    noAreas: "Er zijn voor uw rol nog geen onderdelen beschikbaar.",
    cards: {
      "sociale-kaart": "Zoek organisaties en contactpersonen in de keten.",
      "mag-ik-delen": "Zie wat de regels zeggen over het delen van informatie tussen twee organisaties.",
      convenanten: "Bekijk de afspraken tussen organisaties over samenwerking en gegevensdeling.",
      escalatie: "Vind de escalatieroute als een samenwerking vastloopt.",
      werkateliers: "Bekijk en meld u aan voor werkateliers en bijeenkomsten.",
      dashboard: "Bekijk cijfers over de samenwerking in de keten.",
      "beheer-gebruikers": "Maak accounts aan, wijzig rollen en zet accounts op non-actief.",
      audit: "Bekijk wie wat heeft gewijzigd in het portaal.",
      "beheer-sociale-kaart": "Zie welke organisaties hun gegevens lang niet hebben gecontroleerd en wie geen escalatiecontact heeft.",
      "beheer-netwerk": "Zie welke organisaties geen geldende afspraak, geen escalatiecontact of geen recente controle hebben.",
      "beheer-outbox": "Bekijk de e-mail die het portaal heeft verstuurd of klaargezet.",
      "beheer-cijfers": "Importeer of voer de cijfers van Veilig Thuis in, met aantallen kinderen per wijk, en bekijk eerdere versies.",
      "beheer-gemeenten": "Bekijk de gemeenten van de regio in dit portaal en voeg een gemeente toe.",
      "beheer-publieke-pagina": "Schrijf de introductie van de publieke pagina voor inwoners en kies welke organisaties daar eerst staan.",
    },
  },
  areas: {
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
  },
  users: {
    title: "Gebruikers",
    intro: "Beheer de accounts van het portaal.",
    tableCaption: "Alle gebruikers",
    columns: {
      name: "Naam",
      email: "E-mailadres",
      role: "Rol",
      organisation: "Organisatie",
      municipality: "Gemeente",
      active: "Status",
      actions: "Acties",
    },
    active: "Actief",
    inactive: "Niet actief",
    noOrganisation: "Geen organisatie",
    noMunicipality: "Geen gemeente",
    filter: {
      label: "Gebruikers filteren",
      municipality: "Gemeente",
      all: "Alle gemeenten",
      none: "Zonder gemeente (regio)",
      submit: "Filteren",
    },
    edit: "Wijzigen",
    editLabel: "{name} wijzigen",
    createHeading: "Gebruiker toevoegen",
    createSubmit: "Gebruiker opslaan",
    created: "De gebruiker {name} is toegevoegd.",
    editTitle: "Gebruiker wijzigen",
    editSubmit: "Wijzigingen opslaan",
    saved: "De wijzigingen zijn opgeslagen.",
    backToList: "Terug naar gebruikers",
    fields: {
      name: "Naam",
      email: "E-mailadres",
      emailHint: "De gebruiker logt hiermee in.",
      role: "Rol",
      organisation: "Organisatie",
      organisationHint: "Verplicht voor een partnerorganisatie.",
      municipality: "Gemeente",
      municipalityHint: "Verplicht voor een coördinator en een raadslid: zij werken voor één gemeente. Leeg voor een beheerder of regionaal coördinator, die voor de hele regio werken.",
      password: "Tijdelijk wachtwoord",
      passwordHint: "Minimaal 12 tekens. Laat leeg als de gebruiker alleen via single sign-on inlogt.",
      chooseRole: "Kies een rol",
    },
    statusHeading: "Toegang",
    statusActive: "Dit account is actief.",
    statusInactive: "Dit account is niet actief. De gebruiker kan niet inloggen.",
    deactivate: "Deactiveren",
    activate: "Activeren",
    confirmDeactivate: "Weet u zeker dat u {name} wilt deactiveren? De gebruiker verliest direct de toegang.",
    confirmActivate: "Weet u zeker dat u {name} weer wilt activeren?",
    confirmYes: "Ja, {action}",
    cancel: "Annuleren",
    deactivated: "{name} is gedeactiveerd.",
    activated: "{name} is weer actief.",
    notFound: "Deze gebruiker bestaat niet.",
    lastSignIn: "Laatst ingelogd",
    neverSignedIn: "Nog nooit",
  },
  // Issue 18, part D: the municipalities of a region install (/beheer/gemeenten).
  municipalities: {
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
  },
  audit: {
    title: "Auditlog",
    intro: "Alle wijzigingen in het portaal, nieuwste eerst.",
    tableCaption: "Auditgebeurtenissen",
    columns: {
      at: "Tijdstip",
      actor: "Door",
      action: "Actie",
      entity: "Onderwerp",
      changes: "Wijziging",
    },
    system: "Systeem",
    details: "Toon voor en na",
    before: "Voor",
    after: "Na",
    empty: "Geen gebeurtenissen gevonden.",
    filterLabel: "Soort onderwerp",
    filterAll: "Alle onderwerpen",
    filterSubmit: "Filteren",
    first: "Eerste pagina",
    pagination: "Paginering auditlog",
    next: "Volgende pagina",
    page: "Pagina {page}",
    entityTypes: {
      User: "Gebruiker",
      Organisation: "Organisatie",
      Contact: "Contactpersoon",
      LegalReview: "Juridische controle",
    } as Record<string, string>,
  },
  forms: {
    errorSummaryTitle: "Er is een probleem",
    conflict: "Iemand anders heeft deze gegevens intussen gewijzigd. Uw invoer is bewaard; laad de pagina opnieuw om de nieuwste gegevens te zien en voer uw wijziging daarna opnieuw in.",
    unexpected: "Er ging iets mis. Probeer het later opnieuw.",
    forbidden: "U heeft geen toestemming voor deze actie.",
    saving: "Bezig met opslaan…",
    required: "Verplicht",
  },
  errors: {
    notFoundTitle: "Pagina niet gevonden",
    notFoundBody: "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.",
    forbiddenTitle: "Geen toegang",
    forbiddenBody: "U heeft met uw rol geen toegang tot deze pagina.",
    errorTitle: "Er ging iets mis",
    errorBody: "Er is een onverwachte fout opgetreden. Probeer het opnieuw of kom later terug.",
    retry: "Opnieuw proberen",
    backHome: "Naar de startpagina",
  },
};

export type Messages = typeof nl;
