import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REASON_PARAM } from "@/components/shell/session-end-reason";
import { currentSession } from "@/lib/session";
import { REQUEST_PATH_HEADER, signInAddress } from "@/lib/sign-in-address";

/**
 * A page that needs a signed-in user was asked without one (`requireUser` calls `unauthorized()`):
 * no error page, straight to /inloggen, saying why when a session ended and returning afterwards.
 * The page asked for comes from the proxy (src/proxy.ts, lib/sign-in-address.ts).
 */
export default async function Unauthorized(): Promise<never> {
  const session = await currentSession();
  const reason = session.user === null && session.hadCookie ? REASON_PARAM[session.ended] : null;
  redirect(signInAddress((await headers()).get(REQUEST_PATH_HEADER), reason));
}
