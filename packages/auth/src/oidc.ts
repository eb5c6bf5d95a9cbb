import type { Db } from "@kk/db";
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";

interface OidcProfile {
  sub: string;
  email?: string;
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
      return { id: profile.sub, email: profile.email ?? profile.preferred_username ?? null, name: profile.name ?? null };
    },
  };
}

/**
 * SSO signs in only users a BEHEERDER created first (matched on e-mail, then remembered by
 * subject): the identity provider proves who someone is, the portal decides their role.
 */
export async function linkOidcUser(db: Db, subject: string, email: string | null | undefined): Promise<string | null> {
  const linked = await db.externalIdentity.findUnique({
    where: { provider_subject: { provider: OIDC_PROVIDER_ID, subject } },
    include: { user: true },
  });
  if (linked) return linked.user.active ? linked.user.id : null;
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !user.active) return null;
  await db.externalIdentity.create({ data: { provider: OIDC_PROVIDER_ID, subject, userId: user.id } });
  return user.id;
}
