import type { Db } from "@kk/db";

/**
 * Spelling correction for the search, per word, against the words that occur in the directory
 * (ADR 0008). A misspelt word ("tuis", "leerplcht") is replaced by the closest directory words
 * ("thuis", "leerplicht") so the full-text index can answer; that is far cheaper than matching
 * the whole query against every search document by trigrams.
 *
 * The word list is read from the trigger-maintained "searchText" (so it holds only what any
 * signed-in user may find) and kept in memory per database client for VOCABULARY_TTL_MS; an
 * organisation added since is still found by exact words at once, and by its misspellings after
 * the next refresh (until then the trigram fallback in the query covers it).
 */
export const VOCABULARY_TTL_MS = 5 * 60 * 1000;
const MIN_WORD_LENGTH = 4;
const MIN_SIMILARITY = 0.3;
const ALTERNATIVES = 3;
const MAX_WORDS = 8;

export interface Vocabulary {
  words: Set<string>;
  /** trigram → indexes into `list` */
  byTrigram: Map<string, number[]>;
  list: { word: string; trigrams: number }[];
}

/** Lower case without accents, as the database's lower(unaccent(...)) does for the common cases. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
export function trigramsOf(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export function buildVocabulary(words: Iterable<string>): Vocabulary {
  const vocabulary: Vocabulary = { words: new Set(), byTrigram: new Map(), list: [] };
  for (const word of words) {
    if (vocabulary.words.has(word)) continue;
    vocabulary.words.add(word);
    if (word.length < MIN_WORD_LENGTH - 1 || /^\d+$/.test(word)) continue;
    const trigrams = trigramsOf(word);
    const index = vocabulary.list.push({ word, trigrams: trigrams.size }) - 1;
    for (const trigram of trigrams) {
      const entries = vocabulary.byTrigram.get(trigram);
      if (entries) entries.push(index);
      else vocabulary.byTrigram.set(trigram, [index]);
    }
  }
  return vocabulary;
}

/** The closest directory words by trigram similarity (shared / union), best first. */
export function closestWords(vocabulary: Vocabulary, word: string, limit = ALTERNATIVES): string[] {
  const trigrams = trigramsOf(word);
  const shared = new Map<number, number>();
  for (const trigram of trigrams) {
    for (const index of vocabulary.byTrigram.get(trigram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
  }
  const scored: { word: string; score: number }[] = [];
  for (const [index, count] of shared) {
    const entry = vocabulary.list[index];
    if (!entry) continue;
    const score = count / (trigrams.size + entry.trigrams - count);
    if (score >= MIN_SIMILARITY) scored.push({ word: entry.word, score });
  }
  scored.sort((a, b) => b.score - a.score || a.word.localeCompare(b.word));
  return scored.slice(0, limit).map((s) => s.word);
}

/**
 * A to_tsquery expression with each unknown word ORed with its closest directory words, e.g.
 * "veilig tuis" → `'veilig' & ( 'tuis' | 'thuis' | 'tuin' )`; null when every word is known (or
 * too short to correct), so there is nothing to try beyond the plain full-text query. Words are
 * letters and digits only, so they cannot carry tsquery operators.
 */
export function correctedTsquery(vocabulary: Vocabulary, query: string): string | null {
  const words = wordsOf(query).slice(0, MAX_WORDS);
  let corrected = false;
  const parts = words.map((word) => {
    if (word.length < MIN_WORD_LENGTH || vocabulary.words.has(word) || /^\d+$/.test(word)) return `'${word}'`;
    const alternatives = closestWords(vocabulary, word);
    if (alternatives.length === 0) return `'${word}'`;
    corrected = true;
    return `( ${[word, ...alternatives].map((w) => `'${w}'`).join(" | ")} )`;
  });
  return corrected ? parts.join(" & ") : null;
}

interface CacheEntry {
  vocabulary: Vocabulary | null;
  loadedAt: number;
  loading: Promise<Vocabulary> | null;
}

const cache = new WeakMap<Db, CacheEntry>();

async function loadVocabulary(db: Db): Promise<Vocabulary> {
  const rows = await db.$queryRaw<{ word: string }[]>`
    SELECT "word" FROM ts_stat($$SELECT to_tsvector('simple', "searchText") FROM "Organisation" WHERE "status" = 'ACTIVE'$$)`;
  return buildVocabulary(rows.map((r) => r.word));
}

/** The cached word list; refreshed in the background once it is older than the TTL. */
export async function getVocabulary(db: Db, now: number): Promise<Vocabulary> {
  let entry = cache.get(db);
  if (!entry) {
    entry = { vocabulary: null, loadedAt: 0, loading: null };
    cache.set(db, entry);
  }
  const current = entry;
  if (current.vocabulary && now - current.loadedAt < VOCABULARY_TTL_MS) return current.vocabulary;
  if (!current.loading) {
    current.loading = loadVocabulary(db)
      .then((vocabulary) => {
        current.vocabulary = vocabulary;
        current.loadedAt = Date.now();
        return vocabulary;
      })
      .finally(() => {
        current.loading = null;
      });
    // A failed background refresh keeps the old list; the next search tries again.
    if (current.vocabulary) current.loading.catch(() => undefined);
  }
  // Serve the old list while a new one loads; only the very first search waits.
  return current.vocabulary ?? current.loading;
}

/** Forget the cached word list (tests, or after a bulk import). */
export function forgetVocabulary(db: Db): void {
  cache.delete(db);
}
