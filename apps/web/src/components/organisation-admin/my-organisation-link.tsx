import { can } from "@kk/auth/policy";
import type { SessionUser } from "@kk/auth/roles";
import { ButtonLink } from "@/components/ui/button-link";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.myOrganisation;

/** For a partner: the way to its own entry on the sociale kaart ("Mijn organisatie bijwerken"). */
export async function MyOrganisationLink({ user }: { user: SessionUser }) {
  if (user.role !== "PARTNER" || !user.organisationId) return null;
  if (!can(user, "organisation.update", { organisationId: user.organisationId })) return null;
  const organisation = await (await serverApi()).organisation.forEdit({ id: user.organisationId }).catch(() => null);
  if (!organisation) return null;
  return (
    <section aria-labelledby="my-organisation-heading" className="mb-8 border-l-8 border-brand bg-info-bg p-4 sm:p-6">
      <h2 id="my-organisation-heading" className="mb-2 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-4">{format(t.body, { name: organisation.name })}</p>
      <ButtonLink href={`/sociale-kaart/${organisation.slug}/bewerken`} variant="primary">
        {t.link}
      </ButtonLink>
    </section>
  );
}
