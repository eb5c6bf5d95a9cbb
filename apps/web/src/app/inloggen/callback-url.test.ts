import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

/** Issue 14, finding 3: every hostile callbackUrl ends on a path of our own origin. */
describe("safeCallbackUrl", () => {
  const hostile: [string, string][] = [
    ["tab after the slash (as Next decodes /%09/evil.example)", "/\t/evil.example"],
    ["newline after the slash", "/\n/evil.example"],
    ["carriage return after the slash", "/\r/evil.example"],
    ["tab and newline mixed", "/\t\n\r/evil.example/pad"],
    ["leading tab", "\t//evil.example"],
    ["leading space", " //evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/beheer"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["slash tab backslash", "/\t\\evil.example"],
    ["three slashes", "///evil.example"],
    ["absolute https to another host", "https://evil.example/"],
    ["absolute http to another host with a portal path", "http://evil.example/dashboard"],
    ["absolute URL whose path is protocol-relative", "https://portal.example//evil.example"],
    ["absolute URL whose path has a tab", "https://portal.example/\t/evil.example"],
    ["scheme with tab inside", "ht\ttps://evil.example"],
    ["javascript scheme", "javascript:alert(1)"],
    ["javascript scheme with leading slash trick", "javascript://%0aalert(1)"],
    ["upper-case javascript scheme", "JaVaScRiPt:alert(1)"],
    ["data URL", "data:text/html,<script>alert(1)</script>"],
    ["relative without slash", "evil.example"],
    ["user info host", "/@evil.example"],
    ["sign-in page itself (loop)", "/inloggen"],
    ["sign-in page with query", "/inloggen?callbackUrl=//evil.example"],
    ["empty", ""],
  ];

  it.each(hostile)("%s: stays on our origin", (_label, value) => {
    const result = safeCallbackUrl(value);
    // What the browser would do with it as a Location: resolve against our origin.
    const landed = new URL(result, "https://portal.example");
    expect(landed.origin).toBe("https://portal.example");
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(/[\s\\]/.test(result)).toBe(false);
    expect(landed.pathname.startsWith("/inloggen")).toBe(false);
  });

  it.each([
    ["/\t/evil.example", "/"],
    ["//evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/@evil.example", "/@evil.example"],
  ])("%j becomes %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    [undefined, "/"],
    [null, "/"],
    ["/", "/"],
    ["/dashboard", "/dashboard"],
    ["/convenanten/abc?tab=documenten#versies", "/convenanten/abc?tab=documenten#versies"],
    ["/sociale-kaart?q=jeugd%20zorg", "/sociale-kaart?q=jeugd%20zorg"],
    // next-auth hands back absolute URLs of our own origin: only the path is kept.
    ["http://localhost:3000/werkateliers/1", "/werkateliers/1"],
  ])("keeps our own path %j as %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
