import type { SessionUser } from "@kk/auth/roles";
import type { AgreementStatus, Prisma } from "@kk/db";
import { PUBLISHED_STATUSES } from "./status-transitions.ts";

/**
 * Who may read which agreement (issue 4, "Roles"; docs/convenanten.md):
 * - COORDINATOR, REGIO_COORDINATOR and BEHEERDER: every agreement (agreements are shared data of the region).
 * - PROFESSIONAL and PARTNER: agreements in force (ACTIEF) and ended ones (VERLOPEN, BEEINDIGD),
 *   which stay readable as history: professionals need to know what was agreed when.
 * - PARTNER additionally: CONCEPT and IN_BESPREKING agreements its own organisation is party to.
 * - RAAD: none (the council sees figures only, `agreement.figures`).
 * The policy action "agreement.read" lets the roles in; this where-clause decides per record.
 */
export function agreementVisibilityWhere(user: SessionUser): Prisma.AgreementWhereInput {
  switch (user.role) {
    case "COORDINATOR":
    case "REGIO_COORDINATOR":
    case "BEHEERDER":
      return {};
    case "PROFESSIONAL":
      return { status: { in: [...PUBLISHED_STATUSES] } };
    case "PARTNER":
      if (!user.organisationId) return { status: { in: [...PUBLISHED_STATUSES] } };
      return {
        OR: [{ status: { in: [...PUBLISHED_STATUSES] } }, { parties: { some: { organisationId: user.organisationId } } }],
      };
    default:
      // A where-clause that matches nothing: the id is never empty.
      return { id: "" };
  }
}

/** The part of an agreement the read rule looks at. */
export interface AgreementAccessSubject {
  status: AgreementStatus;
  parties: ReadonlyArray<{ organisationId: string }>;
}

/** The same rule as `agreementVisibilityWhere`, for a record already loaded. */
export function canReadAgreement(user: SessionUser, agreement: AgreementAccessSubject): boolean {
  switch (user.role) {
    case "COORDINATOR":
    case "REGIO_COORDINATOR":
    case "BEHEERDER":
      return true;
    case "PROFESSIONAL":
      return (PUBLISHED_STATUSES as readonly AgreementStatus[]).includes(agreement.status);
    case "PARTNER":
      return (
        (PUBLISHED_STATUSES as readonly AgreementStatus[]).includes(agreement.status) ||
        (user.organisationId !== null && agreement.parties.some((p) => p.organisationId === user.organisationId))
      );
    default:
      return false;
  }
}
