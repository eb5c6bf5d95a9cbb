import { getSessionState, type SessionState, type SessionUser } from "@kk/auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { REASON_PARAM } from "@/components/shell/session-end-reason";
import { REQUEST_PATH_HEADER, signInAddress } from "@/lib/sign-in-address";

/** Where a BEHEERDER or COORDINATOR without two-factor sign-in is sent (docs/adr/0018). */
export const MFA_ENROLMENT_PATH = "/account/tweestapsverificatie";

/** This request's session, read once per request even when layout and page both ask. */
export const currentSession: () => Promise<SessionState> = cache(() => getSessionState());

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession()).user;
}

/**
 * The signed-in user, or the sign-in page: a redirect to /inloggen with the reason the session ended
 * and the page to return to (lib/sign-in-address.ts; the proxy passes the page asked for). A user who
 * must still set up two-factor sign-in is sent to the enrolment page.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mfaEnrolmentRequired) redirect(MFA_ENROLMENT_PATH);
  return user;
}

/** The signed-in user, also before two-factor enrolment (only for the enrolment page itself). */
export async function requireSignedIn(): Promise<SessionUser> {
  const session = await currentSession();
  if (session.user) return session.user;
  // A redirect from the layout or page itself, not `unauthorized()`: the boundary that renders
  // (app/unauthorized.tsx) did not see this request's address and cookie on a client-side navigation.
  const reason = session.hadCookie ? REASON_PARAM[session.ended] : null;
  redirect(signInAddress((await headers()).get(REQUEST_PATH_HEADER), reason));
}
