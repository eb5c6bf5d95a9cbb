import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One config for every workspace: unit tests and integration tests on a real PostgreSQL.
// The global setup starts one test server per run and publishes it as KK_TEST_SERVER_URL;
// each integration test file creates its own fresh database on it (see @kk/db/testing).
export default defineConfig({
  // The web app's tsconfig says "jsx": "preserve" (Next compiles JSX itself), which Vite would copy
  // and leave JSX untransformed: .test.tsx files that render components need React's runtime.
  oxc: { jsx: { runtime: "automatic" } },
  // The web app's "@/…" imports (apps/web/tsconfig.json), so components, route handlers and server
  // actions can be tested as written.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./apps/web/src/", import.meta.url)) }] },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**", "packages/db/src/generated/**", "e2e/**"],
    environment: "node",
    globalSetup: ["packages/db/src/testing/vitest-global-setup.ts"],
    // Files run in parallel in separate processes, but CI has two cores: more workers only thrash.
    pool: "forks",
    maxWorkers: 2,
    // argon2id hashing and creating a database with every migration applied take seconds, not ms.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A focused test in CI would silently hide every other test.
    allowOnly: false,
    passWithNoTests: false,
  },
});
