// `npm run generate`: the Prisma client. `prisma generate` does not run the schema engine, but the
// CLI insists on finding one; pointing it at any existing file stops it from downloading one.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { REPO_ROOT } from "../migrations/index.ts";

const require = createRequire(import.meta.url);
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--no-hints"], {
  cwd: REPO_ROOT,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
process.exit(result.status ?? 1);
