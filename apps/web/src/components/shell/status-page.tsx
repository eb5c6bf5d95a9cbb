import { StatusShell } from "./shell-context";
import { PlainSiteFrame } from "./site-frame";
import * as messages from "@/messages/catalogue";

/**
 * 403 / 404 page body: a heading, one sentence and a way back. Its links are plain anchors, not
 * next/link: app/not-found.tsx and app/forbidden.tsx are loaded with every page, and next/link in
 * their client chunk would be a second copy beside the portal layout's (~2.5 kB gzip per page,
 * issue 17, item 8). From a status page a full page load home is what one wants anyway.
 */
export function StatusPage({ title, body }: { title: string; body: string }) {
  const content = (
    <>
      <h1 className="mb-4 text-3xl sm:text-4xl">{title}</h1>
      <p className="mb-6 max-w-3xl text-lg">{body}</p>
      <p>
        <a href="/">{messages.errors.backHome}</a>
      </p>
    </>
  );
  // Outside the portal shell: the public shell as site-header.tsx draws it.
  const framed = <PlainSiteFrame>{content}</PlainSiteFrame>;
  return <StatusShell framed={framed}>{content}</StatusShell>;
}
