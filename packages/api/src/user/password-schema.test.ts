import { describe, expect, it } from "vitest";
import { passwordSchema } from "./schemas.ts";

// ASVS V2.1.1 and V2.1.2: at least 12 characters, 64 and more allowed, at most 128.
describe("passwordSchema", () => {
  it.each([
    ["11 characters", "a".repeat(11), "Een wachtwoord heeft minstens 12 tekens."],
    ["12 characters", "a".repeat(12), null],
    ["64 characters", "a".repeat(64), null],
    ["128 characters", "a".repeat(128), null],
    ["129 characters", "a".repeat(129), "Een wachtwoord heeft hoogstens 128 tekens."],
  ])("%s", (_label, password, message) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(message);
  });
});
