/**
 * The address of a municipality's public page: its name in lower case, without diacritics, with
 * hyphens ("Zwijndrecht" → "zwijndrecht", "Súdwest-Fryslân" → "sudwest-fryslan",
 * "'s-Hertogenbosch" → "s-hertogenbosch").
 */
export function municipalitySlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
