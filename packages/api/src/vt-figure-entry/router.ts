import { createTRPCRouter, guarded } from "../trpc.ts";
import { figureScopeOf } from "../vt-figures/figure-scope.ts";
import { entryForm, figureOverview, listDeliveries, populationTable, readDelivery, resolveScope } from "./read-figures.ts";
import { saveFigures, setPopulation } from "./save-figures.ts";
import { figureDeliveriesInput, figureDeliveryInput, figureEntryFormInput, figureOverviewInput, figurePopulationsInput, saveFiguresInput, setPopulationInput } from "./schemas.ts";

/** Veilig Thuis figures by hand, children 0-17 per area and year, deliveries and their versions (docs/dashboard.md, "Cijfers beheren"). */
export const figureEntryRouter = createTRPCRouter({
  overview: guarded("figures.read")
    .input(figureOverviewInput)
    .query(async ({ ctx }) => figureOverview(ctx.db, await figureScopeOf(ctx.db, ctx.actor))),
  deliveries: guarded("figures.read")
    .input(figureDeliveriesInput)
    .query(async ({ ctx, input }) => listDeliveries(ctx.db, await figureScopeOf(ctx.db, ctx.actor), input)),
  delivery: guarded("figures.read")
    .input(figureDeliveryInput)
    .query(async ({ ctx, input }) => readDelivery(ctx.db, await figureScopeOf(ctx.db, ctx.actor), input.id)),
  form: guarded("figures.manage")
    .input(figureEntryFormInput)
    .query(async ({ ctx, input }) => entryForm(ctx.db, await figureScopeOf(ctx.db, ctx.actor), input)),
  save: guarded("figures.manage")
    .input(saveFiguresInput)
    .mutation(({ ctx, input }) => saveFigures(ctx.db, ctx.actor, input)),
  populations: guarded("figures.read")
    .input(figurePopulationsInput)
    .query(async ({ ctx, input }) => {
      const figureScope = await figureScopeOf(ctx.db, ctx.actor);
      return populationTable(ctx.db, await resolveScope(ctx.db, figureScope, input?.scopeAreaId));
    }),
  setPopulation: guarded("figures.manage")
    .input(setPopulationInput)
    .mutation(({ ctx, input }) => setPopulation(ctx.db, ctx.actor, input)),
});
