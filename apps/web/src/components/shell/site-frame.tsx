import type { ReactNode } from "react";
import * as messages from "@/messages/catalogue";

/*
 * The page frame's parts without next/link, so that app/error.tsx (a client component whose code
 * every page loads) does not ship it; ./site-header.tsx puts them together with the home link.
 */

export const HOME_LINK_CLASS = "text-xl font-bold text-brand-contrast no-underline hover:underline sm:text-2xl";

/** The top bar: the demo notice, the portal's name as a link home (`home`), and what the page adds. */
export function HeaderBar({ demo, home, children }: { demo: boolean; home: ReactNode; children?: ReactNode }) {
  return (
    <header className="bg-brand text-brand-contrast">
      {demo ? (
        <p className="bg-demo px-4 py-1 text-center text-sm font-semibold text-demo-ink">
          <strong>{messages.app.demoBadge}</strong> — {messages.app.demoNotice}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        {home}
        {children}
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t-4 border-brand bg-surface">
      <p className="mx-auto max-w-6xl px-4 py-6 text-ink-muted">{messages.app.footer}</p>
    </footer>
  );
}

/** The content landmark the skip link points to. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:py-10">
      {children}
    </main>
  );
}

/**
 * The public shell with a plain link home (no next/link): for code that loads with every page, the
 * error boundary and the 403/404 pages (issue 17, item 8), where a full page load home is wanted anyway.
 */
export function PlainSiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <HeaderBar
        demo={false}
        home={
          <a href="/" className={HOME_LINK_CLASS}>
            {messages.app.name}
          </a>
        }
      />
      <MainContent>{children}</MainContent>
      <SiteFooter />
    </>
  );
}
