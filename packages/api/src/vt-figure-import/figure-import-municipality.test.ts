import type { SessionUser } from "@kk/auth/roles";
import { createTestMunicipality } from "@kk/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import type { FigureImportCommitInput } from "./schemas.ts";

/*
 * Issue 18: the import picks each row's municipality from its area (a CBS gemeentecode or name, a
 * template's area code or name), and a coordinator imports only their own municipality's rows.
 */
let t: ApiTestDatabase;
let zwijndrecht: { code: string; areaId: string; wijkIds: Record<string, string> };
let dordrecht: { code: string; areaId: string; wijkIds: Record<string, string> };
let coordinatorZwijndrecht: SessionUser;
let coordinatorDordrecht: SessionUser;

beforeAll(async () => {
  t = await createApiTestDatabase("vt_figure_import_municipality");
  // Both municipalities have a wijk "Centrum": a name alone must go to the importer's own.
  zwijndrecht = await createTestMunicipality(t.db, "GM0642", "Zwijndrecht", { wijken: ["Centrum", "Walburg"] });
  dordrecht = await createTestMunicipality(t.db, "GM0505", "Dordrecht", { wijken: ["Centrum", "Stadspolders"] });
  await t.db.user.update({ where: { id: t.users.COORDINATOR.id }, data: { municipalityCode: "GM0642" } });
  coordinatorZwijndrecht = { ...t.users.COORDINATOR, municipalityCode: "GM0642" };
  const other = await t.db.user.create({ data: { email: "coordinator@dordrecht.test", name: "Coördinator Dordrecht", role: "COORDINATOR", municipalityCode: "GM0505" } });
  coordinatorDordrecht = { id: other.id, email: other.email, name: other.name, role: other.role, organisationId: null, municipalityCode: "GM0505" };
});
afterAll(async () => {
  await t?.drop();
});

const HEADER =
  '"Regio\'s";"Perioden";"Adviezen/Totaal adviezen (aantal)";"Meldingen/Totaal meldingen (aantal)";"Meldingen/Meldingen kindermishandeling (aantal)";"Kinderen betrokken bij meldingen (aantal)";"Afgeronde onderzoeken (aantal)";"Bevestigde kindermishandeling (aantal)"';

function cbs(rows: string[], more: Partial<FigureImportCommitInput> = {}): FigureImportCommitInput {
  const text = ['"Veilig Thuis; adviezen, meldingen, regio"', '"Tabel 84849NED - verzonnen cijfers"', HEADER, ...rows, '"Bron: CBS"'].join("\n");
  return { format: "CBS", fileName: "cbs-84849NED.csv", contentBase64: Buffer.from(text).toString("base64"), source: "CBS StatLine", deliveredAt: "2024-03-01", ...more };
}

function template(lines: string[], more: Partial<FigureImportCommitInput> = {}): FigureImportCommitInput {
  const text = ["periode;gebied;maatregel;uitsplitsing;sleutel;waarde;status;voorlopig", ...lines].join("\n");
  return { format: "TEMPLATE", fileName: "sjabloon.csv", contentBase64: Buffer.from(`\uFEFF${text}`).toString("base64"), source: "Veilig Thuis Zuid-Holland Zuid", deliveredAt: "2024-03-01", ...more };
}

/** The preview, after confirming the proposed mapping when the import asks for one. */
async function preview(user: SessionUser, input: FigureImportCommitInput) {
  const caller = t.callerFor(user);
  let result = await caller.figureImport.preview(input);
  if (result.stage === "MAPPING") {
    input.mapping = { fingerprint: result.fingerprint, columns: result.columns.map(({ header, target }) => ({ header, target })) };
    result = await caller.figureImport.preview(input);
  }
  return result;
}

