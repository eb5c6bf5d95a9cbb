import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The web app's arrows point one way: app/ (routes) → components/, never back (style.md). The guard
// is the `no-restricted-imports` rule in eslint.config.js; this test keeps that rule honest.
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

async function restricted(code: string, file = "apps/web/src/components/planted/planted-form.tsx"): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${file}` });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

describe("components/ never imports from app/", () => {
  it.each([
    ['import { confirmByToken } from "@/app/bevestigen/[token]/actions";', true],
    ['import type { ResetState } from "@/app/wachtwoord-herstellen/actions";', true],
    ['import { helper } from "../../app/api/sociale-kaart/helper";', true],
    ['export { helper } from "@/app/api/helper";', true],
    ['import { Button } from "@/components/ui/button";', false],
    ['import { AppShell } from "./app-shell";', false],
    ['import { messages } from "@/messages";', false],
  ])("%s → refused: %s", async (code, refused) => {
    expect(await restricted(code)).toBe(refused);
  });

  it("leaves the routes free to import components", async () => {
    expect(await restricted('import { confirmByToken } from "./actions";', "apps/web/src/app/bevestigen/[token]/page.tsx")).toBe(false);
  });
});
