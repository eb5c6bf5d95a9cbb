/**
 * `npm test`: the one command that says whether main works. Runs every check in order and stops at
 * the first failure, so the first red banner is the thing to fix.
 *
 * Local shortcut (ignored when CI is set, so CI always runs everything):
 *   KK_SKIP=lint,typecheck,e2e npm test     skip steps by id (ids are printed in the banners)
 *   KK_SKIP_E2E=1 npm test                  skip the production build, the Playwright run and the fault test
 *
 * The unit and integration suite runs three times: on today's clock, and with the process clock
 * moved about 400 days and about 3 years ahead (Debian's faketime; the embedded PostgreSQL the
 * suite starts inherits the moved clock). A test whose literal dates meet "now" fails there, long
 * before the calendar gets to it (ADR 0007, "Time is an argument").
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface Step {
  id: string;
  title: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** A program the step needs that npm does not install, and how to get it. */
  requires?: { program: string; install: string };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string): string => path.join(root, "node_modules", ".bin", name);
const isCi = Boolean(process.env.CI) && process.env.CI !== "false";

const steps: Step[] = [
  { id: "generate", title: "Prisma client", command: "npm", args: ["run", "--silent", "generate"] },
  { id: "lint", title: "ESLint", command: bin("eslint"), args: ["--max-warnings", "0", "."] },
  {
    id: "typecheck",
    title: "TypeScript (every workspace)",
    command: bin("turbo"),
    args: ["run", "typecheck", "--concurrency=2", "--output-logs=errors-only"],
  },
  {
    id: "typecheck-root",
    title: "TypeScript (root scripts and configs)",
    command: bin("tsc"),
    args: ["--noEmit", "-p", "tsconfig.json"],
  },
  {
    id: "migrations",
    title: "Migration drift (schema.prisma vs prisma/migrations)",
    command: "npm",
    args: ["run", "--silent", "migrate:check", "-w", "@kk/db"],
  },
  { id: "unit", title: "Vitest: unit and integration tests", command: bin("vitest"), args: ["run"] },
  ...[
    { id: "unit-400d", offset: "+400d", title: "about 400 days ahead" },
    { id: "unit-1100d", offset: "+1100d", title: "about 3 years ahead" },
  ].map(
    ({ id, offset, title }): Step => ({
      id,
      title: `Vitest again with the clock ${title} (faketime -f '${offset}')`,
      command: "faketime",
      args: ["-f", offset, bin("vitest"), "run"],
      requires: { program: "faketime", install: "apt-get install -y faketime" },
    }),
  ),
  {
    id: "build",
    title: "Next.js production build",
    command: "npm",
    args: ["run", "build", "-w", "@kk/web"],
  },
  {
    // The portal pages' JavaScript from the build above (issue 17, item 8): seconds, no browser.
    id: "weight",
    title: "Page weight of the portal pages (≤ 150 kB of JavaScript, from the build's manifests)",
    command: "node",
    args: ["--import", "tsx", "scripts/page-weight.ts"],
  },
  {
    id: "e2e",
    title: "Playwright end-to-end tests (production build, Chromium)",
    command: bin("playwright"),
    args: ["test", "-c", "e2e/playwright.config.ts"],
  },
  {
    // Needs the build above; starts its own PostgreSQL and portal (about 30 s).
    id: "faults",
    title: "Fault test: PostgreSQL stopped and started again under write load (npm run test:faults)",
    command: process.execPath,
    args: ["--import", "tsx", "scripts/test-faults.ts"],
  },
];

function skippedIds(): Set<string> {
  const ids = new Set(
    (process.env.KK_SKIP ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  );
  if (process.env.KK_SKIP_E2E === "1") {
    ids.add("build");
    ids.add("e2e");
    ids.add("faults");
  }
  if (ids.size > 0 && isCi) {
    console.warn(`[test] CI is set: ignoring KK_SKIP/KK_SKIP_E2E (${[...ids].join(", ")}); running every step.`);
    return new Set();
  }
  return ids;
}

function installed(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0;
}

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        TURBO_TELEMETRY_DISABLED: "1",
        ...step.env,
      },
    });
    child.on("error", (error) => {
      console.error(`[test] could not start ${step.command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)}s`;
}

async function main(): Promise<void> {
  const skip = skippedIds();
  const timings: Array<[string, string]> = [];
  const started = performance.now();

  for (const [index, step] of steps.entries()) {
    const label = `${index + 1}/${steps.length} ${step.id}: ${step.title}`;
    if (skip.has(step.id)) {
      console.log(`\n---- SKIPPED ${label} (KK_SKIP) ----`);
      timings.push([step.id, "skipped"]);
      continue;
    }
    if (step.requires && !installed(step.requires.program)) {
      const message = `${step.requires.program} is not installed: ${step.requires.install}`;
      if (isCi) {
        console.error(`\n#### FAILED ${label}: ${message} ####`);
        process.exit(127);
      }
      console.warn(`\n---- SKIPPED ${label}: ${message} (on CI this step fails) ----`);
      timings.push([step.id, "skipped (no faketime)"]);
      continue;
    }
    console.log(`\n==== ${label} ====`);
    const stepStarted = performance.now();
    const code = await run(step);
    timings.push([step.id, seconds(stepStarted)]);
    if (code !== 0) {
      console.error(`\n#### FAILED ${label} (exit ${code}) after ${seconds(stepStarted)} ####`);
      console.error(`#### command: ${[step.command, ...step.args].join(" ")}`);
      process.exit(code);
    }
    console.log(`==== ok ${step.id} in ${seconds(stepStarted)} ====`);
  }

  console.log("\n==== npm test passed ====");
  for (const [id, time] of timings) console.log(`  ${id.padEnd(12)} ${time}`);
  console.log(`  ${"total".padEnd(12)} ${seconds(started)}`);
}

await main();
