import { describe, expect, it } from "vitest";
import { exitUrl } from "./public-site";

describe("exitUrl: where 'Snel weg' leaves for", () => {
  it.each<[string, string | undefined, string]>([
    ["not set: the default neutral site", undefined, "https://www.google.nl/"],
    ["an https address", "https://www.buienradar.nl", "https://www.buienradar.nl/"],
    ["plain http is refused (default instead)", "http://example.org/", "https://www.google.nl/"],
    ["a javascript: address is refused", "javascript:alert(1)", "https://www.google.nl/"],
    ["not an address", "weerbericht", "https://www.google.nl/"],
  ])("%s", (_label, configured, expected) => {
    expect(exitUrl({ NODE_ENV: "production", KK_PUBLIC_EXIT_URL: configured })).toBe(expected);
  });
});
