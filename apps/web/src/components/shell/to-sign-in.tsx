"use client";

import { redirect, usePathname, useSearchParams } from "next/navigation";

/**
 * Sends the browser to /inloggen with the page it asked for (only the server knows the session
 * ended; only the browser side knows the address, so this is a client component). Rendered by
 * app/unauthorized.tsx; `redirect` during render also works on the server-rendered first load.
 */
export function ToSignIn({ reason }: { reason: string | null }): never {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const params = new URLSearchParams();
  if (reason) params.set("reden", reason);
  if (pathname && pathname !== "/") params.set("callbackUrl", search ? `${pathname}?${search}` : pathname);
  const query = params.toString();
  redirect(query ? `/inloggen?${query}` : "/inloggen");
}
