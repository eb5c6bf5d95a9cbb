import { createTRPCRouter } from "../trpc.ts";

/** Veilig Thuis figures by hand, children 0-17 per area and year, deliveries and their versions. */
export const figureEntryRouter = createTRPCRouter({});
