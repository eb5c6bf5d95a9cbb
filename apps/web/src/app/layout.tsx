import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import * as messages from "@/messages/catalogue";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: messages.app.name, template: messages.app.titleTemplate },
  description: messages.app.description,
  robots: { index: false, follow: false },
  // No icon file: an empty data URL stops the browser asking for /favicon.ico (a 404 and a console
  // error on every page, Lighthouse best practices); the public pages do the same (ADR 0028).
  icons: { icon: "data:," },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#154273" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: pages depend on the session, and the CSP nonce set in
  // src/proxy.ts only reaches Next's scripts in dynamic rendering.
  await connection();
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <a
          href="#inhoud"
          className="sr-only bg-focus px-4 py-3 font-semibold text-focus-ink focus:not-sr-only focus:block focus:underline"
        >
          {messages.app.skipLink}
        </a>
        {children}
      </body>
    </html>
  );
}
