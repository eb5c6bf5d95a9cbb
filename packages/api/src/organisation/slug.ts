import type { Db, Tx } from "@kk/db";

/** Path segments under /sociale-kaart that are pages, not organisations. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["nieuw", "beheer", "import", "export"]);

/** "Huisartsenpraktijk De Brug (Zwijndrecht)" → "huisartsenpraktijk-de-brug-zwijndrecht". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug === "" ? "organisatie" : slug;
}

/**
 * A slug for a new organisation: from its name, never a reserved word, unique (a number is
 * added when taken: "wijkteam-zwijndrecht-2").
 */
export async function uniqueOrganisationSlug(db: Db | Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await db.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
