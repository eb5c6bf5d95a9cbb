import { getSessionState, type SessionState, type SessionUser } from "@kk/auth";
import { unauthorized } from "next/navigation";
import { cache } from "react";

/** This request's session, read once per request even when layout and page both ask. */
export const currentSession: () => Promise<SessionState> = cache(() => getSessionState());

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession()).user;
}

/**
 * The signed-in user, or the sign-in page: `unauthorized()` renders app/unauthorized.tsx, which
 * sends the browser to /inloggen with the reason the session ended and the page to return to.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) unauthorized();
  return user;
}
