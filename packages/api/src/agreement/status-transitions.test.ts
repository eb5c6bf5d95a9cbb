import { describe, expect, it } from "vitest";
import { ALLOWED_TRANSITIONS, canTransition } from "./status-transitions.ts";

describe("agreement status transitions", () => {
  it("allows the forward path and back to concept only from in bespreking", () => {
    expect(canTransition("CONCEPT", "IN_BESPREKING")).toBe(true);
    expect(canTransition("IN_BESPREKING", "ACTIEF")).toBe(true);
    expect(canTransition("IN_BESPREKING", "CONCEPT")).toBe(true);
    expect(canTransition("ACTIEF", "VERLOPEN")).toBe(true);
    expect(canTransition("ACTIEF", "BEEINDIGD")).toBe(true);
  });

  it("refuses skipping, going back from actief and leaving a final status", () => {
    expect(canTransition("CONCEPT", "ACTIEF")).toBe(false);
    expect(canTransition("ACTIEF", "CONCEPT")).toBe(false);
    expect(canTransition("ACTIEF", "IN_BESPREKING")).toBe(false);
    expect(canTransition("VERLOPEN", "ACTIEF")).toBe(false);
    expect(canTransition("BEEINDIGD", "CONCEPT")).toBe(false);
    expect(canTransition("CONCEPT", "CONCEPT")).toBe(false);
  });

  it("has exactly five allowed edges", () => {
    expect(Object.values(ALLOWED_TRANSITIONS).flat()).toHaveLength(5);
  });
});
