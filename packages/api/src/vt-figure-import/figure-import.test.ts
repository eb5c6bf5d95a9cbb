import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { fixture } from "../vt-figures/fixtures/areas.ts";
import type { FigureImportCommitInput, FigureImportInput } from "./schemas.ts";

let t: ApiTestDatabase;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createApiTestDatabase("vt_figure_import");
  const region = await t.db.area.create({ data: { code: "VT-ZHZ", name: "Veilig Thuis Zuid-Holland Zuid", kind: "VT_REGION" } });
  const zwijndrecht = await t.db.area.create({ data: { code: "GM0642", name: "Zwijndrecht", kind: "MUNICIPALITY", parentId: region.id } });
  ids = { region: region.id, zwijndrecht: zwijndrecht.id };
  // Issue 18: the coordinator acts for Zwijndrecht (a single-municipality install links its users).
  await t.db.municipality.create({ data: { code: "GM0642", name: "Zwijndrecht", areaId: zwijndrecht.id } });
  await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { municipalityCode: "GM0642" } });
  t.users.COORDINATOR.municipalityCode = "GM0642";
  for (const [code, name] of [["WK064201", "Centrum"], ["WK064202", "Walburg"], ["WK064203", "Noord"], ["WK064204", "Kort Ambacht"]] as const) {
    ids[name] = (await t.db.area.create({ data: { code, name, kind: "WIJK", parentId: zwijndrecht.id } })).id;
  }
});
afterAll(async () => {
  await t?.drop();
});

function file(name: string, format: "TEMPLATE" | "CBS", more: Partial<FigureImportCommitInput> = {}): FigureImportCommitInput {
  return {
    format,
    fileName: name,
    contentBase64: Buffer.from(fixture(name)).toString("base64"),
    source: format === "CBS" ? "CBS StatLine" : "Veilig Thuis Zuid-Holland Zuid",
    deliveredAt: "2024-03-01",
    ...more,
  };
}

/**
 * The CBS regional table holds rows for the Veilig Thuis region as well as the municipality. Region-level
 * rows have no municipality; row-level security (docs/adr/0024) lets only a region-scope connection write
 * them, so these imports run on one (the coordinator's policy checks are unchanged).
 */
const REGION_CONNECTION = { scope: { kind: "region" } } as const;

function csv(text: string, name = "cijfers.csv", more: Partial<FigureImportCommitInput> = {}): FigureImportCommitInput {
  return { format: "TEMPLATE", fileName: name, contentBase64: Buffer.from(`\uFEFF${text}`).toString("base64"), source: "Veilig Thuis Zuid-Holland Zuid", deliveredAt: "2024-03-01", ...more };
}

async function counts() {
  return { periods: await t.db.figurePeriod.count(), deliveries: await t.db.figureDelivery.count(), values: await t.db.figureValue.count(), mappings: await t.db.figureImportMapping.count() };
}

/** The preview with the mapping confirmed as proposed when it asks for one. */
async function readyPreview(input: FigureImportInput) {
  const caller = t.callerFor(t.users.COORDINATOR, REGION_CONNECTION);
  let preview = await caller.figureImport.preview(input);
  if (preview.stage === "MAPPING") {
    expect(preview.problems).toEqual([]);
    const mapping = { fingerprint: preview.fingerprint, columns: preview.columns.map(({ header, target }) => ({ header, target })) };
    input.mapping = mapping;
    preview = await caller.figureImport.preview(input);
  }
  return preview;
}

