// `npm run region:add -- GM0505 Dordrecht [--vt-region VT-ZHZ]`: add a municipality to this region
// install (issue 18, docs/operations.md "Een regio, één installatie") on DATABASE_URL (or the embedded
// dev database), as the database owner. The same function as the page /beheer/gemeenten, audited as
// "npm run region:add". Exit code 1 with a Dutch message when the input is refused.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client.ts";
import { openAppDatabase } from "../dev-database.ts";
import { addMunicipality, MunicipalityInputError } from "../municipality.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "vt-region": { type: "string" } } });
const [code, ...nameParts] = positionals;
if (!code || nameParts.length === 0) {
  console.error("Gebruik: npm run region:add -- <CBS-gemeentecode> <naam> [--vt-region <code>], bijvoorbeeld: npm run region:add -- GM0505 Dordrecht");
  process.exit(1);
}

const database = await openAppDatabase();
const db = createPrismaClient(database.url);
try {
  const added = await addMunicipality(
    db,
    { id: null, email: "npm run region:add" },
    { code, name: nameParts.join(" "), vtRegionCode: values["vt-region"] ?? null, now: new Date() },
  );
  console.log(
    `Gemeente ${added.name} (${added.code}) toegevoegd aan Veilig Thuis-regio ${added.vtRegionCode}${added.vtRegionCreated ? " (regio nieuw aangemaakt)" : ""}.`,
  );
} catch (error) {
  if (!(error instanceof MunicipalityInputError)) throw error;
  console.error(`Niet toegevoegd: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
