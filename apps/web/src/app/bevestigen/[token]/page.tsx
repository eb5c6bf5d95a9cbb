import { lookUpConfirmationToken } from "@kk/api";
import { getDb } from "@kk/db";
import type { Metadata } from "next";
import { ConfirmForm } from "@/components/freshness/confirm-form";
import { TokenProblemNotice } from "@/components/freshness/token-problem";
import { formatDutchDate } from "@/components/organisation/format-date";
import { PublicShell } from "@/components/shell/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { confirmByToken } from "./actions";

const t = messages.freshness.confirm;

// The token is in the URL: do not hand it on to other pages in the Referer header.
export const metadata: Metadata = { title: t.title, referrer: "no-referrer" };

interface Props {
  params: Promise<{ token: string }>;
}

/**
 * The one-click link from the monthly reminder. Outside the signed-in part of the portal: the
 * token is the credential. This GET only shows; confirming is the form's POST (server action).
 */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const lookup = await lookUpConfirmationToken(getDb(), token, new Date());

  if (lookup.status !== "valid") {
    return (
      <PublicShell demo={isDemoEnvironment()}>
        <div className="max-w-2xl">
          <PageHeader title={t.title} />
          <TokenProblemNotice problem={lookup.status} />
        </div>
      </PublicShell>
    );
  }

  const { organisation } = lookup;
  const contacts = organisation._count.contacts;
  const address = [organisation.address, organisation.postcode].filter(Boolean).join(", ");
  const editPath = `/sociale-kaart/${organisation.slug}/bewerken`;
  const rows: Array<[string, string]> = [
    [t.fields.name, organisation.name],
    [t.fields.address, address || t.empty],
    [t.fields.phone, organisation.phone || t.empty],
    [t.fields.email, organisation.email || t.empty],
    [t.fields.website, organisation.website || t.empty],
    [t.fields.contacts, contacts === 1 ? t.contactsOne : format(t.contactsCount, { count: contacts })],
    [t.fields.lastChecked, organisation.verifiedAt ? formatDutchDate(organisation.verifiedAt) : t.never],
  ];

  return (
    <PublicShell demo={isDemoEnvironment()}>
      <div className="max-w-2xl">
        <PageHeader title={t.title} intro={format(t.intro, { name: organisation.name })} />
        <section aria-labelledby="gegevens" className="mb-8">
          <h2 id="gegevens" className="mb-3 text-xl">
            {t.dataHeading}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="mb-2 break-words sm:mb-0">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <ConfirmForm
          token={token}
          editHref={`/inloggen?callbackUrl=${encodeURIComponent(editPath)}`}
          confirmAction={confirmByToken}
        />
      </div>
    </PublicShell>
  );
}
