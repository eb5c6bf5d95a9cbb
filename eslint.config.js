// Flat config for the whole monorepo. Not type-aware on purpose: `npm test` runs tsc for types,
// and a type-aware lint would type-check everything a second time.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// A focused or skipped test silently stops other tests from running in CI.
const focusedOrSkippedTests = [
  {
    selector: "MemberExpression[object.name=/^(it|test|describe|suite)$/][property.name=/^(only|skip)$/]",
    message: "Do not commit focused (.only) or skipped (.skip) tests: fix the test or delete it.",
  },
  {
    selector: "MemberExpression[object.property.name=/^(describe|step)$/][property.name=/^(only|skip)$/]",
    message: "Do not commit focused (.only) or skipped (.skip) tests: fix the test or delete it.",
  },
  {
    selector: "CallExpression[callee.name=/^(xit|xdescribe|xtest|fit|fdescribe)$/]",
    message: "Do not commit focused or skipped tests.",
  },
];

// Named exports keep one name per thing across the codebase (style.md); frameworks that require a
// default export (Next.js routes and config files, tool configs) are exempted below.
const defaultExports = [
  { selector: "ExportDefaultDeclaration", message: "Use a named export (default exports only in Next.js route and config files)." },
  {
    selector: "ExportNamedDeclaration > ExportSpecifier[exported.name='default']",
    message: "Use a named export (default exports only in Next.js route and config files).",
  },
];

// The UI text catalogue is a namespace of sections (apps/web/src/messages/catalogue.ts): indexing it
// with a computed key makes the bundler ship every section to the browser (issue 17, item 8).
const wholeCatalogue = [
  {
    selector: "MemberExpression[computed=true][object.name='messages']",
    message: "Read a messages section by name (messages.forms): a computed key sends the whole catalogue to the browser.",
  },
];

// Inside the web app, dependencies point one way: `app/` (routes) may import `components/`, never
// the reverse. A server action a component needs is handed in by the page or sits beside the component.
const componentsImportFromApp = {
  patterns: [
    {
      regex: "^(@/app|(\\.\\./)+app)(/|$)",
      message: "components/ never imports from app/: let the page pass the action or value in as a prop, or move it beside the component.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      // Parallel builds (KK_NEXT_DIST_DIR) and e2e runs on another port (KK_E2E_PORT).
      "**/.next-*/**",
      "**/.turbo/**",
      "**/dist/**",
      "**/coverage/**",
      ".data/**",
      "packages/db/src/generated/**",
      "**/next-env.d.ts",
      "test-results/**",
      "e2e/test-results/**",
      "playwright-report/**",
      "e2e/playwright-report/**",
      "**/test-results-*/**",
      "**/playwright-report-*/**",
      "bench-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript already reports undefined names, and knows the Node/DOM globals per workspace.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": ["error", ...focusedOrSkippedTests, ...defaultExports],
    },
  },
  {
    // The UI catalogue is the web app's; elsewhere `messages` is an ordinary name (a test's outbox list).
    files: ["apps/web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": ["error", ...focusedOrSkippedTests, ...defaultExports, ...wholeCatalogue],
    },
  },
  {
    files: ["apps/web/src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", componentsImportFromApp],
    },
  },
  {
    files: [
      "apps/web/src/app/**/{page,layout,template,loading,error,global-error,not-found,forbidden,unauthorized,default,route,opengraph-image,icon,apple-icon,sitemap,robots,manifest}.{ts,tsx}",
      "apps/web/src/{middleware,proxy,instrumentation}.ts",
      "**/*.config.{js,mjs,cjs,ts,mts}",
      "eslint.config.js",
      "packages/db/src/testing/vitest-global-setup.ts",
    ],
    rules: {
      "no-restricted-syntax": ["error", ...focusedOrSkippedTests, ...wholeCatalogue],
    },
  },
);
