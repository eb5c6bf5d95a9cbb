import { navigationFor } from "@kk/auth/policy";
import type { ReactNode } from "react";
import { MainNavigation } from "@/components/shell/main-navigation";
import { ShellMarker } from "@/components/shell/shell-context";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { MainContent, SiteFooter, SiteHeader } from "@/components/shell/site-header";
import { isDemoEnvironment } from "@/env";
import { requireSignedIn } from "@/lib/session";
import { format, messages } from "@/messages";

/**
 * The portal shell for two-factor enrolment (docs/adr/0018). Unlike the (portal) layout it does
 * not send a user who must still enrol away, so that this page is the one they can reach; the
 * navigation is empty for them (policy.ts allows nothing else yet).
 */
export default async function TwoFactorLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedIn();
  return (
    <>
      <SiteHeader demo={isDemoEnvironment()}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-label={messages.account.label} role="group">
          <p className="leading-tight">
            <span className="block font-semibold">{format(messages.account.signedInAs, { name: user.name })}</span>
            <span className="block text-sm">{messages.roles[user.role]}</span>
          </p>
          <SignOutButton />
        </div>
      </SiteHeader>
      {user.mfaEnrolmentRequired ? null : <MainNavigation items={navigationFor(user)} />}
      <MainContent>
        <ShellMarker>{children}</ShellMarker>
      </MainContent>
      <SiteFooter />
    </>
  );
}
