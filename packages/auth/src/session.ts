import { getDb } from "@kk/db";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./next-auth-options.ts";
import type { SessionUser } from "./roles.ts";
import { loadActiveUser } from "./sign-in.ts";

/**
 * The signed-in user for this request, re-read from the database: a deactivated user or a
 * changed role takes effect on the next request, not when the session cookie expires.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return loadActiveUser(getDb(), id);
}
