import { describe, expect, it } from "vitest";
import { fileSize } from "./file-size";

const units = { kb: "{n} kB", mb: "{n} MB" };

describe("fileSize", () => {
  it("shows small files in kB with one decimal, Dutch style", () => {
    expect(fileSize(700, units)).toBe("0,7 kB");
    expect(fileSize(10, units)).toBe("0,1 kB");
  });
  it("rounds from 10 kB and switches to MB at one MB", () => {
    expect(fileSize(421_000, units)).toBe("411 kB");
    expect(fileSize(3.4 * 1024 * 1024, units)).toBe("3,4 MB");
    expect(fileSize(10 * 1024 * 1024, units)).toBe("10 MB");
  });
});
