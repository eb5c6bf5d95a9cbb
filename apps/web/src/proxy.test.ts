import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { replaceAvailabilityGate } from "./lib/database-outage";
import { proxy } from "./proxy";

/** Issue 14, 9a: a page address with a NUL byte or other control character is a Dutch 400. */
describe("proxy: unsafe characters in a page address", () => {
  it.each([
    ["NUL in the search", "/sociale-kaart?q=jeugd%00zorg"],
    ["NUL alone", "/sociale-kaart?q=%00"],
    ["NUL in a filter", "/sociale-kaart?type=Wijkteam%00"],
    ["NUL in a parameter name", "/convenanten?st%00atus=ACTIEF"],
    ["escape character", "/beheer/audit?actie=%1B%5B31m"],
    ["NUL in the path", "/convenanten/abc%00def"],
    ["broken percent-encoding in the path", "/convenanten/%E0%A4%A"],
  ])("%s: 400 with a Dutch page", async (_label, path) => {
    const response = await proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Ongeldig adres</h1>");
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  it.each([
    ["plain search", "/sociale-kaart?q=jeugd%20zorg"],
    ["accents and emoji", "/sociale-kaart?q=co%C3%B6rdinatie%20%F0%9F%91%AA"],
    ["a tab (the URL keeps it encoded)", "/sociale-kaart?q=a%09b"],
    ["no query", "/dashboard"],
  ])("%s: passes with a nonce CSP", async (_label, path) => {
    const response = await proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
  });

  it("hands the page asked for to app/unauthorized.tsx, replacing a value the browser sent", async () => {
    const response = await proxy(new NextRequest("http://localhost/sociale-kaart?q=jeugd&_rsc=1a", { headers: { "x-kk-request-path": "https://elders.example/" } }));
    // NextResponse.next({ request: { headers } }) passes the overridden request headers on like this.
    expect(response.headers.get("x-middleware-request-x-kk-request-path")).toBe("/sociale-kaart?q=jeugd");
  });
});

/** Issue 14, 6b: a form post above the 11 MB server-action limit is a Dutch 413, not a 500. */
describe("proxy: a form post above the server-action limit", () => {
  const post = (path: string, length: number) =>
    new NextRequest(`http://localhost${path}`, { method: "POST", headers: { "content-length": String(length), "content-type": "multipart/form-data; boundary=x" } });

  it("refuses 11 MB + 1 byte with a Dutch page leading back to the form", async () => {
    const response = await proxy(post("/convenanten/abc?tab=documenten", 11 * 1024 * 1024 + 1));
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("<h1>Bestand te groot</h1>");
    expect(html).toContain('<a href="/convenanten/abc?tab=documenten">Terug naar het formulier</a>');
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  it("escapes the path it links back to", async () => {
    const html = await (await proxy(post('/convenanten/%22%3E%3Cscript%3E', 12 * 1024 * 1024))).text();
    expect(html).not.toContain("<script>");
  });

  it.each([10 * 1024 * 1024, 11 * 1024 * 1024])("lets a post of %i bytes through to the action", async (length) => {
    expect((await proxy(post("/convenanten/abc", length))).status).toBe(200);
  });
});

/** Issue 14, fault test: while the database is down every page is a Dutch 503 with Retry-After. */
describe("proxy: the database is down", () => {
  afterEach(() => replaceAvailabilityGate(undefined));

  it.each(["/dashboard", "/inloggen", "/sociale-kaart?q=jeugd", "/werkateliers/abc"])("%s: 503 with the Dutch page", async (path) => {
    replaceAvailabilityGate({ isUp: async () => false });
    const response = await proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const html = await response.text();
    expect(html).toContain("De portal is even niet beschikbaar. Probeer het over een paar minuten opnieuw.");
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  it("lets pages through again once the database answers (no restart)", async () => {
    let up = false;
    replaceAvailabilityGate({ isUp: async () => up });
    expect((await proxy(new NextRequest("http://localhost/dashboard"))).status).toBe(503);
    up = true;
    expect((await proxy(new NextRequest("http://localhost/dashboard"))).status).toBe(200);
  });

  it("sends a visitor without a session to the public page, which serves its last good data (issue 15)", async () => {
    replaceAvailabilityGate({ isUp: async () => false });
    expect((await proxy(new NextRequest("http://localhost/"))).headers.get("x-middleware-rewrite")).toBe("http://localhost/hulp");
    expect((await proxy(new NextRequest("http://localhost/hulp/zwijndrecht"))).status).toBe(200);
  });
});

/** Issue 15: the public residents' pages and the front door for visitors without a session. */
describe("proxy: the public pages", () => {
  it.each(["/hulp", "/hulp/zwijndrecht?q=wijkteam", "/hulp/organisatie/wijkteam-zwijndrecht"])("%s passes without the portal's nonce CSP (the page sets its own)", async (path) => {
    const response = await proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toBeNull();
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("still refuses a control character in a public address", async () => {
    const response = await proxy(new NextRequest("http://localhost/hulp/zwijndrecht?q=a%00b"));
    expect(response.status).toBe(400);
  });

  it("shows a visitor without a session the public page at /, keeping the language", async () => {
    const response = await proxy(new NextRequest("http://localhost/?lang=en"));
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://localhost/hulp?lang=en");
  });

  it.each(["next-auth.session-token", "__Secure-next-auth.session-token"])("keeps the portal at / for a visitor with %s", async (cookie) => {
    const response = await proxy(new NextRequest("http://localhost/", { headers: { cookie: `${cookie}=abc` } }));
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
  });

  it.each(["/hulpverlening", "/sociale-kaart/hulp"])("%s is not a public page", async (path) => {
    const response = await proxy(new NextRequest(`http://localhost${path}`));
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
  });
});
