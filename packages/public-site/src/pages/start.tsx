/** @jsxImportSource preact */
import { messagesFor } from "../locales.ts";
import type { PublicSnapshot } from "../snapshot.ts";
import { Layout, localHref, WhatToDoNow, type PageContext } from "./layout.tsx";

/** /hulp with more than one municipality: what to do now, then "Kies uw gemeente". */
export function StartPage({ context, snapshot }: { context: PageContext; snapshot: PublicSnapshot }) {
  const t = messagesFor(context.locale);
  return (
    <Layout context={context} meta={{ title: t.start.title, description: t.start.lead, path: "/hulp", municipality: null }}>
      <h1>{t.start.title}</h1>
      <p class="lead">{t.start.lead}</p>
      <WhatToDoNow t={t} />
      <section aria-labelledby="gemeente">
        <h2 id="gemeente">{t.start.chooseMunicipality}</h2>
        <p>{t.start.chooseMunicipalityHint}</p>
        <ul class="topics">
          {snapshot.municipalities.map((municipality) => (
            <li key={municipality.code}>
              <a href={localHref(`/hulp/${municipality.slug}`, context.locale)}>{municipality.name}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
