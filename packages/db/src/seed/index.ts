import type { Db } from "../client.ts";
import type { LegalFrame, Sector } from "../generated/prisma/enums.ts";
import { hashPassword } from "../password.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.ts";

/*
 * Demo data: the demo municipality Zwijndrecht from ../shared/seeds, marked isDemo. Idempotent:
 * upserts by slug/e-mail, so running it again changes nothing that already exists.
 */
const DEMO_ORGANISATIONS: ReadonlyArray<{ slug: string; name: string; sector: Sector; type: string; legalFrame: LegalFrame; description: string }> = [
  { slug: "gemeente-zwijndrecht", name: "Gemeente Zwijndrecht", sector: "GEMEENTE", type: "Gemeente", legalFrame: "CONSENT_REQUIRED", description: "Regie op het lokale netwerk kindveiligheid." },
  { slug: "wijkteam-zwijndrecht", name: "Wijkteam Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED", description: "Integrale hulp voor gezinnen in de wijk." },
  { slug: "cjg-zwijndrecht", name: "Centrum voor Jeugd en Gezin Zwijndrecht", sector: "JEUGDHULP_SOCIAAL_WERK", type: "CJG", legalFrame: "CONSENT_REQUIRED", description: "Opvoed- en opgroeiondersteuning, jeugdgezondheidszorg." },
  { slug: "huisartsenpraktijk-walburg", name: "Huisartsenpraktijk Walburg", sector: "MEDISCH", type: "Huisarts", legalFrame: "CONSENT_REQUIRED", description: "Huisartsenzorg; meldcode van toepassing." },
  { slug: "veilig-thuis-zhz", name: "Veilig Thuis Zuid-Holland Zuid", sector: "BESCHERMINGSKETEN", type: "Veilig Thuis", legalFrame: "WITHOUT_CONSENT", description: "Advies- en meldpunt huiselijk geweld en kindermishandeling." },
  { slug: "raad-voor-de-kinderbescherming", name: "Raad voor de Kinderbescherming", sector: "BESCHERMINGSKETEN", type: "Raad voor de Kinderbescherming", legalFrame: "WITHOUT_CONSENT", description: "Onderzoek en advies bij zorgen over de veiligheid van kinderen." },
  { slug: "gi-jeugdbescherming-west", name: "Jeugdbescherming west", sector: "BESCHERMINGSKETEN", type: "Gecertificeerde Instelling", legalFrame: "WITHOUT_CONSENT_DURING_ORDER", description: "Voert kinderbeschermingsmaatregelen uit." },
  { slug: "politie-zwijndrecht", name: "Politie basisteam Drechtsteden", sector: "BESCHERMINGSKETEN", type: "Politie", legalFrame: "WITHOUT_CONSENT", description: "Politietaak, incl. zorgmeldingen." },
];

export interface SeedResult {
  organisationsCreated: number;
  usersCreated: number;
}

export async function seedDemo(db: Db): Promise<SeedResult> {
  let organisationsCreated = 0;
  let usersCreated = 0;
  const idsBySlug = new Map<string, string>();
  for (const org of DEMO_ORGANISATIONS) {
    const existing = await db.organisation.findUnique({ where: { slug: org.slug } });
    if (existing) {
      idsBySlug.set(org.slug, existing.id);
      continue;
    }
    const created = await db.organisation.create({ data: { ...org, isDemo: true } });
    idsBySlug.set(org.slug, created.id);
    organisationsCreated += 1;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        organisationId: account.organisationSlug ? (idsBySlug.get(account.organisationSlug) ?? null) : null,
      },
    });
    usersCreated += 1;
  }
  return { organisationsCreated, usersCreated };
}
