import type { Db } from "@kk/db";
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";

interface OidcProfile {
  sub: string;
  email?: string;
  /** OIDC Core 5.1: true when the provider has verified that the e-mail address belongs to the subject. */
  email_verified?: boolean | string;
  preferred_username?: string;
  name?: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** Reads the optional OpenID Connect settings; all three of issuer, id and secret or none. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_CLIENT_ID: clientId, AUTH_OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error("AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET must be set together.");
  }
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, name: env.AUTH_OIDC_NAME ?? "Single sign-on" };
}

/** A generic OIDC provider: works with Keycloak realms and Microsoft Entra ID (docs/operations.md). */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    profile(profile) {
      // Never preferred_username: it is not an e-mail address the provider vouches for.
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
    },
  };
}

export interface OidcClaims {
  /** The provider's stable subject identifier (`sub`). */
  subject: string;
  /** The `email` claim, as the provider sent it. */
  email: unknown;
  /** The `email_verified` claim, as the provider sent it; only the boolean `true` counts. */
  emailVerified: unknown;
}

export type OidcLinkResult =
  | { ok: true; userId: string; linked: boolean }
  | { ok: false; reason: "no-verified-email" | "unknown-user" | "inactive" | "already-linked" };

/**
 * SSO signs in only users a BEHEERDER created first: the identity provider proves who someone is,
 * the portal decides their role (issue 14, finding 2). An identity already linked signs in by its
 * subject. A new identity is linked to the existing user with the same e-mail address only when the
 * provider says `email_verified: true` (never by `preferred_username`), and only when that user has
 * no identity of this provider yet: a second identity is refused, so a later account at the
 * provider with the same address cannot take the user over. Linking is audited.
 */
export async function linkOidcUser(db: Db, claims: OidcClaims, now: Date): Promise<OidcLinkResult> {
  const known = await db.externalIdentity.findUnique({
    where: { provider_subject: { provider: OIDC_PROVIDER_ID, subject: claims.subject } },
    include: { user: true },
  });
  if (known) return known.user.active ? { ok: true, userId: known.user.id, linked: false } : { ok: false, reason: "inactive" };
  if (typeof claims.email !== "string" || claims.email.trim() === "" || claims.emailVerified !== true) {
    return { ok: false, reason: "no-verified-email" };
  }
  const email = claims.email.trim().toLowerCase();
  return db.$transaction(async (tx): Promise<OidcLinkResult> => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) return { ok: false, reason: "unknown-user" };
    if (!user.active) return { ok: false, reason: "inactive" };
    // One link at a time per user, so two first sign-ins at once cannot both attach an identity.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`oidc-link:${user.id}`}, 0))`;
    const identities = await tx.externalIdentity.findMany({ where: { userId: user.id, provider: OIDC_PROVIDER_ID } });
    if (identities.some((identity) => identity.subject === claims.subject)) return { ok: true, userId: user.id, linked: false };
    if (identities.length > 0) return { ok: false, reason: "already-linked" };
    const identity = await tx.externalIdentity.create({
      data: { provider: OIDC_PROVIDER_ID, subject: claims.subject, userId: user.id, createdAt: now },
    });
    // Written directly: @kk/auth cannot import recordAudit from @kk/api (which depends on it).
    await tx.auditEvent.create({
      data: {
        at: now,
        actorId: user.id,
        actorEmail: user.email,
        action: "externalIdentity.link",
        entityType: "ExternalIdentity",
        entityId: identity.id,
        after: { provider: OIDC_PROVIDER_ID, subject: claims.subject, userId: user.id, createdAt: now.toISOString() },
      },
    });
    return { ok: true, userId: user.id, linked: true };
  });
}
