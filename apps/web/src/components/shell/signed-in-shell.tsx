import type { SessionUser } from "@kk/auth";
import { navigationFor } from "@kk/auth/policy";
import Link from "next/link";
import type { ReactNode } from "react";
import { MainNavigation } from "@/components/shell/main-navigation";
import { ShellMarker } from "@/components/shell/shell-context";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { MainContent, SiteFooter, SiteHeader } from "@/components/shell/site-header";
import { isDemoEnvironment } from "@/env";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const ACCOUNT_LINK = "min-h-11 content-center font-semibold text-brand-contrast underline hover:decoration-2";

/**
 * The page frame for a signed-in user: header with who is signed in, the account links and sign-out,
 * the main navigation, the content and the footer. `enrolling` is the frame of the two-factor
 * enrolment page for a user who must still enrol (docs/adr/0018): no account links, no navigation.
 */
export async function SignedInShell({ user, enrolling = false, children }: { user: SessionUser; enrolling?: boolean; children: ReactNode }) {
  // The municipality the user acts for (issue 18): a coordinator of Dordrecht sees "Gemeente Dordrecht".
  const municipality = user.municipalityCode ? await (await serverApi()).municipality.mine() : null;
  return (
    <>
      <SiteHeader demo={isDemoEnvironment()}>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2" aria-label={messages.account.label} role="group">
          <p className="leading-tight">
            <span className="block font-semibold">{format(messages.account.signedInAs, { name: user.name })}</span>
            <span className="block text-sm">
              {messages.roles[user.role]}
              {municipality ? ` · ${format(messages.account.municipality, { name: municipality.name })}` : null}
            </span>
          </p>
          {enrolling ? null : (
            <>
              <Link href="/account/wachtwoord" className={ACCOUNT_LINK}>
                {messages.wachtwoord.accountLink}
              </Link>
              <Link href="/account/tweestapsverificatie" className={ACCOUNT_LINK}>
                {messages.twoFactor.page.title}
              </Link>
              <Link href="/account/sessies" className={ACCOUNT_LINK}>
                {messages.sessies.accountLink}
              </Link>
            </>
          )}
          <SignOutButton />
        </div>
      </SiteHeader>
      {enrolling ? null : <MainNavigation items={navigationFor(user)} />}
      <MainContent>
        <ShellMarker>{children}</ShellMarker>
      </MainContent>
      <SiteFooter />
    </>
  );
}
