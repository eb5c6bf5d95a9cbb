import { createTRPCRouter, guarded } from "../trpc.ts";
import { entryForm, figureOverview, listDeliveries, populationTable, readDelivery, resolveScope } from "./read-figures.ts";
import { saveFigures, setPopulation } from "./save-figures.ts";
import { figureDeliveriesInput, figureDeliveryInput, figureEntryFormInput, figureOverviewInput, figurePopulationsInput, saveFiguresInput, setPopulationInput } from "./schemas.ts";

/** Veilig Thuis figures by hand, children 0-17 per area and year, deliveries and their versions (docs/dashboard.md, "Cijfers beheren"). */
export const figureEntryRouter = createTRPCRouter({
  overview: guarded("figures.read")
    .input(figureOverviewInput)
    .query(({ ctx }) => figureOverview(ctx.db)),
  deliveries: guarded("figures.read")
    .input(figureDeliveriesInput)
    .query(({ ctx, input }) => listDeliveries(ctx.db, input)),
  delivery: guarded("figures.read")
    .input(figureDeliveryInput)
    .query(({ ctx, input }) => readDelivery(ctx.db, input.id)),
  form: guarded("figures.manage")
    .input(figureEntryFormInput)
    .query(({ ctx, input }) => entryForm(ctx.db, input)),
  save: guarded("figures.manage")
    .input(saveFiguresInput)
    .mutation(({ ctx, input }) => saveFigures(ctx.db, ctx.actor, input)),
  populations: guarded("figures.read")
    .input(figurePopulationsInput)
    .query(async ({ ctx, input }) => populationTable(ctx.db, await resolveScope(ctx.db, input?.scopeAreaId))),
  setPopulation: guarded("figures.manage")
    .input(setPopulationInput)
    .mutation(({ ctx, input }) => setPopulation(ctx.db, ctx.actor, input)),
});
