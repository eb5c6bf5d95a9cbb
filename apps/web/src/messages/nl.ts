/**
 * Dutch UI text. Every string the user sees lives here so that a second language is one more
 * file of the same sections (`Messages`), see docs/adr/0006. Placeholders like {name} are filled in
 * by `format()` in ./format.ts. One named export per section (read through ./catalogue.ts), so a
 * client component ships only the sections it uses.
 */
export { afwegenNl as afwegen } from "./nl/afwegen";
export { cijfersBeheerNl as cijfersBeheer } from "./nl/cijfers-beheer";
export { dashboardCijfersNl as dashboardCijfers } from "./nl/dashboard-cijfers";
export { dashboardRaadNl as dashboardRaad } from "./nl/dashboard-raad";
export { planVanAanpakNl as planVanAanpak } from "./nl/plan-van-aanpak";
export { informatieverzoekNl as informatieverzoek } from "./nl/informatieverzoek";
export { bronnenNl as bronnen } from "./nl/bronnen";
export { wachtwoordNl as wachtwoord } from "./nl/wachtwoord";
export { tweestapsverificatieNl as twoFactor } from "./nl/tweestapsverificatie";
export { werkateliersUitkomstenNl as werkateliersUitkomsten } from "./nl/werkateliers-uitkomsten";
export { werkateliersNl as werkateliers } from "./nl/werkateliers";
export { werkateliersAanmeldingNl as werkateliersAanmelding } from "./nl/werkateliers-aanmelding";
export { werkateliersAgendaNl as werkateliersAgenda } from "./nl/werkateliers-agenda";
export { freshnessNl as freshness } from "./nl/freshness";
export { directoryImportNl as directoryImport } from "./nl/directory-import";
export { socialeKaartNl as socialeKaart } from "./nl/sociale-kaart";
export { socialeKaartBeheerNl as socialeKaartBeheer } from "./nl/sociale-kaart-beheer";
export { organisationReadNl as organisationRead } from "./nl/organisation-read";
export { magIkDelenPaarNl as magIkDelenPaar } from "./nl/mag-ik-delen-paar";
export { convenantenNl as convenanten } from "./nl/convenanten";
export { convenantenDocumentenNl as convenantenDocumenten } from "./nl/convenanten-documenten";
export { convenantenRegistryNl as convenantenRegistry } from "./nl/convenanten-registry";
export { convenantenDekkingNl as convenantenDekking } from "./nl/convenanten-dekking";
export { convenantenHerinneringenNl as convenantenHerinneringen } from "./nl/convenanten-herinneringen";
export { databaseUnavailableNl as databaseUnavailable } from "./nl/database-unavailable";
export { sessiesNl as sessies } from "./nl/sessies";
export { regioVergelijkingNl as regioVergelijking } from "./nl/regio-vergelijking";
export { regioGedeeldNl as regioGedeeld } from "./nl/regio-gedeeld";
export { publiekePaginaNl as publiekePagina } from "./nl/publieke-pagina";
export { appNl as app } from "./nl/app";
export { navNl as nav } from "./nl/nav";
export { accountNl as account } from "./nl/account";
export { rolesNl as roles } from "./nl/roles";
export { signInNl as signIn } from "./nl/sign-in";
export { homeNl as home } from "./nl/home";
export { areasNl as areas } from "./nl/areas";
export { usersNl as users } from "./nl/users";
export { municipalitiesNl as municipalities } from "./nl/municipalities";
export { auditNl as audit } from "./nl/audit";
export { formsNl as forms } from "./nl/forms";
export { errorsNl as errors } from "./nl/errors";
