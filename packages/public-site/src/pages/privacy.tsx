/** @jsxImportSource preact */
import { messagesFor } from "../locales.ts";
import type { PublicMunicipality } from "../snapshot.ts";
import { Layout, type PageContext } from "./layout.tsx";

/** The short privacy statement: no cookies, no tracking, no third parties, how to visit safely. */
export function PrivacyPage({ context, municipality }: { context: PageContext; municipality: PublicMunicipality | null }) {
  const t = messagesFor(context.locale);
  return (
    <Layout context={context} meta={{ title: t.privacy.title, description: t.privacy.body[1] ?? t.privacy.title, path: "/hulp/privacy", municipality }}>
      <h1>{t.privacy.title}</h1>
      {t.privacy.body.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
      <p>{t.privacy.contact}</p>
    </Layout>
  );
}
