import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import {
  findMunicipalCoordinator,
  readOrganisation,
  type ContactView,
  type MunicipalCoordinator,
} from "../organisation/read-organisation.ts";

/*
 * "Doe het nooit alleen" (000 §1.2, step 5 of the weighing aid): whom the professional can
 * consult, from the sociale kaart. Their OWN organisation's aandachtsfunctionaris and privacy
 * officer (read through readOrganisation, so contacts marked "coordinators only" stay hidden
 * from those who may not see them), the municipal coordinator and Veilig Thuis for (anonymous)
 * advice. Nothing about a case goes in or comes out: the query takes no input.
 */

export interface ConsultContacts {
  ownOrganisation: {
    name: string;
    slug: string;
    aandachtsfunctionarissen: ContactView[];
    privacyOfficers: ContactView[];
  } | null;
  municipalCoordinator: MunicipalCoordinator | null;
  veiligThuis: Array<{ name: string; slug: string; phone: string }>;
}

export async function readConsultContacts(db: Db, user: SessionUser, now: Date): Promise<ConsultContacts> {
  const [own, municipalCoordinator, veiligThuis] = await Promise.all([
    user.organisationId ? readOrganisation(db, user, { id: user.organisationId }, now).catch(() => null) : Promise.resolve(null),
    findMunicipalCoordinator(db, user),
    db.organisation.findMany({
      where: { type: { equals: "Veilig Thuis", mode: "insensitive" }, status: { not: "CLOSED" } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { name: true, slug: true, phone: true },
      take: 5,
    }),
  ]);
  return {
    ownOrganisation: own
      ? {
          name: own.name,
          slug: own.slug,
          aandachtsfunctionarissen: own.contacts.filter((c) => c.roles.includes("AANDACHTSFUNCTIONARIS")),
          privacyOfficers: own.contacts.filter((c) => c.roles.includes("PRIVACY_OFFICER")),
        }
      : null,
    municipalCoordinator,
    veiligThuis,
  };
}
