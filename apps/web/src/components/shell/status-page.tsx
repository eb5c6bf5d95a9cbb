import Link from "next/link";
import { StatusShell } from "./shell-context";
import { PublicShell } from "./site-header";
import * as messages from "@/messages/catalogue";

/** 403 / 404 page body: a heading, one sentence and a way back. */
export function StatusPage({ title, body }: { title: string; body: string }) {
  const content = (
    <>
      <h1 className="mb-4 text-3xl sm:text-4xl">{title}</h1>
      <p className="mb-6 max-w-3xl text-lg">{body}</p>
      <p>
        <Link href="/">{messages.errors.backHome}</Link>
      </p>
    </>
  );
  return <StatusShell framed={<PublicShell demo={false}>{content}</PublicShell>}>{content}</StatusShell>;
}
