import { createTRPCRouter } from "../trpc.ts";

/** Plan van aanpak: activities, budget against spend per theme. */
export const planRouter = createTRPCRouter({});
