import { createTRPCRouter } from "../trpc.ts";

/** Import of Veilig Thuis figures (template and CBS): preview with column mapping, commit all-or-nothing. */
export const figureImportRouter = createTRPCRouter({});
