import { deflateRawSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 14, finding 6a: a zip bomb (a few kB that unpack to 60 MB) offered as the sociale kaart's
 * Excel file is refused before it is unpacked, with a Dutch message for the whole file, on a phone.
 */

/** A zip with a tiny part and 60 MB of zeros deflated; CRCs are left 0 (the size check comes first). */
function zipBomb(): Buffer {
  const parts: Array<[string, Buffer]> = [
    ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    ["xl/media/image1.bin", Buffer.alloc(60 * 1024 * 1024)],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Er is een probleem" }) });
}

test("a zip bomb offered as the sociale kaart's Excel file is refused in Dutch, before unpacking, on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const bomb = zipBomb();
  expect(bomb.length).toBeLessThan(200 * 1024);
  await signInAs(page, "COORDINATOR");
  await page.goto("/beheer/import");
  await page.getByLabel("Bestand (Excel of CSV)").setInputFiles({
    name: "sociale-kaart.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bomb,
  });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  const message = "Het Excel-bestand wordt uitgepakt groter dan 50 MB. Zo'n bestand lezen we niet. Kopieer alleen de gegevens naar een nieuwe werkmap, of sla het werkblad op als CSV.";
  await expect(errorSummary(page).getByText(message)).toBeVisible();
  await expect(page.getByRole("button", { name: "Importeren" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
});
