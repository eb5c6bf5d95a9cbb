import { REASON_PARAM } from "@/components/shell/session-end-reason";
import { ToSignIn } from "@/components/shell/to-sign-in";
import { currentSession } from "@/lib/session";

/**
 * A page that needs a signed-in user was asked without one (`requireUser` calls `unauthorized()`):
 * no error page, straight to /inloggen, saying why when a session ended and returning afterwards.
 */
export default async function Unauthorized() {
  const session = await currentSession();
  const reason = session.user === null && session.hadCookie ? REASON_PARAM[session.ended] : null;
  return <ToSignIn reason={reason} />;
}
