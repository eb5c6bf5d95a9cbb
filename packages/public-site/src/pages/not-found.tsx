/** @jsxImportSource preact */
import { messagesFor } from "../locales.ts";
import { Layout, localHref, type PageContext } from "./layout.tsx";

/** A public 404, with the numbers that matter anyway. */
export function NotFoundPage({ context, path }: { context: PageContext; path: string }) {
  const t = messagesFor(context.locale);
  return (
    <Layout context={context} meta={{ title: t.notFound.title, description: t.notFound.text, path, municipality: null, noindex: true }}>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <a href={localHref("/hulp", context.locale)}>{t.notFound.back}</a>
      </p>
    </Layout>
  );
}
