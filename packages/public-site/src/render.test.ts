import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PUBLIC_CSP } from "./csp.ts";
import { municipality, organisation, snapshotOf } from "./fixtures.test-support.ts";
import { PUBLIC_CATALOGUES } from "./locales.ts";
import { safeWebsite } from "./pages/organisation.tsx";
import { renderMunicipalityPage, renderNotFoundPage, renderOrganisationPage, renderPosterPage, renderPrivacyPage, renderStartPage } from "./render.tsx";

const context = { locale: "nl" as const, origin: "https://portaal.example.nl", exitUrl: "https://www.google.nl/" };
const nasty = organisation({
  id: "nasty",
  name: 'Wijkteam <script>alert("x")</script></script>',
  description: "<img src=x onerror=alert(1)>",
  website: "javascript:alert(1)",
  phone: "078-700 00 00",
  area: "Walburg",
});
const zwijndrecht = municipality();
const snapshot = snapshotOf([nasty, organisation({ id: "vt", name: "Veilig Thuis", type: "Veilig Thuis", regionWide: true, municipalityCodes: [] })]);

async function everyPage(locale: "nl" | "en" = "nl"): Promise<[string, string][]> {
  const ctx = { ...context, locale };
  return [
    ["start", renderStartPage(ctx, snapshot)],
    ["municipality", renderMunicipalityPage(ctx, snapshot, zwijndrecht, new URLSearchParams("q=wijkteam&wijk=Walburg"))],
    ["organisation", renderOrganisationPage(ctx, snapshot, nasty, zwijndrecht)],
    ["privacy", renderPrivacyPage(ctx, null)],
    ["not found", renderNotFoundPage(ctx, "/hulp/x")],
    ["poster", await renderPosterPage(ctx, zwijndrecht, "https://portaal.example.nl/hulp/zwijndrecht")],
  ];
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

describe("the public pages' HTML", () => {
  it("runs only the inline script and style the CSP allows by hash", async () => {
    for (const [name, html] of await everyPage()) {
      const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
      expect(scripts, name).toHaveLength(1);
      expect(styles, name).toHaveLength(1);
      for (const body of [...scripts, ...styles]) expect(PUBLIC_CSP, name).toContain(`'sha256-${sha256(body)}'`);
    }
  });

  it("loads nothing from anywhere: no src attributes, no stylesheet links, no inline style attributes", async () => {
    for (const [name, page] of await everyPage()) {
      // Markup only: without the inline script and style bodies and with every quoted attribute value
      // emptied (escaped text such as "&lt;img src=x" in a description is neither a tag nor an attribute).
      const html = page.replace(/(<(script|style)[^>]*>)[\s\S]*?(<\/\2>)/g, "$1$3").replace(/"[^"]*"/g, '""');
      expect(html, name).not.toMatch(/<[a-z][^<>]*\ssrc=/);
      expect(html, name).not.toMatch(/rel="(stylesheet|preload|preconnect|dns-prefetch|modulepreload)"/);
      expect(html, name).not.toMatch(/<[a-z][^<>]*\sstyle=/);
      expect(html, name).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/);
    }
  });

  it("escapes what partners type, also inside the JSON-LD block", async () => {
    const html = renderOrganisationPage(context, snapshot, nasty, zwijndrecht);
    expect(html).not.toContain('<script>alert("x")');
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script>");
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(jsonLd).not.toContain("</script");
    expect(JSON.parse(jsonLd)).toMatchObject({ "@type": "Organization", name: nasty.name, telephone: "078-700 00 00" });
  });

  it("never makes a link of a website that is not http(s)", () => {
    expect(renderOrganisationPage(context, snapshot, nasty, zwijndrecht)).not.toContain("javascript:");
    expect(safeWebsite("javascript:alert(1)")).toBeNull();
    expect(safeWebsite("data:text/html,x")).toBeNull();
    expect(safeWebsite("www.wijkteam.nl")).toBe("https://www.wijkteam.nl/");
    expect(safeWebsite("http://wijkteam.nl/contact")).toBe("http://wijkteam.nl/contact");
  });

  it("has the quick exit, the three numbers and the way in for professionals on every page", async () => {
    for (const [name, html] of await everyPage()) {
      expect(html, name).toContain('<a class="exit" href="https://www.google.nl/" data-quick-exit');
      expect(html, name).toContain('href="/inloggen"');
    }
    const page = renderMunicipalityPage(context, snapshot, zwijndrecht, new URLSearchParams());
    for (const number of ["tel:112", "tel:08002000", "tel:08000432"]) expect(page).toContain(`href="${number}"`);
  });

  it("speaks the visitor's language and keeps the search when switching", async () => {
    for (const [name, html] of await everyPage("en")) expect(html, name).toMatch(/^<!doctype html><html lang="en">/);
    const dutch = renderMunicipalityPage(context, snapshot, zwijndrecht, new URLSearchParams("q=wijkteam&wijk=Walburg"));
    expect(dutch).toContain('href="/hulp/zwijndrecht?q=wijkteam&amp;wijk=Walburg&amp;lang=en" hreflang="en"');
    const english = renderMunicipalityPage({ ...context, locale: "en" }, snapshot, zwijndrecht, new URLSearchParams("q=wijkteam"));
    expect(english).toContain('<input type="hidden" name="lang" value="en"/>');
    expect(english).toContain("Find help in Zwijndrecht");
  });

  it("uses the coordinator's introduction in the visitor's language, else the catalogue's", () => {
    const withIntro = municipality({ intro: { nl: "Welkom in Zwijndrecht.\n\nTweede alinea." } });
    const dutch = renderMunicipalityPage(context, snapshot, withIntro, new URLSearchParams());
    expect(dutch).toContain('<p class="lead">Welkom in Zwijndrecht.</p><p>Tweede alinea.</p>');
    const english = renderMunicipalityPage({ ...context, locale: "en" }, snapshot, withIntro, new URLSearchParams());
    expect(english).toContain(PUBLIC_CATALOGUES.en.defaultIntro);
  });

  it("marks search results noindex and the plain page indexable", () => {
    expect(renderMunicipalityPage(context, snapshot, zwijndrecht, new URLSearchParams("q=x"))).toContain('<meta name="robots" content="noindex"/>');
    expect(renderMunicipalityPage(context, snapshot, zwijndrecht, new URLSearchParams())).not.toContain("noindex");
  });
});
