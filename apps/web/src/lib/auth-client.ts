/*
 * The browser side of next-auth's sign-in and sign-out, without next-auth/react: that module and
 * the Babel runtime it pulls in cost every portal page ~13 kB gzip of JavaScript for two POSTs
 * (issue 17, item 8; docs/performance.md). The requests are the ones next-auth/react 4.24 sends:
 * the CSRF token from /api/auth/csrf, then a form POST with `json: true`, whose answer names the
 * URL to go to. next-auth/react also asks /api/auth/providers first and posts a "session" event to
 * other tabs; the portal has no SessionProvider listening, so neither is needed here. Signing out is
 * in ./auth-sign-out.ts: every portal page has the button, few need the rest.
 */
import { go, postForm } from "./auth-post";

export interface SignInResult {
  ok: boolean;
  status: number;
  /** next-auth's error code, e.g. "CredentialsSignin" or the portal's "MfaRequired" (packages/auth/src/mfa.ts). */
  error: string | null;
}

/** The credentials provider without a redirect: the caller decides where to go (next-auth/react's `signIn("credentials", { redirect: false, … })`). */
export async function signInWithCredentials(fields: Record<string, string>): Promise<SignInResult> {
  const callbackUrl = window.location.href;
  const { response, url } = await postForm("callback/credentials", fields, callbackUrl);
  return { ok: response.ok, status: response.status, error: new URL(url, window.location.origin).searchParams.get("error") };
}

/** A provider that signs in elsewhere (OIDC): the browser goes to the identity provider. */
export async function signInWithRedirect(provider: string, callbackUrl: string): Promise<void> {
  const { url } = await postForm(`signin/${encodeURIComponent(provider)}`, {}, callbackUrl);
  go(url);
}
