import type { AgreementKind, AgreementStatus, ClauseCoverage, MunicipalityRole } from "@kk/db";

/**
 * Dutch labels for convenanten (issue 4): kinds, statuses, clause coverage, the municipality's
 * role. Shared by registry, documents, coverage and reminders; add keys additively.
 */
export const convenantenNl = {
  kinds: {
    CONVENANT: "Convenant",
    SAMENWERKINGSAFSPRAAK: "Samenwerkingsafspraak",
    PROTOCOL: "Protocol",
    WERKAFSPRAAK: "Werkafspraak",
  } satisfies Record<AgreementKind, string>,
  statuses: {
    CONCEPT: "Concept",
    IN_BESPREKING: "In bespreking",
    ACTIEF: "Actief",
    VERLOPEN: "Verlopen",
    BEEINDIGD: "Beëindigd",
  } satisfies Record<AgreementStatus, string>,
  /** Button text for moving an agreement to this status. */
  transitionActions: {
    CONCEPT: "Terug naar concept",
    IN_BESPREKING: "In bespreking nemen",
    ACTIEF: "Actief maken",
    VERLOPEN: "Markeren als verlopen",
    BEEINDIGD: "Beëindigen",
  } satisfies Record<AgreementStatus, string>,
  coverage: {
    COVERED: "Gedekt",
    NOT_COVERED: "Niet gedekt",
    NOT_APPLICABLE: "Niet van toepassing",
  } satisfies Record<ClauseCoverage, string>,
  /** A catalogue clause without a row for this agreement. */
  coverageNotAssessed: "Niet beoordeeld",
  municipalityRoles: {
    PARTIJ: "Gemeente is partij",
    FACILITATOR: "Gemeente faciliteert",
    GEEN: "Gemeente is niet betrokken",
  } satisfies Record<MunicipalityRole, string>,
};
