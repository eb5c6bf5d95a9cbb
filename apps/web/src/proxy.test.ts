import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
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
    const response = proxy(new NextRequest(`http://localhost${path}`));
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
  ])("%s: passes with a nonce CSP", (_label, path) => {
    const response = proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
  });
});
