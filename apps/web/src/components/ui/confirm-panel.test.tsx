import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buttonClassName } from "./button";
import { ConfirmPanel } from "./confirm-panel";

const noop = () => undefined;

describe("ConfirmPanel", () => {
  it("renders the framed question (focusable), then confirm and cancel, as the four hand-written panels did", () => {
    const html = renderToStaticMarkup(<ConfirmPanel question="Weet je het zeker?" confirmLabel="Ja, verwijderen" cancelLabel="Annuleren" onConfirm={noop} onCancel={noop} />);
    expect(html).toBe(
      '<div tabindex="-1" class="max-w-xl border-4 border-ink p-4 outline-none"><p class="mb-4 font-semibold">Weet je het zeker?</p><div class="flex flex-wrap gap-3">' +
        `<button type="button" class="${buttonClassName("danger")}">Ja, verwijderen</button>` +
        `<button type="button" class="${buttonClassName("secondary")}">Annuleren</button></div></div>`,
    );
  });

  it.each([
    { name: "danger by default", props: {}, variant: "danger" as const, disabled: false },
    { name: "primary for what gives access back", props: { confirmVariant: "primary" as const }, variant: "primary" as const, disabled: false },
    { name: "busy: the confirm button waits", props: { busy: true }, variant: "danger" as const, disabled: true },
  ])("$name", ({ props, variant, disabled }) => {
    const html = renderToStaticMarkup(<ConfirmPanel question="?" confirmLabel="Ja" cancelLabel="Nee" onConfirm={noop} onCancel={noop} {...props} />);
    const confirm = html.match(/<button[^>]*>Ja<\/button>/)?.[0] ?? "";
    expect(confirm).toContain(`class="${buttonClassName(variant)}"`);
    expect(/ disabled=""/.test(confirm)).toBe(disabled);
    expect(html).toMatch(/<button[^>]*>Nee<\/button>/);
    expect(html.match(/<button[^>]*>Nee<\/button>/)?.[0]).not.toContain(" disabled=\"\"");
  });
});
