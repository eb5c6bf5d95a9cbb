import { getSessionUser, type SessionUser } from "@kk/auth";
import { redirect } from "next/navigation";
import { cache } from "react";

/** Where a BEHEERDER or COORDINATOR without two-factor sign-in is sent (docs/adr/0018). */
export const MFA_ENROLMENT_PATH = "/account/tweestapsverificatie";

/** The signed-in user, read once per request even when layout and page both ask. */
export const currentUser = cache(getSessionUser);

/**
 * The signed-in user, or a redirect to the sign-in page. A user who must still set up two-factor
 * sign-in is sent to the enrolment page: they can use nothing else until then.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mfaEnrolmentRequired) redirect(MFA_ENROLMENT_PATH);
  return user;
}

/** The signed-in user, also before two-factor enrolment (only for the enrolment page itself). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/inloggen");
  return user;
}
