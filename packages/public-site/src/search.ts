import type { PublicMunicipality, PublicOrganisation, PublicSnapshot } from "./snapshot.ts";
import { worksIn } from "./snapshot.ts";
import { belongsToTopic, type TopicKey } from "./topics.ts";

/** What a resident asked: a word, a wijk, a question (all optional). */
export interface PublicSearch {
  q: string;
  wijk: string | null;
  topic: TopicKey | null;
}

export const MAX_QUERY_LENGTH = 100;

export interface PublicSearchResult {
  /** Organisations in the chosen wijk, or all matches when no wijk was chosen. */
  local: PublicOrganisation[];
  /** With a wijk chosen: matches that serve the whole municipality or region (no wijk of their own). */
  everyone: PublicOrganisation[];
  total: number;
}

/**
 * The public help of a municipality that matches the search, the coordinator's organisations first
 * (in their order), then by name. Every word of `q` must occur in the organisation's name, type,
 * description, services, target groups or wijk (accents and case ignored). Region-wide and
 * municipality-wide organisations have no wijk of their own and are listed for every wijk.
 */
export function searchPublicHelp(snapshot: PublicSnapshot, municipality: PublicMunicipality, search: PublicSearch): PublicSearchResult {
  const words = normalise(search.q).split(/[^a-z0-9]+/).filter(Boolean);
  const wijken = new Set(municipality.wijken.map(normalise));
  const wijk = search.wijk === null ? null : normalise(search.wijk);
  const matches = snapshot.organisations.filter(
    (organisation) =>
      worksIn(organisation, municipality.code) &&
      (search.topic === null || belongsToTopic(organisation, search.topic)) &&
      words.every((word) => haystack(organisation).includes(word)),
  );
  const ordered = orderForMunicipality(matches, municipality);
  if (wijk === null) return { local: ordered, everyone: [], total: ordered.length };
  const local = ordered.filter((organisation) => normalise(organisation.area) === wijk);
  const everyone = ordered.filter((organisation) => !wijken.has(normalise(organisation.area)));
  return { local, everyone, total: local.length + everyone.length };
}

/** Featured organisations first, in the coordinator's order; then alphabetical (Dutch). */
export function orderForMunicipality(organisations: PublicOrganisation[], municipality: PublicMunicipality): PublicOrganisation[] {
  const rank = new Map(municipality.featuredOrganisationIds.map((id, index) => [id, index]));
  return [...organisations].sort((a, b) => {
    const ra = rank.get(a.id) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b.id) ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra - rb;
    return a.name.localeCompare(b.name, "nl");
  });
}

export function isFeatured(organisation: PublicOrganisation, municipality: PublicMunicipality): boolean {
  return municipality.featuredOrganisationIds.includes(organisation.id);
}

const haystacks = new WeakMap<PublicOrganisation, string>();

function haystack(organisation: PublicOrganisation): string {
  let text = haystacks.get(organisation);
  if (text === undefined) {
    text = normalise(
      [organisation.name, organisation.type, organisation.description, organisation.area, ...organisation.services, ...organisation.targetGroups].join(" "),
    );
    haystacks.set(organisation, text);
  }
  return text;
}

export function normalise(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}
