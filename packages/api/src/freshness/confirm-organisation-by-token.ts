import type { Db, Prisma } from "@kk/db";
import { recordAudit } from "../audit/record-audit.ts";
import { hashConfirmationToken } from "./confirmation-token.ts";

/** Why a link cannot confirm: unknown (mistyped or not ours), expired, or already used. */
export type TokenProblem = "unknown" | "expired" | "used";

const organisationSummary = {
  id: true,
  name: true,
  slug: true,
  address: true,
  postcode: true,
  phone: true,
  email: true,
  website: true,
  verifiedAt: true,
  _count: { select: { contacts: true } },
} satisfies Prisma.OrganisationSelect;

export type ConfirmationOrganisation = Prisma.OrganisationGetPayload<{ select: typeof organisationSummary }>;

export type ConfirmationLookup =
  | { status: "valid"; organisation: ConfirmationOrganisation; expiresAt: Date }
  | { status: TokenProblem };

export type ConfirmationOutcome = { status: "confirmed"; organisation: ConfirmationOrganisation } | { status: TokenProblem };

/** Tokens are base64url of 32 bytes; anything else is not worth a database query. */
function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

function problemOf(token: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } }, now: Date): TokenProblem | null {
  if (token.usedAt !== null) return "used";
  if (token.expiresAt <= now) return "expired";
  // A deactivated editor's old link no longer speaks for the organisation.
  if (!token.user.active) return "unknown";
  return null;
}

/** For the GET of /bevestigen/<token>: shows what would be confirmed, changes nothing. */
export async function lookUpConfirmationToken(db: Db, token: string, now: Date): Promise<ConfirmationLookup> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  const found = await db.confirmationToken.findUnique({
    where: { tokenHash: hashConfirmationToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } }, organisation: { select: organisationSummary } },
  });
  if (!found) return { status: "unknown" };
  const problem = problemOf(found, now);
  if (problem) return { status: problem };
  return { status: "valid", organisation: found.organisation, expiresAt: found.expiresAt };
}

/**
 * The one-click "de gegevens kloppen nog": the token is the credential, so this runs without a
 * session. Sets verifiedAt/verifiedBy (the only way besides the signed-in confirm that does),
 * uses up the token and writes the audit event with the token's user as actor, all in one
 * transaction. The token is claimed with a conditional update, so two clicks at once confirm once.
 */
export async function confirmOrganisationByToken(db: Db, token: string, now: Date): Promise<ConfirmationOutcome> {
  if (!looksLikeToken(token)) return { status: "unknown" };
  return db.$transaction(async (tx) => {
    const found = await tx.confirmationToken.findUnique({
      where: { tokenHash: hashConfirmationToken(token) },
      select: {
        id: true,
        usedAt: true,
        expiresAt: true,
        organisationId: true,
        user: { select: { id: true, email: true, name: true, role: true, organisationId: true, municipalityCode: true, active: true } },
      },
    });
    if (!found) return { status: "unknown" } as const;
    const problem = problemOf(found, now);
    if (problem) return { status: problem } as const;

    const claimed = await tx.confirmationToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return { status: "used" } as const;

    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: found.organisationId },
      select: { verifiedAt: true, verifiedById: true },
    });
    await tx.organisation.update({ where: { id: found.organisationId }, data: { verifiedAt: now, verifiedById: found.user.id } });
    const { active: _active, ...actor } = found.user;
    await recordAudit(tx, actor, {
      action: "organisation.confirm",
      entityType: "Organisation",
      entityId: found.organisationId,
      before,
      after: { verifiedAt: now, verifiedById: found.user.id, via: "bevestigingslink" },
    });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: found.organisationId }, select: organisationSummary });
    return { status: "confirmed", organisation } as const;
  });
}
