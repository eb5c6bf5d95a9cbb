import { getDb } from "@kk/db";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { linkOidcUser, oidcProvider, oidcSettingsFromEnv, OIDC_PROVIDER_ID } from "./oidc.ts";
import { clientIp, trustedProxyCount } from "./client-ip.ts";
import { mfaKey, MFA_SIGN_IN_ERRORS } from "./mfa.ts";
import { signInWithSecondFactor } from "./mfa-store.ts";

/** Sessions last one working day; the user is re-read from the database on every request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function buildAuthOptions(): NextAuthOptions {
  const oidc = oidcSettingsFromEnv();
  const trustedProxies = trustedProxyCount();
  return {
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: {
          email: { label: "E-mailadres", type: "email" },
          password: { label: "Wachtwoord", type: "password" },
          code: { label: "Code", type: "text" },
          recoveryCode: { label: "Herstelcode", type: "text" },
        },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const result = await signInWithSecondFactor(
            getDb(),
            {
              email: credentials.email,
              password: credentials.password,
              code: credentials.code,
              recoveryCode: credentials.recoveryCode,
              ip: clientIp(req.headers, trustedProxies),
            },
            new Date(),
            mfaKey(),
          );
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          // The second step (docs/adr/0018): the form reads these codes from next-auth's `error`.
          if (result.reason === "mfa-required") throw new Error(MFA_SIGN_IN_ERRORS.required);
          if (result.reason === "mfa-invalid") throw new Error(MFA_SIGN_IN_ERRORS.invalid);
          if (result.reason === "mfa-throttled") throw new Error(MFA_SIGN_IN_ERRORS.throttled);
          return null;
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const claims = profile as { email?: unknown; email_verified?: unknown } | undefined;
        const result = await linkOidcUser(
          getDb(),
          { subject: account.providerAccountId, email: claims?.email, emailVerified: claims?.email_verified },
          new Date(),
        );
        if (!result.ok) return "/inloggen?error=AccessDenied";
        user.id = result.userId;
        return true;
      },
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;

/** Built on first use so that `next build` does not need runtime settings. */
export function getAuthOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

export function isOidcEnabled(): boolean {
  return oidcSettingsFromEnv() !== null;
}

export function oidcDisplayName(): string | null {
  return oidcSettingsFromEnv()?.name ?? null;
}
