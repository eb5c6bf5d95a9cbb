import Link from "next/link";
import type { ReactNode } from "react";
import * as messages from "@/messages/catalogue";

/** The top bar with the portal's name; the signed-in header adds account and navigation. */
export function SiteHeader({ demo, children }: { demo: boolean; children?: ReactNode }) {
  return (
    <header className="bg-brand text-brand-contrast">
      {demo ? (
        <p className="bg-demo px-4 py-1 text-center text-sm font-semibold text-demo-ink">
          <strong>{messages.app.demoBadge}</strong> — {messages.app.demoNotice}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="text-xl font-bold text-brand-contrast no-underline hover:underline sm:text-2xl">
          {messages.app.name}
        </Link>
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
