/** @jsxImportSource preact */
import { format, messagesFor } from "../locales.ts";
import type { PublicMunicipality } from "../snapshot.ts";
import { Layout, type PageContext } from "./layout.tsx";

export interface PosterPageProps {
  context: PageContext;
  municipality: PublicMunicipality;
  /** The address the QR code leads to (the municipality's public page). */
  pageUrl: string;
  /** The QR code as an SVG element (from the `qrcode` library). */
  qrSvg: string;
}

/**
 * An A4 poster for waiting rooms and schools: the numbers and a QR code to the municipality's page.
 * On screen it is a normal page with a print hint; the print stylesheet hides the header, the
 * "Snel weg" button and the footer and sizes the QR code to 6 cm.
 */
export function PosterPage({ context, municipality, pageUrl, qrSvg }: PosterPageProps) {
  const t = messagesFor(context.locale);
  return (
    <Layout
      context={context}
      meta={{ title: t.poster.title, description: t.poster.sub, path: `/hulp/${municipality.slug}/poster`, municipality }}
    >
      <p class="screen-only hint">{t.poster.printHint}</p>
      <article class="poster">
        <h1 class="big">{t.poster.heading}</h1>
        <p class="lead">{t.poster.sub}</p>
        <ul class="numbers">
          <li>
            {t.now.danger.title}
            <strong>112</strong>
          </li>
          <li>
            {t.now.veiligThuis.title}
            <strong>0800-2000</strong>
          </li>
          <li>
            {t.now.kindertelefoon.title}
            <strong>0800-0432</strong>
          </li>
        </ul>
        <figure>
          <div class="qr" role="img" aria-label={format(t.poster.scan, { municipality: municipality.name })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption>
            {format(t.poster.scan, { municipality: municipality.name })}
            <br />
            <span class="qr-url">{pageUrl.replace(/^https?:\/\//, "")}</span>
          </figcaption>
        </figure>
      </article>
    </Layout>
  );
}
