import { can, navigationFor } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { MyOrganisationLink } from "@/components/organisation-admin/my-organisation-link";
import { requireUser } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

export const metadata: Metadata = { title: messages.home.title };

export default async function StartPage() {
  const user = await requireUser();
  const areas = navigationFor(user);
  return (
    <>
      <h1 className="mb-3 text-3xl sm:text-4xl">{format(messages.home.welcome, { name: user.name })}</h1>
      <p className="mb-8 text-lg">{format(messages.home.role, { role: messages.roles[user.role] })}</p>
      <MyOrganisationLink user={user} />
      {can(user, "sharing.read") ? (
        <p className="mb-8 border-l-8 border-brand bg-info-bg p-4 text-lg">
          <Link href="/mag-ik-delen/afwegen">{messages.afwegen.homeLink}</Link>
        </p>
      ) : null}
      <h2 className="mb-4 text-2xl">{messages.home.areasHeading}</h2>
      {areas.length === 0 ? (
        <p>{messages.home.noAreas}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {areas.map((area) => (
            <li key={area.key} className="flex flex-col border-2 border-line border-t-8 border-t-brand bg-paper p-5">
              <h3 className="mb-2 text-xl">
                <Link href={area.href}>{messages.nav.items[area.key]}</Link>
              </h3>
              <p className="text-ink-muted">{messages.home.cards[area.key]}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
