import { DEMO_ACCOUNTS } from "@kk/db/seed";
import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoPartnerOf, signInAs, signInAsAccount, signInWith } from "../support/auth.ts";
import { expectNoSidewaysScroll, uniqueId } from "../support/data.ts";
import { expect, test } from "../support/fixtures.ts";

/*
 * Issue 18, part C: one sociale kaart for the region. The partner of a region-wide organisation
 * (GGZ Jeugd Drechtsteden, seeded region-wide) keeps its one entry current; a coordinator of
 * another municipality sees the change in the search of their own municipality, with the working
 * area "Hele regio"; a professional of Zwijndrecht sees it too. The partner sees the working area
 * but cannot change it; the coordinator edits it in the form.
 *
 * "Another municipality": the demo coordinator of a neighbour (Dordrecht, Papendrecht) once the
 * demo accounts per municipality exist (issue 18 part D); until then the Zwijndrecht coordinator,
 * who then searches "Alle gemeenten". The journey only changes the entry's description (saving is
 * not confirming, so the freshness journey's stale entry stays stale).
 */

const REGIONAL_ORG = "ggz-jeugd-drechtsteden";
const REGIONAL_NAME = "GGZ Jeugd Drechtsteden";

const neighbourCoordinator = DEMO_ACCOUNTS.find((a) => a.role === "COORDINATOR" && a.municipalityCode !== undefined && a.municipalityCode !== "GM0642");

test("a partner edits its region-wide entry and a coordinator of another municipality sees the change in search", async ({ page, openSession }) => {
  const marker = `Regiotoets ${uniqueId()}`;

  await signInAsAccount(page, demoPartnerOf(REGIONAL_ORG));
  await page.goto(`/sociale-kaart/${REGIONAL_ORG}/bewerken`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/bewerken$/);
  // The working area decides where the entry shows: the partner sees it, and cannot change it.
  await expect(page.getByTestId("working-area")).toContainText("Werkt in: Hele regio");
  await expect(page.getByRole("checkbox", { name: /Hele regio/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const description = page.getByLabel("Korte omschrijving");
  const before = await description.inputValue();
  await description.fill(`${marker}. ${before}`.slice(0, 1000));
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijzigingen zijn opgeslagen." })).toBeVisible();

  const coordinator = await openSession();
  if (neighbourCoordinator) {
    await signInWith(coordinator, neighbourCoordinator.email, DEMO_PASSWORD, neighbourCoordinator.name, DEMO_TOTP_SECRET);
    // The Gemeente filter starts at the coordinator's own municipality; a region-wide entry shows there.
    await coordinator.goto(`/sociale-kaart?q=${encodeURIComponent(REGIONAL_NAME)}`);
    await expect(coordinator.getByLabel("Gemeente", { exact: true })).toHaveValue(neighbourCoordinator.municipalityCode ?? "");
  } else {
    await signInAs(coordinator, "COORDINATOR");
    await coordinator.goto(`/sociale-kaart?q=${encodeURIComponent(REGIONAL_NAME)}&gemeente=alle`);
  }
  const card = coordinator.getByRole("article").filter({ has: coordinator.getByRole("link", { name: REGIONAL_NAME, exact: true }) });
  await expect(card).toContainText(marker);
  await expect(card).toContainText("Werkt in: Hele regio");
  await expectNoSeriousA11yViolations(coordinator);

  // The organisation page says where it works.
  await card.getByRole("link", { name: REGIONAL_NAME, exact: true }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: REGIONAL_NAME })).toBeVisible();
  await expect(coordinator.getByTestId("working-area")).toHaveText(/^Hele regio/);
  await expectNoSeriousA11yViolations(coordinator);

  // A professional of Zwijndrecht, in the default search of Zwijndrecht, on a phone.
  const professional = await openSession();
  await professional.setViewportSize({ width: 390, height: 844 });
  await signInAs(professional, "PROFESSIONAL");
  await professional.goto(`/sociale-kaart?q=${encodeURIComponent(REGIONAL_NAME)}`);
  await expect(professional.getByRole("article").filter({ hasText: marker })).toBeVisible();
  await expectNoSidewaysScroll(professional);
  await expectNoSeriousA11yViolations(professional);
});

test("the coordinator sets the Werkgebied in the organisation form, and cannot save it empty", async ({ page }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/sociale-kaart/nieuw");
  await expect(page.getByRole("group", { name: "Werkgebied" })).toBeVisible();
  // The coordinator's own municipality is ticked at the start.
  await expect(page.getByRole("checkbox", { name: "Zwijndrecht" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Zwijndrecht" }).uncheck();
  const name = `Werkgebied ${uniqueId()}`;
  await page.getByLabel("Naam van de organisatie").fill(name);
  await page.getByLabel("Soort organisatie").fill("Wijkteam");
  await page.getByLabel("Sector").selectOption({ label: "Jeugdhulp en sociaal werk" });
  await page.getByLabel("Wettelijk kader").selectOption("CONSENT_REQUIRED");
  await page.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Kies de gemeenten waar de organisatie werkt");
  await expectNoSeriousA11yViolations(page);

  // Ticked again, it saves; the organisation page says where it works.
  await page.getByRole("checkbox", { name: "Zwijndrecht" }).check();
  await page.getByRole("button", { name: "Organisatie opslaan" }).click();
  await expect(page).toHaveURL(/\/sociale-kaart\/[^/]+\/bewerken\?nieuw=1$/);
  await expect(page.getByRole("checkbox", { name: "Zwijndrecht" })).toBeChecked();
  await page.goto(page.url().replace(/\/bewerken\?nieuw=1$/, ""));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("working-area")).toHaveText("Zwijndrecht");
  await expectNoSeriousA11yViolations(page);
});

test("a professional lists the agreements that apply in another municipality: the region-wide ones, not Zwijndrecht's own", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  await page.goto("/convenanten");
  await page.getByLabel("Geldt in gemeente").selectOption({ label: "Dordrecht" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/gemeente=GM0505/);
  const list = page.locator("section[aria-labelledby='afspraken-kop']");
  await expect(list.getByRole("link", { name: "Modelconvenant Veilig Thuis, politie en OM" })).toBeVisible();
  // Applies in Zwijndrecht only (the demo links it there), so not in Dordrecht's list.
  await expect(list.getByRole("link", { name: "Samenwerkingsafspraken onderwijs en Veilig Thuis" })).toHaveCount(0);
  await expect(page.getByLabel("Geldt in gemeente")).toHaveValue("GM0505");
  await expectNoSeriousA11yViolations(page);
});
