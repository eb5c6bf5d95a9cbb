import { describe, expect, it } from "vitest";
import { DEMO_AREAS } from "./fixtures/areas.ts";
import { applyMapping, proposeMapping } from "./mapping.ts";
import { FIGURE_FIELDS, readFigureTemplate, TEMPLATE_COLUMNS, TEMPLATE_HEADER, templateCsv, templateXlsx } from "./template.ts";
import { validateFigureRows } from "./validate.ts";

async function roundTrip(fileName: string, content: Uint8Array) {
  const table = await readFigureTemplate(fileName, content);
  const proposal = proposeMapping(table.header);
  const mapped = applyMapping(table, proposal);
  if (!mapped.ok) throw new Error(mapped.errors.join("\n"));
  return { table, proposal, result: validateFigureRows(mapped.rows, { areas: DEMO_AREAS, existingDeliveries: [] }) };
}

describe("the figures template", () => {
  it("has one column per field, the required ones first", () => {
    expect(TEMPLATE_HEADER).toEqual([...FIGURE_FIELDS]);
    expect(TEMPLATE_COLUMNS.filter((c) => c.required).map((c) => c.field)).toEqual(["periode", "gebied", "maatregel", "waarde"]);
  });

  it("CSV: opens in Dutch Excel (BOM, ';') and its example rows import without errors", async () => {
    const csv = templateCsv();
    expect(csv.startsWith("\uFEFFperiode;gebied;maatregel;uitsplitsing;sleutel;waarde;status;voorlopig\r\n")).toBe(true);
    const { proposal, result } = await roundTrip("sjabloon.csv", new TextEncoder().encode(csv));
    expect(proposal.quality.every((q) => q === "exact")).toBe(true);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.rows.map((r) => [r.measure, r.breakdownKey, r.value, r.status])).toEqual([
      ["CHILD_REPORTS", "", 60, "VALUE"],
      ["CHILD_REPORTS", "POLITIE", 20, "VALUE"],
      ["CHILD_REPORTS", "KINDEROPVANG", null, "SUPPRESSED"],
      ["ABUSE_CONFIRMED", "", 15, "VALUE"],
    ]);
  });

  it("XLSX: the first sheet holds the columns as text, a second sheet explains them", async () => {
    const content = await templateXlsx();
    const { table, result } = await roundTrip("sjabloon.xlsx", content);
    expect(table.header).toEqual([...TEMPLATE_HEADER]);
    expect(table.rows[0]).toEqual({ rowNumber: 2, cells: ["2023 1e halfjaar", "Zwijndrecht", "meldingen kindermishandeling", "", "", "60", "", "nee"] });
    expect(result.ok && result.rows.map((r) => r.value)).toEqual([60, 20, null, 15]);
  });
});
