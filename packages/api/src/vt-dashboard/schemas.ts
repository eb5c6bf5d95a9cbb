import { z } from "zod";

/** The dashboard's filters, as the page reads them from the URL (van, tot, soort, periode). */
export const dashboardFilterSchema = z
  .object({
    fromYear: z.number().int().min(1990, "Kies een jaar vanaf 1990.").max(2100, "Kies een jaar tot 2100.").optional(),
    toYear: z.number().int().min(1990, "Kies een jaar vanaf 1990.").max(2100, "Kies een jaar tot 2100.").optional(),
    periodKind: z.enum(["YEAR", "HALF_YEAR"]).optional(),
    /** The period of the breakdowns and the ranking, e.g. "2018" or "2018-H1"; default the latest delivered one shown. */
    periodCode: z
      .string()
      .regex(/^\d{4}(-H[12])?$/, "Kies een periode als 2018 of 2018-H1.")
      .optional(),
    targetId: z.string().min(1).max(64).optional(),
    /** The municipality (CBS gemeentecode) a region role picks; others see their own (issue 18). */
    municipalityCode: z
      .string()
      .regex(/^GM\d{4}$/, "Kies een gemeente.")
      .optional(),
  })
  .refine((f) => f.fromYear === undefined || f.toYear === undefined || f.fromYear <= f.toYear, {
    message: "Het beginjaar ligt na het eindjaar.",
    path: ["toYear"],
  });

export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

export const DASHBOARD_DATASETS = ["indicator", "signals", "breakdowns", "ranking"] as const;
export type DashboardDataset = (typeof DASHBOARD_DATASETS)[number];

export const dashboardExportSchema = z.object({
  dataset: z.enum(DASHBOARD_DATASETS),
  filter: dashboardFilterSchema,
});
