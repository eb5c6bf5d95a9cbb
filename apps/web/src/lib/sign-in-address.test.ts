import { describe, expect, it } from "vitest";
import { requestPathOf, signInAddress } from "./sign-in-address";

describe("the sign-in address for a visitor without a session", () => {
  it("returns to the page asked for, with its query, and says why the session ended", () => {
    expect(signInAddress("/sociale-kaart?q=jeugd zorg&sector=ZORG", "inactief")).toBe(
      "/inloggen?reden=inactief&callbackUrl=%2Fsociale-kaart%3Fq%3Djeugd+zorg%26sector%3DZORG",
    );
    expect(signInAddress("/convenanten/abc", null)).toBe("/inloggen?callbackUrl=%2Fconvenanten%2Fabc");
  });

  it("does not name the start page or an unknown page as the way back", () => {
    expect(signInAddress("/", "verlopen")).toBe("/inloggen?reden=verlopen");
    expect(signInAddress(null, null)).toBe("/inloggen");
  });

  it("takes the page's path and query from the request, without Next.js's _rsc parameter", () => {
    expect(requestPathOf(new URL("http://portal.test/sociale-kaart?q=wijkteam&_rsc=1x2y"))).toBe("/sociale-kaart?q=wijkteam");
    expect(requestPathOf(new URL("http://portal.test/dashboard?_rsc=abc"))).toBe("/dashboard");
    expect(requestPathOf(new URL("http://portal.test/"))).toBe("/");
  });
});
