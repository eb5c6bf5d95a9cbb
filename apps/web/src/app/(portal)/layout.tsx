import { navigationFor } from "@kk/auth/policy";
import Link from "next/link";
import type { ReactNode } from "react";
import { MainNavigation } from "@/components/shell/main-navigation";
import { ShellMarker } from "@/components/shell/shell-context";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { MainContent, SiteFooter, SiteHeader } from "@/components/shell/site-header";
import { isDemoEnvironment } from "@/env";
import { requireUser } from "@/lib/session";
import { format, messages } from "@/messages";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  // Also sends a BEHEERDER or COORDINATOR without two-factor sign-in to the enrolment page.
  const user = await requireUser();
  return (
    <>
      <SiteHeader demo={isDemoEnvironment()}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-label={messages.account.label} role="group">
          <p className="leading-tight">
            <span className="block font-semibold">{format(messages.account.signedInAs, { name: user.name })}</span>
            <span className="block text-sm">{messages.roles[user.role]}</span>
          </p>
          <Link
            href="/account/wachtwoord"
            className="min-h-11 content-center font-semibold text-brand-contrast underline hover:decoration-2"
          >
            {messages.wachtwoord.accountLink}
          </Link>
          <Link
            href="/account/tweestapsverificatie"
            className="min-h-11 content-center font-semibold text-brand-contrast underline hover:decoration-2"
          >
            {messages.twoFactor.page.title}
          </Link>
          <Link
            href="/account/sessies"
            className="min-h-11 content-center font-semibold text-brand-contrast underline hover:decoration-2"
          >
            {messages.sessies.accountLink}
          </Link>
          <SignOutButton />
        </div>
      </SiteHeader>
      <MainNavigation items={navigationFor(user)} />
      <MainContent>
        <ShellMarker>{children}</ShellMarker>
      </MainContent>
      <SiteFooter />
    </>
  );
}
