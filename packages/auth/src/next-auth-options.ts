import { getDb, type Db } from "@kk/db";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { linkOidcUser, oidcProvider, oidcSettingsFromEnv, OIDC_PROVIDER_ID } from "./oidc.ts";
import { clientIp, trustedProxyCount } from "./client-ip.ts";
import { mfaKey, MFA_SIGN_IN_ERRORS } from "./mfa.ts";
import { signInWithSecondFactor } from "./mfa-store.ts";
import { createUserSession, describeDevice, revokeSession, SESSION_ABSOLUTE_LIFETIME_MS } from "./user-sessions.ts";

/**
 * The cookie lives as long as a session can (12 hours); whether it still counts is decided by its
 * UserSession row on every request (session.ts, docs/adr/0017-server-side-sessions.md).
 */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_LIFETIME_MS / 1000;

type JwtCallback = NonNullable<NextAuthOptions["callbacks"]>["jwt"];
type JwtParams = Parameters<NonNullable<JwtCallback>>[0];

/**
 * At sign-in (credentials or OIDC; `user` is set only then) a UserSession row is created and the
 * token carries only its id: no name, e-mail or user id. Later calls pass the token on unchanged.
 */
export async function sessionToken(
  db: Db,
  { token, user }: Pick<JwtParams, "token" | "user">,
  device: string | null,
  now: Date,
): Promise<JwtParams["token"]> {
  if (!user) return token;
  const sid = await createUserSession(db, user.id, now, device);
  return { sid };
}

function buildAuthOptions(): NextAuthOptions {
  const oidc = oidcSettingsFromEnv();
  const trustedProxies = trustedProxyCount();
  return {
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
      jwt: (params) => sessionToken(getDb(), params, null, new Date()),
      // What /api/auth/session tells the browser: nothing about the session; pages get the user
      // from the server (session.ts), never from this endpoint.
      session: ({ session }) => ({ expires: session.expires }),
    },
    events: {
      // Sign-out ends the session server-side: a copy of the cookie stops working too.
      async signOut({ token }) {
        const sid = (token as { sid?: unknown } | null)?.sid;
        if (typeof sid === "string") await revokeSession(getDb(), sid, new Date(), "SIGN_OUT");
      },
    },
  };
}

/**
 * The options for the next-auth route handler of one request: the same, with the browser's
 * User-Agent described on the session row created at sign-in ("Firefox · Windows").
 */
export function authOptionsForRequest(request: Request): NextAuthOptions {
  const base = getAuthOptions();
  const device = describeDevice(request.headers.get("user-agent"));
  return { ...base, callbacks: { ...base.callbacks, jwt: (params) => sessionToken(getDb(), params, device, new Date()) } };
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