describe("figure import: preview and commit", () => {
  it("refuses unknown areas by default, skips and lists them when asked, and plans one delivery per period and scope", async () => {
    const caller = t.callerFor(t.users.COORDINATOR, REGION_CONNECTION);
    const before = await counts();
    const refused = await readyPreview(file("cbs-84849NED-veilig-thuis-regio.csv", "CBS"));
    expect(refused.stage).toBe("INVALID");
    if (refused.stage !== "INVALID") return;
    expect(refused.errors[0]).toMatch(/^Rij \d+, kolom ‘.*’: onbekend gebied ‘Dordrecht’/);

    const input = file("cbs-84849NED-veilig-thuis-regio.csv", "CBS", { skipUnknownAreas: true });
    const preview = await readyPreview(input);
    expect(preview.stage).toBe("READY");
    if (preview.stage !== "READY") return;
    expect(preview.tableId).toBe("84849NED");
    expect(preview.notes.join(" ")).toMatch(/vijf/);
    // One line per skipped row of the file, not one per column.
    expect(preview.skipped.filter((s) => s.includes("Dordrecht"))).toHaveLength(3);
    expect(preview.skipped[0]).toMatch(/^Rij \d+: gebied ‘Dordrecht’ is niet bekend in het portaal en is overgeslagen\.$/);
    expect(preview.needsConfirmation).toBe(false);
    expect(preview.deliveries.map((d) => [d.periodCode, d.scopeName, d.action, d.version, d.provisional])).toEqual([
      ["2023", "Veilig Thuis Zuid-Holland Zuid", "NEW", 1, true],
      ["2023", "Zwijndrecht", "NEW", 1, true],
      ["2023-H1", "Veilig Thuis Zuid-Holland Zuid", "NEW", 1, false],
      ["2023-H1", "Zwijndrecht", "NEW", 1, false],
      ["2023-H2", "Veilig Thuis Zuid-Holland Zuid", "NEW", 1, true],
      ["2023-H2", "Zwijndrecht", "NEW", 1, true],
    ]);
    expect(preview.deliveries[1]!.valueCount).toBe(13);
    // The preview stores nothing.
    expect(await counts()).toEqual(before);

    const committed = await caller.figureImport.commit(input);
    expect(committed.committed).toBe(true);
    if (!committed.committed) return;
    expect(committed.deliveries).toHaveLength(6);
    expect(committed.valueCount).toBe(preview.valueCount);
    const h1 = await t.db.figureDelivery.findFirstOrThrow({ where: { period: { code: "2023-H1" }, scopeAreaId: ids.zwijndrecht }, include: { values: true } });
    expect(h1).toMatchObject({ version: 1, method: "CBS_IMPORT", source: "CBS StatLine", provisional: false, fileName: "cbs-84849NED-veilig-thuis-regio.csv", importedById: t.users.COORDINATOR.id });
    expect(h1.values.find((v) => v.measure === "CHILD_REPORTS" && v.breakdownKey === "KINDEROPVANG")).toMatchObject({ value: null, status: "SUPPRESSED" });
    expect(await t.db.auditEvent.count({ where: { entityType: "FigureDelivery", action: "figureDelivery.create" } })).toBe(6);
    // The mapping is remembered: the same header needs no mapping step next time.
    expect(await t.db.figureImportMapping.count({ where: { format: "CBS" } })).toBe(1);
    const again = await caller.figureImport.preview(file("cbs-84849NED-veilig-thuis-regio.csv", "CBS", { skipUnknownAreas: true }));
    expect(again).toMatchObject({ stage: "READY", remembered: true, needsConfirmation: true });
  });

  it("asks for confirmation of a new version, then replaces what the file contains and carries over the rest", async () => {
    const caller = t.callerFor(t.users.COORDINATOR, REGION_CONNECTION);
    const input = file("cbs-84851NED-vormen-van-geweld.csv", "CBS", { skipUnknownAreas: true });
    const preview = await readyPreview(input);
    expect(preview.stage).toBe("READY");
    if (preview.stage !== "READY") return;
    const h1 = preview.deliveries.find((d) => d.periodCode === "2023-H1" && d.scopeName === "Zwijndrecht");
    expect(h1).toMatchObject({ action: "NEW_VERSION", version: 2 });
    expect(h1!.carriedOverCount).toBeGreaterThan(0);
    expect(h1!.notice).toContain("overgenomen in versie 2");

    const before = await counts();
    const refusal = await caller.figureImport.commit(input).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TRPCError);
    expect((refusal as TRPCError).code).toBe("BAD_REQUEST");
    expect((refusal as TRPCError).message).toContain("Importeer als nieuwe versie");
    expect(await counts()).toEqual(before);

    const committed = await caller.figureImport.commit({ ...input, confirmNewVersion: true, note: "Tweede CBS-tabel" });
    expect(committed.committed).toBe(true);
    const versions = await t.db.figureDelivery.findMany({ where: { period: { code: "2023-H1" }, scopeAreaId: ids.zwijndrecht }, orderBy: { version: "asc" }, include: { values: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.supersedesId).toBe(versions[0]!.id);
    expect(versions[1]!.note).toMatch(/^Tweede CBS-tabel\nOvergenomen uit versie 1: /);
    const latest = versions[1]!.values;
    // From the new file: the total of reports of child abuse and the forms.
    expect(latest.find((v) => v.measure === "CHILD_REPORTS" && v.breakdownKind === "NONE")?.value).toBe(60);
    expect(latest.find((v) => v.breakdownKey === "SEKSUEEL_MISBRUIK")).toMatchObject({ status: "SUPPRESSED", value: null });
    // Carried over from version 1: other measures and the breakdown by reporter.
    expect(latest.find((v) => v.measure === "ADVICE_REQUESTS")?.value).toBe(85);
    expect(latest.find((v) => v.breakdownKey === "POLITIE")?.value).toBe(20);
    // Version 1 is kept as it was.
    expect(versions[0]!.values.some((v) => v.breakdownKind === "FORM")).toBe(false);
  });

  it("refuses a file with errors row by row and writes nothing", async () => {
    const caller = t.callerFor(t.users.COORDINATOR);
    const before = await counts();
    const input = file("template-fouten.csv", "TEMPLATE");
    const preview = await caller.figureImport.preview(input);
    expect(preview.stage).toBe("INVALID");
    if (preview.stage !== "INVALID") return;
    expect(preview.errors).toContain("Rij 4: waarde ‘-5’: een aantal kan niet negatief zijn.");
    const committed = await caller.figureImport.commit({ ...input, confirmNewVersion: true });
    expect(committed).toMatchObject({ committed: false, preview: { stage: "INVALID" } });
    expect(await counts()).toEqual(before);
  });

  it("imports the template with wijken into the municipality's delivery, and lists at most 50 errors", async () => {
    const caller = t.callerFor(t.users.COORDINATOR);
    const committed = await caller.figureImport.commit(file("template-voorbeeld.csv", "TEMPLATE"));
    expect(committed).toMatchObject({ committed: true, deliveries: [{ periodCode: "2018-H1", scopeName: "Zwijndrecht", version: 1, valueCount: 14, carriedOverCount: 0 }] });
    const delivery = await t.db.figureDelivery.findFirstOrThrow({ where: { period: { code: "2018-H1" } }, include: { values: true } });
    expect(delivery.method).toBe("TEMPLATE_IMPORT");
    expect(delivery.values.find((v) => v.areaId === ids.Noord)).toMatchObject({ status: "MISSING", value: null });

    const rows = Array.from({ length: 60 }, (_, i) => `2019;Zwijndrecht;meldingen;;;-${i + 1};;nee`);
    const many = await caller.figureImport.preview(csv(`periode;gebied;maatregel;uitsplitsing;sleutel;waarde;status;voorlopig\n${rows.join("\n")}\n`));
    expect(many.stage).toBe("INVALID");
    if (many.stage !== "INVALID") return;
    expect(many.errors).toHaveLength(51);
    expect(many.errors.at(-1)).toMatch(/^En nog \d+ fouten\.$/);
  });

  it("checks the form fields in Dutch and offers the template", async () => {
    const caller = t.callerFor(t.users.COORDINATOR);
    const error = await caller.figureImport.preview({ ...csv("x"), source: "", deliveredAt: "2999-01-01", fileName: "cijfers.pdf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    const messages = JSON.stringify((error as TRPCError).cause);
    expect(messages).toContain("Vul de bron in");
    expect(messages).toContain("De datum van levering kan niet in de toekomst liggen.");
    expect(messages).toContain("Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).");
    // Over 10 MB (base64 grows by a third): refused before anything is read.
    const tooLarge = await caller.figureImport.preview({ ...csv("x"), contentBase64: "A".repeat(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4) }).catch((e: unknown) => e);
    expect(JSON.stringify((tooLarge as TRPCError).cause)).toContain("Het bestand is groter dan 10 MB. Splits het in kleinere bestanden.");
    const template = await caller.figureImport.template({ format: "csv" });
    expect(template.fileName).toBe("sjabloon-veilig-thuis-cijfers.csv");
    expect(String(template.body)).toContain("periode;gebied;maatregel");
    const xlsx = await caller.figureImport.template({ format: "xlsx" });
    expect(xlsx.body).toBeInstanceOf(Uint8Array);
  });
});

describe("the mapping choices the form offers", () => {
  it("match the template's fields and every target the mapping can propose", async () => {
    const { FIGURE_FIELDS } = await import("../vt-figures/template.ts");
    const { IMPORT_FIELDS, MAPPING_TARGETS, mappingTargetOf, mappingTargetValue } = await import("./schemas.ts");
    expect([...IMPORT_FIELDS]).toEqual([...FIGURE_FIELDS]);
    const values = MAPPING_TARGETS.map(mappingTargetValue);
    expect(new Set(values).size).toBe(values.length);
    for (const target of MAPPING_TARGETS) expect(mappingTargetOf(mappingTargetValue(target))).toEqual(target);
    const { proposeMapping } = await import("../vt-figures/mapping.ts");
    const { readCbsFile } = await import("../vt-figures/cbs.ts");
    const table = await readCbsFile("cbs-84849NED-veilig-thuis-regio.csv", fixture("cbs-84849NED-veilig-thuis-regio.csv"));
    for (const column of proposeMapping(table.header).columns) expect(values).toContain(mappingTargetValue(column.target));
  });
});

/*
 * Finding 10 (issue 14): a misspelt breakdown column ("…naar melder/Polite") was proposed as an
 * exact match for the total, so the preview went straight on and would have stored the police's
 * reports as all reports of child abuse. It must stop at the mapping step, flagged as uncertain.
 */
describe("a misspelt breakdown column in a CBS file", () => {
  const cbs = (column: string): FigureImportCommitInput => ({
    format: "CBS",
    fileName: "cbs-melder.csv",
    contentBase64: Buffer.from(
      [
        '"Veilig Thuis; adviezen, meldingen, regio"',
        '"Tabel 84849NED - verzonnen cijfers"',
        '""',
        `"Regio's";"Perioden";"${column}"`,
        '"Zwijndrecht";"2021";"40"',
      ].join("\n"),
    ).toString("base64"),
    source: "CBS StatLine",
    deliveredAt: "2024-03-01",
  });

  it.each([
    ["Meldingen kindermishandeling naar melder/Polite (aantal)", "POLITIE"],
    ["Meldingen kindermishandeling naar melder/Politei (aantal)", "POLITIE"],
    // No key is near: still a measure, but uncertain, so the coordinator has to look at it.
    ["Meldingen kindermishandeling naar melder/Buurman (aantal)", null],
  ])("%s stops at the mapping step, uncertain (nearest key %s)", async (column, breakdownKey) => {
    const preview = await t.callerFor(t.users.COORDINATOR).figureImport.preview(cbs(column));
    expect(preview.stage).toBe("MAPPING");
    if (preview.stage !== "MAPPING") return;
    // The third column (the reader gives the header lower-cased).
    expect(preview.columns[2]).toMatchObject({ quality: "similar", target: { kind: "measure", measure: "CHILD_REPORTS", breakdownKey } });
  });

  it("the column spelt right is an exact match for the police's reports", async () => {
    const preview = await t.callerFor(t.users.COORDINATOR).figureImport.preview(cbs("Meldingen kindermishandeling naar melder/Politie (aantal)"));
    expect(preview.stage).toBe("READY");
    if (preview.stage !== "READY") return;
    expect(preview.columns[2]).toMatchObject({ quality: "exact", target: { kind: "measure", measure: "CHILD_REPORTS", breakdownKey: "POLITIE" } });
  });
});
