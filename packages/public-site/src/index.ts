export { PUBLIC_CSP } from "./csp.ts";
export { DEFAULT_LOCALE, format, isPublicLocale, localeFrom, messagesFor, PUBLIC_CATALOGUES, PUBLIC_LOCALES } from "./locales.ts";
export type { PublicLocale } from "./locales.ts";
export type { PublicMessages } from "./messages/nl.ts";
export { DEFAULT_EXIT_URL, QUICK_EXIT_SCRIPT } from "./quick-exit.ts";
export {
  parsePublicSearch,
  renderMunicipalityPage,
  renderNotFoundPage,
  renderOrganisationPage,
  renderPosterPage,
  renderPrivacyPage,
  renderStartPage,
} from "./render.tsx";
export type { PageContext } from "./render.tsx";
export { MAX_QUERY_LENGTH, normalise, orderForMunicipality, searchPublicHelp } from "./search.ts";
export type { PublicSearch, PublicSearchResult } from "./search.ts";
export { municipalitySlug } from "./slug.ts";
export { worksIn } from "./snapshot.ts";
export type { PublicMunicipality, PublicOrganisation, PublicSnapshot } from "./snapshot.ts";
export { belongsToTopic, isTopicKey, TOPICS } from "./topics.ts";
export type { TopicKey } from "./topics.ts";
