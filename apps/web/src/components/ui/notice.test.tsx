import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OutcomeNotice, type Outcome } from "./notice";

const success = '<div aria-live="polite"><div role="status" class="mb-6 border-l-8 p-4 border-action bg-success-bg"><div>';
const refusal = '<div aria-live="polite"><div role="alert" class="mb-6 border-l-8 p-4 border-danger bg-error-bg"><div>';

describe("OutcomeNotice", () => {
  it.each<{ name: string; outcome: Outcome | null; boldSuccess?: boolean; html: string }>([
    { name: "nothing yet: the empty live region", outcome: null, html: '<div aria-live="polite"></div>' },
    { name: "a success is a status", outcome: { tone: "success", message: "Opgeslagen." }, html: `${success}<p>Opgeslagen.</p></div></div></div>` },
    { name: "a success in bold (registration)", outcome: { tone: "success", message: "Aangemeld." }, boldSuccess: true, html: `${success}<p class="font-semibold">Aangemeld.</p></div></div></div>` },
    { name: "a refusal is a bold alert", outcome: { tone: "error", message: "Geweigerd." }, html: `${refusal}<p class="font-semibold">Geweigerd.</p></div></div></div>` },
  ])("$name", ({ outcome, boldSuccess, html }) => {
    expect(renderToStaticMarkup(<OutcomeNotice outcome={outcome} boldSuccess={boldSuccess} />)).toBe(html);
  });
});
