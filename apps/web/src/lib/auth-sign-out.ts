import { go, postForm } from "./auth-post";

/** Ends the session and goes to `callbackUrl` (next-auth/react's `signOut({ callbackUrl })`). */
export async function signOut({ callbackUrl }: { callbackUrl: string }): Promise<void> {
  const { url } = await postForm("signout", {}, callbackUrl);
  go(url);
}
