import { getSessionUser, type SessionUser } from "@kk/auth";
import { redirect } from "next/navigation";
import { cache } from "react";

/** The signed-in user, read once per request even when layout and page both ask. */
export const currentUser = cache(getSessionUser);

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/inloggen");
  return user;
}
