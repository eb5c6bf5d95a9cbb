import { createTRPCRouter, guarded } from "../trpc.ts";
import { agreementsBetween, agreementsOfOrganisation } from "./agreements-between.ts";
import { getAgreementFigures } from "./coverage-figures.ts";
import { loadCoverageMatrix } from "./load-coverage.ts";
import { getNetworkGaps } from "./network-gaps.ts";
import { agreementsBetweenInput, agreementsOfOrganisationInput, coverageMatrixInput, networkGapsInput } from "./schemas.ts";

export const agreementCoverageRouter = createTRPCRouter({
  /** Organisations × organisations: which pairs an agreement in force covers, and what it lacks. */
  matrix: guarded("agreementCoverage.read")
    .input(coverageMatrixInput)
    .query(({ ctx, input }) => loadCoverageMatrix(ctx.db, { sectors: input.sectors, municipality: input.municipality }, ctx.now())),
  /** The agreements between two organisations the caller may read (Escalatie page). */
  between: guarded("agreementCoverage.read")
    .input(agreementsBetweenInput)
    .query(({ ctx, input }) => agreementsBetween(ctx.db, ctx.actor, input.organisationA, input.organisationB, ctx.now())),
  /** The agreements one organisation is party to that the caller may read (organisation page). */
  ofOrganisation: guarded("agreementCoverage.read")
    .input(agreementsOfOrganisationInput)
    .query(({ ctx, input }) => agreementsOfOrganisation(ctx.db, ctx.actor, input.organisationId, ctx.now())),
  /** Counts only, for the council (and the coordinator). */
  figures: guarded("agreement.figures").query(({ ctx }) => getAgreementFigures(ctx.db, ctx.now())),
});

export const networkGapsRouter = createTRPCRouter({
  list: guarded("networkGaps.read")
    .input(networkGapsInput)
    .query(({ ctx, input }) => getNetworkGaps(ctx.db, ctx.now(), input.municipality)),
});
