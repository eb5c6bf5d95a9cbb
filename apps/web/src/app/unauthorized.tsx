import type { SessionEndReason } from "@kk/auth";
import { ToSignIn } from "@/components/shell/to-sign-in";
import { currentSession } from "@/lib/session";

/** The reason in the sign-in address (app/inloggen/page.tsx turns it into a sentence). */
const REASON_PARAM: Record<SessionEndReason, string> = { idle: "inactief", expired: "verlopen", revoked: "beeindigd", missing: "beeindigd" };

/**
 * A page that needs a signed-in user was asked without one (`requireUser` calls `unauthorized()`):
 * no error page, straight to /inloggen, saying why when a session ended and returning afterwards.
 */
export default async function Unauthorized() {
  const session = await currentSession();
  const reason = session.user === null && session.hadCookie ? REASON_PARAM[session.ended] : null;
  return <ToSignIn reason={reason} />;
}
