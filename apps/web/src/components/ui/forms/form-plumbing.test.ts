import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Issue 16: form plumbing has one home, `components/ui/forms` (fields, radio group,
// `applyServerError`, `summaryItems`), and the success box is `<Notice tone="success">`.
// This test reads the web app's sources and fails when a form outside that home writes the
// "server error → field errors → error summary" loop or the success box by hand again.

const SRC = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the plumbing itself lives. */
const EXEMPT = [/^components\/ui\/forms\//, /^components\/ui\/notice\.tsx$/, /^components\/ui\/confirm-panel\.tsx$/];

/** A field error set from the server's answer by hand (`applyServerError` does this). */
export function handWritesServerLoop(source: string): boolean {
  if (/\bsetError\([^;]*\btype:\s*"server"/.test(source)) return true;
  // The API's field errors read from `toServerFormError` and put on fields or into a summary.
  return /\btoServerFormError\(/.test(source) && /\bsetError\(/.test(source) && (/\.fieldErrors\b/.test(source) || /ErrorSummaryItem\[\]/.test(source));
}

/** The old hand-written success box: one class string with the notice's border and the success colour. */
export function handWritesSuccessBox(source: string): boolean {
  return /["'`][^"'`\n]*\bborder-l-8\b[^"'`\n]*\bbg-success-bg\b[^"'`\n]*["'`]/.test(source) || /["'`][^"'`\n]*\bbg-success-bg\b[^"'`\n]*\bborder-l-8\b[^"'`\n]*["'`]/.test(source);
}

/**
 * The old hand-written error message box: an element with role="alert" and the notice's border and
 * error colour. (A section with its own heading in those colours, such as "acuut gevaar", is not a
 * message and stays.)
 */
export function handWritesErrorBox(source: string): boolean {
  return /role="alert"[^>\n]*className=["'`][^"'`\n]*\bborder-l-8\b[^"'`\n]*\bbg-error-bg\b/.test(source);
}

/** The old hand-written "are you sure?" panel: a focusable frame in the ConfirmPanel's classes. */
export function handWritesConfirmPanel(source: string): boolean {
  return /tabIndex=\{-1\}[^>\n]*className=["'`][^"'`\n]*\bborder-4 border-ink p-4 outline-none\b/.test(source);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the guards recognise the hand-written patterns", () => {
  it.each([
    {
      name: "the old loop (stale-after-form before issue 16)",
      source: `const problem = toServerFormError(error, messages.forms);
        const monthsError = problem.fieldErrors.months?.[0];
        if (monthsError) setError("months", { type: "server", message: monthsError });`,
      loop: true,
      box: false,
    },
    {
      name: "server errors on fields plus a hand-built summary",
      source: `const problem = toServerFormError(error, messages.forms);
        for (const field of FIELDS) { const m = problem.fieldErrors[field]?.[0]; if (m) { setError(field, { message: m }); } }
        const summary: ErrorSummaryItem[] = [];`,
      loop: true,
      box: false,
    },
    { name: "the shared helper", source: `setFormError(applyServerError(error, setError, FIELDS));\nconst summary = summaryItems(errors, FIELDS, formError);`, loop: false, box: false },
    { name: "a client-side check (not from the server)", source: `setError("sector", { type: "required", message: t.sectorRequired });`, loop: false, box: false },
    { name: "the old success box", source: `<div role="status" className="mb-6 border-l-8 border-action bg-success-bg p-4 font-semibold">{t.saved}</div>`, loop: false, box: true },
    { name: "the old success box, classes in another order", source: `<p className="bg-success-bg border-l-8 p-4">{done}</p>`, loop: false, box: true },
    { name: "the Notice", source: `<Notice tone="success" role="status"><p className="font-semibold">{t.saved}</p></Notice>`, loop: false, box: false },
    { name: "a status colour that is not a notice (dashboard badge)", source: `const tone = ok ? "border-action bg-success-bg" : "border-danger bg-error-bg";`, loop: false, box: false },
    { name: "the old error box", source: `<div role="alert" className="mb-4 border-l-8 border-danger bg-error-bg p-4 font-semibold">{error}</div>`, loop: false, box: false, errorBox: true },
    { name: "a warning section with its own heading (acuut gevaar)", source: `<section aria-labelledby="acuut-kop" className="mb-8 border-l-8 border-danger bg-error-bg p-4">`, loop: false, box: false, errorBox: false },
    { name: "the error Notice", source: `<Notice tone="error" role="alert"><p className="font-semibold">{error}</p></Notice>`, loop: false, box: false, errorBox: false },
    {
      name: "the old confirm panel (user-editor before issue 16)",
      source: `<div ref={confirmRef} tabIndex={-1} className="max-w-xl border-4 border-ink p-4 outline-none">`,
      loop: false,
      box: false,
      confirmPanel: true,
    },
    { name: "the ConfirmPanel", source: `<ConfirmPanel question={q} confirmLabel={t.removeYes} cancelLabel={t.cancel} onConfirm={apply} onCancel={close} />`, loop: false, box: false },
    { name: "a focusable heading (wizard step)", source: `<h2 ref={stepHeadingRef} tabIndex={-1} className="mb-4 text-2xl outline-none">`, loop: false, box: false },
  ])("$name", ({ source, loop, box, errorBox = false, confirmPanel = false }) => {
    expect(handWritesConfirmPanel(source)).toBe(confirmPanel);
    expect(handWritesErrorBox(source)).toBe(errorBox);
    expect(handWritesServerLoop(source)).toBe(loop);
    expect(handWritesSuccessBox(source)).toBe(box);
  });
});

describe("forms use the shared plumbing", () => {
  const files = sourceFiles(SRC)
    .map((path) => ({ path: relative(SRC, path).split("\\").join("/"), source: readFileSync(path, "utf8") }))
    .filter(({ path }) => !EXEMPT.some((pattern) => pattern.test(path)));

  it("reads the web app's sources", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("no form writes the server-error loop by hand (use applyServerError and summaryItems from components/ui/forms)", () => {
    expect(files.filter(({ source }) => handWritesServerLoop(source)).map(({ path }) => path)).toEqual([]);
  });

  it('no component writes the success box by hand (use <Notice tone="success">)', () => {
    expect(files.filter(({ source }) => handWritesSuccessBox(source)).map(({ path }) => path)).toEqual([]);
  });

  it('no component writes the error box by hand (use <Notice tone="error" role="alert">)', () => {
    expect(files.filter(({ source }) => handWritesErrorBox(source)).map(({ path }) => path)).toEqual([]);
  });

  it("no component writes the confirm panel by hand (use <ConfirmPanel> from components/ui)", () => {
    expect(files.filter(({ source }) => handWritesConfirmPanel(source)).map(({ path }) => path)).toEqual([]);
  });
});
