import { getSessionState, type SessionState, type SessionUser } from "@kk/auth";
import { redirect, unauthorized } from "next/navigation";
import { cache } from "react";

/** Where a BEHEERDER or COORDINATOR without two-factor sign-in is sent (docs/adr/0018). */
export const MFA_ENROLMENT_PATH = "/account/tweestapsverificatie";

/** This request's session, read once per request even when layout and page both ask. */
export const currentSession: () => Promise<SessionState> = cache(() => getSessionState());

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession()).user;
}

/**
 * The signed-in user, or the sign-in page: `unauthorized()` renders app/unauthorized.tsx, which
 * sends the browser to /inloggen with the reason the session ended and the page to return to.
 * A user who must still set up two-factor sign-in is sent to the enrolment page.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mfaEnrolmentRequired) redirect(MFA_ENROLMENT_PATH);
  return user;
}

/** The signed-in user, also before two-factor enrolment (only for the enrolment page itself). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) unauthorized();
  return user;
}
