import Link from "next/link";
import type { ReactNode } from "react";
import * as messages from "@/messages/catalogue";
import { HeaderBar, HOME_LINK_CLASS, MainContent, SiteFooter } from "./site-frame";

export { MainContent, SiteFooter };

/** The top bar with the portal's name; the signed-in header adds account and navigation. */
export function SiteHeader({ demo, children }: { demo: boolean; children?: ReactNode }) {
  return (
    <HeaderBar
      demo={demo}
      home={
        <Link href="/" className={HOME_LINK_CLASS}>
          {messages.app.name}
        </Link>
      }
    >
      {children}
    </HeaderBar>
  );
}

/** Shell for pages outside the portal (sign-in, errors). */
export function PublicShell({ demo, children }: { demo: boolean; children: ReactNode }) {
  return (
    <>
      <SiteHeader demo={demo} />
      <MainContent>{children}</MainContent>
      <SiteFooter />
    </>
  );
}
