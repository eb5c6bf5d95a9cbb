import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_MESSAGE, newPasswordProblem, PASSWORD_LIKE_ACCOUNT_MESSAGE } from "./password-policy.ts";

describe("newPasswordProblem", () => {
  it.each([
    ["a listed password", "password1234", COMMON_PASSWORD_MESSAGE],
    ["a listed password padded with digits", "sunshine123456", COMMON_PASSWORD_MESSAGE],
    ["a listed password padded with punctuation", "!!!iloveyou!!!", COMMON_PASSWORD_MESSAGE],
    ["the e-mail address", "jan.devries@gemeente.nl", PASSWORD_LIKE_ACCOUNT_MESSAGE],
    ["the name with a few characters", "JanDeVries12", PASSWORD_LIKE_ACCOUNT_MESSAGE],
    ["a passphrase", "paard batterij nietje correct", null],
    ["a long random password", "Xq7#vLp2!mW9rT", null],
  ])("%s", (_label, password, expected) => {
    expect(newPasswordProblem(password, { email: "jan.devries@gemeente.nl", name: "Jan de Vries" })).toBe(expected);
  });

  it("recognises the top entries of the bundled list case-insensitively", () => {
    expect(newPasswordProblem("123456789012")).toBe(COMMON_PASSWORD_MESSAGE);
    expect(newPasswordProblem("PASSWORD")).toBe(COMMON_PASSWORD_MESSAGE);
  });
});
