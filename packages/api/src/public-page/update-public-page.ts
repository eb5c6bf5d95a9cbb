import type { SessionUser } from "@kk/auth/roles";
import { Prisma, type Db } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { fieldConflict, staleVersion } from "../errors.ts";
import { publicPageCandidates } from "./public-page-candidates.ts";
import { publicPageMunicipalityFor } from "./public-page-municipality.ts";
import { PUBLIC_PAGE_LANGUAGES, type PublicPageLanguage, type UpdatePublicPageValues } from "./schemas.ts";

/** Only the languages with a text of their own: a missing one falls back to the default text (prisma/schema.prisma, PublicPage.intro). */
export function storedIntro(intro: Record<PublicPageLanguage, string>): Partial<Record<PublicPageLanguage, string>> {
  return Object.fromEntries(PUBLIC_PAGE_LANGUAGES.filter((language) => intro[language] !== "").map((language) => [language, intro[language]]));
}

/**
 * Every featured organisation must be one the page may show (public, active, working in the
 * municipality): else a Dutch error on that entry of the list, which the form shows with it.
 */
export async function assertFeaturedAreCandidates(db: Db, municipalityCode: string, featuredOrganisationIds: readonly string[]): Promise<void> {
  if (featuredOrganisationIds.length === 0) return;
  const candidateIds = new Set((await publicPageCandidates(db, municipalityCode)).map((c) => c.id));
  const index = featuredOrganisationIds.findIndex((id) => !candidateIds.has(id));
  if (index === -1) return;
  const organisation = await db.organisation.findUnique({ where: { id: featuredOrganisationIds[index]! }, select: { name: true } });
  const message = `${organisation?.name ?? "Een van de organisaties"} kan niet op de publieke pagina: de organisatie is niet openbaar, niet actief of werkt niet in deze gemeente. Haal haar uit de lijst.`;
  throw fieldConflict(message, { [`featuredOrganisationIds.${index}`]: [message] });
}

/**
 * The coordinator saves the public page's introduction and emphasis (issue 15, item 5). Only when
 * nobody saved since `version` (0: the page still had its defaults, so the row is created; two
 * first saves at once meet at the primary key); the audit event holds before and after, in the
 * same transaction. The web processes' caches hear of it through the table's NOTIFY trigger.
 */
export async function updatePublicPage(db: Db, actor: SessionUser, input: UpdatePublicPageValues, now: Date): Promise<{ municipalityCode: string; version: number }> {
  const { code } = await publicPageMunicipalityFor(db, actor, input.municipalityCode);
  // Checked before the transaction, on the public site's snapshot (public-page-candidates.ts). An
  // organisation made non-public in between is simply skipped by the page, as any later change is.
  await assertFeaturedAreCandidates(db, code, input.featuredOrganisationIds);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.publicPage.findUnique({ where: { municipalityCode: code } });
      if ((before?.version ?? 0) !== input.version) throw staleVersion();
      const data = { intro: storedIntro(input.intro), featuredOrganisationIds: input.featuredOrganisationIds, updatedById: actor.id, updatedAt: now };
      if (before === null) {
        await tx.publicPage.create({ data: { municipalityCode: code, ...data } });
      } else {
        const { count } = await tx.publicPage.updateMany({ where: { municipalityCode: code, version: input.version }, data: { ...data, version: { increment: 1 } } });
        if (count === 0) throw staleVersion();
      }
      const after = await tx.publicPage.findUniqueOrThrow({ where: { municipalityCode: code } });
      await recordAudit(tx, actor, { action: "publicPage.update", entityType: "PublicPage", entityId: code, before, after });
      return { municipalityCode: code, version: after.version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw staleVersion();
    throw error;
  }
}
