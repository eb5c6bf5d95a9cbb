import fs from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import { DEMO_TOTP_ROLES } from "@kk/db/seed";
import { signInFreshAs, storageStatePath } from "../support/auth.ts";

/*
 * Signs in once per demo role with two-factor verification (BEHEERDER, COORDINATOR) through the
 * real form, password and a code computed from the published demo secret, and saves the session
 * for `signInAs` (support/auth.ts). A code works once per account and time step, so signing in
 * through the form in every test would cost up to 30 s each.
 */
for (const role of DEMO_TOTP_ROLES) {
  test(`sign in as the demo ${role} with two-factor verification`, async ({ page }) => {
    await signInFreshAs(page, role);
    const file = storageStatePath(role);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.context().storageState({ path: file });
  });
}
