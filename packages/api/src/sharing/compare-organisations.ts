import type { SessionUser } from "@kk/auth/roles";
import type { Db, LegalFrame } from "@kk/db";
import type { z } from "zod";
import { escalationContactsFor, findVisibleOrganisation, type ContactView } from "../organisation/read-organisation.ts";
import { CONSENT_BY_AGE, sharingAdvice } from "./rules.ts";
import type { sharingCompareInput } from "./schemas.ts";

export interface SharingParty {
  id: string;
  name: string;
  slug: string;
  type: string;
  legalFrame: LegalFrame;
  legalBasis: string;
  escalationContacts: ContactView[];
}

async function partyOf(db: Db, user: SessionUser, organisationId: string): Promise<SharingParty> {
  const organisation = await findVisibleOrganisation(db, user, { id: organisationId });
  return {
    id: organisation.id,
    name: organisation.name,
    slug: organisation.slug,
    type: organisation.type,
    legalFrame: organisation.legalFrame,
    legalBasis: organisation.legalBasis,
    escalationContacts: await escalationContactsFor(db, user, organisation.id),
  };
}

/**
 * "Mag ik delen met …?" for two organisations: both legal frames, what the rules say for the
 * pair, the consent-by-age table and whom to call. Asks for and stores nothing about clients.
 */
export async function compareOrganisationsForSharing(db: Db, user: SessionUser, input: z.output<typeof sharingCompareInput>) {
  const [from, to] = await Promise.all([partyOf(db, user, input.fromOrganisationId), partyOf(db, user, input.toOrganisationId)]);
  return {
    from,
    to,
    advice: sharingAdvice(from.legalFrame, to.legalFrame, to.type),
    consentByAge: CONSENT_BY_AGE,
  };
}