describe("the figure import picks the municipality from the file (issue 18)", () => {
  it("refuses, row by row, a CBS row of another municipality given by its gemeentecode, and stores nothing", async () => {
    const before = await t.db.figureDelivery.count();
    const input = cbs(['"GM0642";"2021";"600";"650";"300";"420";"380";"230"', '"GM0505";"2021";"900";"950";"450";"620";"580";"330"']);
    const result = await preview(coordinatorZwijndrecht, input);
    expect(result).toMatchObject({ stage: "INVALID", errors: ["Rij 5: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente. U kunt alleen cijfers van Zwijndrecht importeren."] });
    const commit = await t.callerFor(coordinatorZwijndrecht).figureImport.commit(input);
    expect(commit.committed).toBe(false);
    expect(await t.db.figureDelivery.count()).toBe(before);
  });

  it("skips and lists the other municipality's rows when asked, and writes its own under its own municipality", async () => {
    const input = cbs(['"GM0642";"2021";"600";"650";"300";"420";"380";"230"', '"Dordrecht";"2021";"900";"950";"450";"620";"580";"330"'], { skipUnknownAreas: true });
    const result = await preview(coordinatorZwijndrecht, input);
    expect(result.stage).toBe("READY");
    if (result.stage !== "READY") return;
    expect(result.skipped).toEqual(["Rij 5: ‘Dordrecht’ (GM0505) hoort bij een andere gemeente en is overgeslagen."]);
    expect(result.deliveries.map((d) => [d.periodCode, d.scopeName])).toEqual([["2021", "Zwijndrecht"]]);
    const committed = await t.callerFor(coordinatorZwijndrecht).figureImport.commit(input);
    expect(committed.committed).toBe(true);
    const delivery = await t.db.figureDelivery.findFirstOrThrow({ where: { period: { code: "2021" } }, include: { values: { select: { municipalityCode: true } } } });
    expect(delivery).toMatchObject({ scopeAreaId: zwijndrecht.areaId, municipalityCode: "GM0642" });
    expect(new Set(delivery.values.map((v) => v.municipalityCode))).toEqual(new Set(["GM0642"]));
  });

  it("lets the Dordrecht coordinator import the Dordrecht row of the same file, into Dordrecht", async () => {
    const input = cbs(['"GM0642";"2022";"600";"650";"300";"420";"380";"230"', '"GM0505";"2022";"900";"950";"450";"620";"580";"330"'], { skipUnknownAreas: true });
    const result = await preview(coordinatorDordrecht, input);
    expect(result).toMatchObject({ stage: "READY", skipped: ["Rij 4: ‘Zwijndrecht’ (GM0642) hoort bij een andere gemeente en is overgeslagen."] });
    expect((await t.callerFor(coordinatorDordrecht).figureImport.commit(input)).committed).toBe(true);
    const delivery = await t.db.figureDelivery.findFirstOrThrow({ where: { period: { code: "2022" } } });
    expect(delivery).toMatchObject({ scopeAreaId: dordrecht.areaId, municipalityCode: "GM0505", importedById: coordinatorDordrecht.id });
  });

  it.each([
    { who: "Zwijndrecht", user: () => coordinatorZwijndrecht, wijk: () => zwijndrecht.wijkIds.Centrum },
    { who: "Dordrecht", user: () => coordinatorDordrecht, wijk: () => dordrecht.wijkIds.Centrum },
  ])("a template's wijk name shared by two municipalities is the $who coordinator's own", async ({ user, wijk }) => {
    const result = await preview(user(), template(["2019;Centrum;bevestigde kindermishandeling;;;32;;nee"]));
    expect(result.stage).toBe("READY");
    if (result.stage !== "READY") return;
    expect(result.deliveries).toHaveLength(1);
    const own = user().municipalityCode === "GM0642" ? zwijndrecht : dordrecht;
    expect(result.deliveries[0]!.scopeAreaId).toBe(own.areaId);
    expect(wijk()).toBeTruthy();
  });

  it("refuses a template row with another municipality's wijk code", async () => {
    const result = await preview(coordinatorZwijndrecht, template(["2019;WK064201;bevestigde kindermishandeling;;;32;;nee", "2019;WK050501;bevestigde kindermishandeling;;;12;;nee"]));
    expect(result).toMatchObject({ stage: "INVALID", errors: ["Rij 3: ‘Centrum’ (WK050501, gemeente GM0505) hoort bij een andere gemeente. U kunt alleen cijfers van Zwijndrecht importeren."] });
  });

  it("keeps the region's rows allowed for a municipality's coordinator, as before issue 18", async () => {
    const input = template(["2019;VT-ZHZ;meldingen;;;2000;;nee", "2019;GM0642;meldingen;;;700;;nee"]);
    const result = await preview(coordinatorZwijndrecht, input);
    expect(result.stage).toBe("READY");
    if (result.stage !== "READY") return;
    expect(result.deliveries.map((d) => d.scopeName).sort()).toEqual(["Veilig Thuis VT-ZHZ", "Zwijndrecht"]);
    // And stores them, on the coordinator's own (scoped) connection: the region's rows have no
    // municipality, which row-level security lets only a region connection write (the router's).
    const committed = await t.callerFor(coordinatorZwijndrecht).figureImport.commit({ ...input, confirmNewVersion: true });
    expect(committed.committed).toBe(true);
    expect(await t.db.figureDelivery.count({ where: { scopeArea: { code: "VT-ZHZ" }, period: { code: "2019" } } })).toBeGreaterThanOrEqual(1);
  });

  it("refuses a coordinator without a municipality every municipality's row", async () => {
    const result = await preview({ ...t.users.COORDINATOR, municipalityCode: null }, template(["2019;GM0642;meldingen;;;700;;nee"]));
    expect(result).toMatchObject({ stage: "INVALID", errors: [expect.stringMatching(/^Rij 2: ‘Zwijndrecht’ \(GM0642\) hoort bij een gemeente, en uw account is niet aan een gemeente gekoppeld/)] });
  });

  it("keeps the regional coordinator read-only on figures: no import", async () => {
    const error = await t.callerFor(t.users.REGIO_COORDINATOR).figureImport.preview(template(["2019;GM0642;meldingen;;;700;;nee"])).catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
  });
});
