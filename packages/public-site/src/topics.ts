import type { PublicOrganisation } from "./snapshot.ts";

/**
 * The questions residents come with (issue 15), each with the kinds of help that answer it. An
 * organisation belongs to a question when its type is one of `types` or one of its services or
 * target groups contains one of `words` (lower case). Veilig Thuis belongs to every question about
 * a child's safety. The titles and explanations are in the message catalogues under `topics`.
 */
export const TOPICS = [
  {
    key: "zorgen-kind",
    types: ["veilig thuis", "wijkteam", "cjg", "jgz", "huisarts", "jeugdarts", "maatschappelijk werk"],
    words: ["opvoedondersteuning", "schoolmaatschappelijk werk"],
  },
  {
    key: "geweld-thuis",
    types: ["veilig thuis", "politie", "wijkteam", "maatschappelijk werk", "vrouwenopvang"],
    words: ["huiselijk geweld", "crisisinterventie", "crisisopvang"],
  },
  {
    key: "opvoeden",
    types: ["cjg", "opvoedondersteuning", "wijkteam", "jgz"],
    words: ["opvoed"],
  },
  {
    key: "scheiding",
    types: ["wijkteam", "cjg"],
    words: ["scheiding", "echtscheiding"],
  },
  {
    key: "jongeren",
    types: ["jongerenwerk", "jeugdarts", "wijkteam"],
    words: ["jongeren", "jongerenwerk"],
  },
] as const satisfies readonly { key: string; types: readonly string[]; words: readonly string[] }[];

export type TopicKey = (typeof TOPICS)[number]["key"];

export function isTopicKey(value: unknown): value is TopicKey {
  return TOPICS.some((topic) => topic.key === value);
}

export function belongsToTopic(organisation: PublicOrganisation, key: TopicKey): boolean {
  const topic = TOPICS.find((candidate) => candidate.key === key);
  if (!topic) return false;
  const type = organisation.type.toLowerCase();
  if ((topic.types as readonly string[]).includes(type)) return true;
  const texts = [...organisation.services, ...organisation.targetGroups].map((text) => text.toLowerCase());
  return topic.words.some((word) => texts.some((text) => text.includes(word)));
}
