import { describe, expect, it } from "vitest";
import { databaseUnavailableResponse, PAGE_RETRY_AFTER_SECONDS } from "./database-outage";

/** The proxy's page while the database is down (issue 14, fault test). */
describe("databaseUnavailableResponse", () => {
  it("is a calm Dutch 503 page with Retry-After, not cached, without scripts or details", async () => {
    const response = databaseUnavailableResponse("/sociale-kaart?q=jeugd");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(PAGE_RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Even niet beschikbaar</h1>");
    expect(html).toContain("De portal is even niet beschikbaar. Probeer het over een paar minuten opnieuw.");
    expect(html).toContain('<a href="/sociale-kaart?q=jeugd">Opnieuw proberen</a>');
    for (const detail of ["<script", "style", "Error", "ECONN", "Prisma", "stack"]) expect(html).not.toContain(detail);
  });

  it.each([
    ["another site", "//evil.example/", "/"],
    ["an absolute address", "https://evil.example/", "/"],
    ["markup in the address", '/zoeken?q="><script>', "/zoeken?q=&#34;&#62;&#60;script&#62;"],
  ])("offers only our own path again (%s)", async (_label, path, href) => {
    const html = await databaseUnavailableResponse(path).text();
    expect(html).toContain(`<a href="${href}">`);
  });
});
