import { expectNoSeriousA11yViolations } from "../support/a11y.ts";
import { DEMO_PASSWORD, demoAccount, signInAs } from "../support/auth.ts";
import { expect, test } from "../support/fixtures.ts";

/**
 * Issue 14, part E (the web edge). Finding 3: a hostile callbackUrl on the sign-in page never
 * takes the browser off our origin, whether it signs in through the form or arrives signed in.
 */
const HOSTILE_CALLBACKS = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "//evil.example",
  "/%5C/evil.example",
  "%5C%5Cevil.example",
  "https://evil.example/",
  "javascript:alert(document.domain)",
];

test("signing in with a hostile callbackUrl lands on our own start page", async ({ page, baseURL }) => {
  const offsite: string[] = [];
  // Only requests to the hostile host itself (our own URLs carry "evil.example" in their query).
  await page.route((url) => url.hostname.endsWith("evil.example"), async (route) => {
    offsite.push(route.request().url());
    await route.abort();
  });
  const account = demoAccount("PROFESSIONAL");
  const ours = new URL(baseURL ?? "http://localhost").origin;

  for (const [index, callback] of HOSTILE_CALLBACKS.entries()) {
    await page.context().clearCookies();
    await page.goto(`/inloggen?callbackUrl=${callback}`);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    if (index === 0) await expectNoSeriousA11yViolations(page);
    await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` }), callback).toBeVisible();
    expect(new URL(page.url()).origin, callback).toBe(ours);
    expect(new URL(page.url()).pathname, callback).toBe("/");

    // Already signed in, the sign-in page redirects on the server: the same rule applies.
    await page.goto(`/inloggen?callbackUrl=${callback}`);
    await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${account.name}` }), callback).toBeVisible();
    expect(new URL(page.url()).origin, callback).toBe(ours);
  }
  expect(offsite).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test("a callbackUrl of our own portal is still honoured", async ({ page }) => {
  const account = demoAccount("PROFESSIONAL");
  await page.goto(`/inloggen?callbackUrl=${encodeURIComponent("/sociale-kaart?q=jeugd")}`);
  await page.getByLabel("E-mailadres", { exact: true }).fill(account.email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sociale-kaart" && url.searchParams.get("q") === "jeugd");
  await expectNoSeriousA11yViolations(page);
});

/** Finding 9a: a NUL byte in a search or filter is a Dutch 400, on the page and at the API. */
test("a NUL byte in a search or filter gets a Dutch refusal, not a 500 with database details", async ({ page }) => {
  await signInAs(page, "PROFESSIONAL");
  for (const path of ["/sociale-kaart?q=jeugd%00zorg", "/sociale-kaart?type=Wijkteam%00"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByRole("heading", { level: 1, name: "Ongeldig adres" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Naar de startpagina" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }

  const input = encodeURIComponent(JSON.stringify({ json: { q: "jeugd\u0000zorg" } }));
  const api = await page.request.get(`/api/trpc/directory.search?input=${input}`);
  expect(api.status()).toBe(400);
  const body = await api.text();
  expect(body).toContain("Deze tekst bevat een teken dat niet is toegestaan");
  expect(body).not.toMatch(/prisma|invalid byte sequence|node_modules|\/work\//i);
});

/** Finding 9b: a state-changing call from another site or as a form post is refused. */
test("a cross-site or form-encoded call to /api/trpc is refused and changes nothing", async ({ page, baseURL }) => {
  await signInAs(page, "PROFESSIONAL");
  const crossSite = await page.request.post("/api/trpc/meetingCalendar.createFeed", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: "{}",
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("Dit verzoek komt niet van het portaal zelf en is geweigerd.");

  const formPost = await page.request.post("/api/trpc/meetingCalendar.createFeed", {
    headers: { origin: new URL(baseURL ?? "http://localhost").origin },
    multipart: { x: "1" },
  });
  expect(formPost.status()).toBe(415);

  const tooMany = Array.from({ length: 21 }, () => "directory.facets").join(",");
  const batch = await page.request.get(`/api/trpc/${tooMany}?batch=1&input=%7B%7D`);
  expect(batch.status()).toBe(400);
  expect(await batch.text()).toContain("Te veel verzoeken tegelijk: hooguit 20 per keer.");

  // The portal's own pages still work: a same-origin call from the page itself.
  const own = await page.evaluate(async () => (await fetch("/api/trpc/directory.facets?input=%7B%7D")).status);
  expect(own).toBe(200);
});

/** Finding 6b: an upload above the 11 MB action limit, sent without JavaScript, gets a Dutch page. */
test("without JavaScript, an agreement PDF above 11 MB gets a Dutch refusal instead of a 500 page", async ({ page, browser, baseURL }) => {
  await signInAs(page, "COORDINATOR");
  await page.goto("/convenanten");
  const first = page.getByTestId("agreement-card").first().getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/convenanten\/[^/]+$/);

  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  try {
    await noScript.goto(href!);
    await noScript.getByLabel("PDF-bestand").setInputFiles({ name: "te-groot.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(12 * 1024 * 1024, 0x20) });
    const [response] = await Promise.all([
      noScript.waitForResponse((r) => r.request().method() === "POST"),
      noScript.getByRole("button", { name: "Versie toevoegen" }).click(),
    ]);
    expect(response.status()).toBe(413);
    await expect(noScript.getByRole("heading", { level: 1, name: "Bestand te groot" })).toBeVisible();
    await expect(noScript.getByText("Een PDF van een convenant mag hoogstens 10 MB zijn", { exact: false })).toBeVisible();
    // axe needs JavaScript in the page: it checks the same (script-free) document in the signed-in page.
    await page.setContent(await noScript.content());
    await expectNoSeriousA11yViolations(page);
    await noScript.getByRole("link", { name: "Terug naar het formulier" }).click();
    await expect(noScript.getByLabel("PDF-bestand")).toBeVisible();
  } finally {
    await context.close();
  }
});
