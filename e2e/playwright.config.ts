import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

/*
 * End-to-end tests against the production build (`npm run build -w @kk/web`) on a throw-away
 * database (e2e/serve.ts). Chromium only.
 *
 * Browser: Playwright's own Chromium when it is installed (an ordinary developer laptop after
 * `npx playwright install chromium`), otherwise Debian's /usr/bin/chromium (CI, and machines where
 * the browser download is not reachable). See stack-notes "Browsers for Playwright".
 */

// KK_E2E_PORT (with KK_NEXT_DIST_DIR for the build) lets two runs share a checkout.
export const BASE_URL = `http://127.0.0.1:${process.env.KK_E2E_PORT ?? 3100}`;
/** The second process of the same build on the same database (e2e/serve.ts; issue 17). */
export const SECOND_BASE_URL = `http://127.0.0.1:${Number(process.env.KK_E2E_PORT ?? 3100) + 1000}`;
const runSuffix = process.env.KK_E2E_PORT ? `-${process.env.KK_E2E_PORT}` : "";

const isCi = Boolean(process.env.CI) && process.env.CI !== "false";

function bundledChromiumExists(): boolean {
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const executablePath = bundledChromiumExists() ? undefined : SYSTEM_CHROMIUM;

const launchOptions = {
  executablePath,
  args: [
    // Running as root (containers, CI) requires --no-sandbox.
    "--no-sandbox",
    "--disable-dev-shm-usage",
    // Without these Chromium tries to reach Google's servers many times per start.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests",
  outputDir: `test-results${runSuffix}`,
  // Every test signs in on its own and the users a test creates have unique e-mail addresses,
  // so tests can run in any order and in parallel. Two workers: this is a 2-core machine that
  // also runs the Next.js server and PostgreSQL.
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // A retry hides flakiness, so only on CI, and then always with a trace to find out why.
  retries: isCi ? 1 : 0,
  // Journeys visit several pages with an axe run on each: on a busy 2-core machine that takes
  // over a minute (test.slow() triples this for the longest ones).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: `playwright-report${runSuffix}` }]],
  use: {
    baseURL: BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    // Signs in once per demo role with two-factor verification and saves the session for
    // signInAs (support/auth.ts, docs/adr/0018): a code works once per account and time step.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: {
    // Starts a fresh database, migrates and seeds it, then `next start` (see serve.ts).
    command: "node --import tsx e2e/serve.ts",
    cwd: "..",
    url: `${BASE_URL}/inloggen`,
    timeout: 180_000,
    reuseExistingServer: !isCi,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets serve.ts stop Next.js, drop its database and stop PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
