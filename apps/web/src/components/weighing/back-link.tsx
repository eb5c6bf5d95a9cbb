import Link from "next/link";
import * as messages from "@/messages/catalogue";

/** GOV.UK back link: above the content, to the previous step with the answers so far. */
export function BackLink({ href }: { href: string }) {
  return (
    <p className="mb-6 print:hidden">
      <Link href={href} className="inline-flex min-h-11 items-center">
        <span aria-hidden="true">‹&nbsp;</span>
        {messages.afwegen.back}
      </Link>
    </p>
  );
}
