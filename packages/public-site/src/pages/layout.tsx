/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { format, messagesFor, PUBLIC_LOCALES, DEFAULT_LOCALE, type PublicLocale } from "../locales.ts";
import type { PublicMessages } from "../messages/nl.ts";
import { QUICK_EXIT_SCRIPT } from "../quick-exit.ts";
import type { PublicMunicipality } from "../snapshot.ts";
import { PUBLIC_CSS } from "../styles.ts";

/** What every public page needs besides its own data. */
export interface PageContext {
  locale: PublicLocale;
  /** The portal's public origin, e.g. https://portaal.example.nl (canonical links, JSON-LD, QR). */
  origin: string;
  /** Where "Snel weg" leaves for. */
  exitUrl: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** The page's path without the language parameter, e.g. /hulp/zwijndrecht. */
  path: string;
  /** Search parameters of this page that the language switch keeps (q, wijk, vraag). */
  query?: Record<string, string>;
  municipality: PublicMunicipality | null;
  /** A schema.org object, written as JSON-LD. */
  jsonLd?: object;
  /** Search results and other variants that search engines should not index. */
  noindex?: boolean;
}

/** A public address in `locale`: Dutch needs no parameter; other languages add `lang`. */
export function localHref(path: string, locale: PublicLocale, query: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== "") params.set(key, value);
  if (locale !== DEFAULT_LOCALE) params.set("lang", locale);
  const search = params.toString();
  return search === "" ? path : `${path}?${search}`;
}

export function Layout({ context, meta, children }: { context: PageContext; meta: PageMeta; children: ComponentChildren }) {
  const t = messagesFor(context.locale);
  const municipality = meta.municipality;
  const home = municipality ? `/hulp/${municipality.slug}` : "/hulp";
  const siteName = municipality ? format(t.siteNameFor, { municipality: municipality.name }) : t.siteName;
  return (
    <html lang={context.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title === t.start.title ? siteName : `${meta.title} - ${siteName}`}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="referrer" content="no-referrer" />
        <link rel="canonical" href={`${context.origin}${localHref(meta.path, context.locale)}`} />
        {PUBLIC_LOCALES.map((locale) => (
          <link rel="alternate" hrefLang={locale} href={`${context.origin}${localHref(meta.path, locale)}`} key={locale} />
        ))}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: PUBLIC_CSS }} />
        {meta.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(meta.jsonLd) }} /> : null}
      </head>
      <body>
        <a class="skip" href="#inhoud">
          {t.skipLink}
        </a>
        <header class="bar">
          <div class="bar-in">
            <a class="site" href={localHref(home, context.locale)}>
              {siteName}
            </a>
            <nav class="tools" aria-label={t.otherLanguage}>
              <LanguageSwitch context={context} meta={meta} t={t} />
            </nav>
          </div>
        </header>
        <div class="exit-wrap">
          <a class="exit" href={context.exitUrl} data-quick-exit="" title={t.quickExitHint} rel="noreferrer">
            {t.quickExit}
          </a>
        </div>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer>
          <div class="in">
            <a href={localHref("/hulp/privacy", context.locale)}>{t.footer.privacy}</a>
            {municipality ? <a href={localHref(`/hulp/${municipality.slug}/poster`, context.locale)}>{t.poster.linkText}</a> : null}
            <a href="/inloggen">{t.professionalsSignIn}</a>
            <span>{municipality ? format(t.footer.owner, { municipality: municipality.name }) : t.footer.ownerRegion}</span>
          </div>
        </footer>
        <script dangerouslySetInnerHTML={{ __html: QUICK_EXIT_SCRIPT }} />
      </body>
    </html>
  );
}

function LanguageSwitch({ context, meta }: { context: PageContext; meta: PageMeta; t: PublicMessages }) {
  const others = PUBLIC_LOCALES.filter((locale) => locale !== context.locale);
  return (
    <ul class="langs">
      {others.map((locale) => (
        <li key={locale}>
          <a href={localHref(meta.path, locale, meta.query)} hrefLang={locale} lang={locale}>
            {messagesFor(locale).languageName}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** JSON inside <script>: "<" escaped so no text in the data can close the element. */
function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The three numbers everyone must see first: 112, Veilig Thuis, De Kindertelefoon. */
export function WhatToDoNow({ t }: { t: PublicMessages }) {
  const cards = [
    { key: "danger", urgent: true, ...t.now.danger },
    { key: "veilig-thuis", urgent: false, ...t.now.veiligThuis },
    { key: "kindertelefoon", urgent: false, ...t.now.kindertelefoon },
  ];
  return (
    <section aria-labelledby="nu">
      <h2 id="nu">{t.now.heading}</h2>
      <ul class="cards">
        {cards.map((card) => (
          <li class={card.urgent ? "card urgent" : "card"} key={card.key}>
            <h3>{card.title}</h3>
            <p>{card.text}</p>
            <a class="call" href={`tel:${card.number.replace(/[^0-9+]/g, "")}`}>
              {card.call}
            </a>
          </li>
        ))}
      </ul>
      <p class="source">{t.now.sources}</p>
    </section>
  );
}
