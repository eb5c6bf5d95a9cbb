import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";

// organisation.options: the pickers' list, from the organisation domain module (issue 16, item 4).

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("organisation-options");
  await t.db.organisation.createMany({
    data: [
      { name: "Aardige Huisartsen", slug: "aardige-huisartsen", sector: "MEDISCH", type: "Huisartsenpraktijk", legalFrame: "CONSENT_REQUIRED", status: "INACTIVE" },
      { name: "Opgeheven Stichting", slug: "opgeheven-stichting", sector: "MEDISCH", type: "Stichting", legalFrame: "CONSENT_REQUIRED", status: "CLOSED" },
    ],
  });
});
afterAll(async () => {
  await t?.drop();
});

describe("organisation.options", () => {
  it.each(["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL"] as const)(
    "gives %s every organisation that has not closed, by name, with only the picker's fields",
    async (role) => {
      const options = await t.callerFor(t.users[role]).organisation.options();
      expect(options.map((o) => o.name)).toEqual(["Aardige Huisartsen", "Veilig Thuis Test", "Wijkteam Test"]);
      expect(Object.keys(options[0] ?? {}).sort()).toEqual(["id", "legalFrame", "name", "sector"]);
    },
  );
});
