import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REASON_PARAM } from "@/components/shell/session-end-reason";
import { currentSession } from "@/lib/session";
import { REQUEST_PATH_HEADER, signInAddress } from "@/lib/sign-in-address";

/**
 * For a call of `unauthorized()`: no error page, straight to /inloggen, saying why when a session
 * ended and returning afterwards (the page asked for comes from the proxy, lib/sign-in-address.ts).
 * The portal's pages do not call it: `requireUser` redirects itself (lib/session.ts), because on a
 * client-side navigation this boundary did not see the request's address and cookie.
 */
export default async function Unauthorized(): Promise<never> {
  const session = await currentSession();
  const reason = session.user === null && session.hadCookie ? REASON_PARAM[session.ended] : null;
  redirect(signInAddress((await headers()).get(REQUEST_PATH_HEADER), reason));
}
