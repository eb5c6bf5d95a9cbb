import type { ReactNode } from "react";
import { SignedInShell } from "@/components/shell/signed-in-shell";
import { requireSignedIn } from "@/lib/session";
import { TrpcQueryProvider } from "@/lib/trpc/provider";

/**
 * The frame for two-factor enrolment (docs/adr/0018). Unlike the (portal) layout it does not send a
 * user who must still enrol away, so that this page is the one they can reach; for them the frame
 * has no navigation and no account links (policy.ts allows nothing else yet).
 */
export default async function TwoFactorLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedIn();
  return (
    <SignedInShell user={user} enrolling={user.mfaEnrolmentRequired === true}>
      {/* Two-factor settings call tRPC from the browser (lib/trpc/provider.tsx). */}
      <TrpcQueryProvider>{children}</TrpcQueryProvider>
    </SignedInShell>
  );
}
