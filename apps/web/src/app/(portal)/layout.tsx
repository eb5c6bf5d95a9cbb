import type { ReactNode } from "react";
import { SignedInShell } from "@/components/shell/signed-in-shell";
import { requireUser } from "@/lib/session";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  // Also sends a BEHEERDER or COORDINATOR without two-factor sign-in to the enrolment page.
  const user = await requireUser();
  return <SignedInShell user={user}>{children}</SignedInShell>;
}
