/**
 * The public page's path segment for a municipality: its name in lower case, spaces as hyphens,
 * diacritics removed ("Zwijndrecht" → "zwijndrecht", "Súdwest-Fryslân" → "sudwest-fryslan").
 * Stand-in for the public site's own `municipalitySlug` (@kk/public-site) until that is merged.
 */
export function municipalitySlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, "-");
}
