import { describe, expect, it } from "vitest";
import { decidePicker, readPickerParams } from "./picker-state";

const vt = { id: "vt", name: "Veilig Thuis ZHZ", type: "Veilig Thuis" };

describe("decidePicker (the no-JavaScript GET form)", () => {
  it.each([
    ["nothing", { id: "", text: "", searched: "" }, null, { kind: "empty" }],
    ["an id only (default: my organisation)", { id: "vt", text: "", searched: "" }, vt, { kind: "chosen", choice: vt }],
    ["an id nobody may see", { id: "x", text: "", searched: "" }, null, { kind: "unknown" }],
    ["the chosen name in the box (combobox, or unchanged)", { id: "vt", text: "Veilig Thuis ZHZ", searched: "" }, vt, { kind: "chosen", choice: vt }],
    ["a radio chosen from the results for the same text", { id: "vt", text: "veilig", searched: "veilig" }, vt, { kind: "chosen", choice: vt }],
    ["a new text after choosing", { id: "vt", text: "politie", searched: "veilig" }, vt, { kind: "search", text: "politie", keep: vt }],
    ["text without a choice", { id: "", text: "veilig", searched: "veilig" }, null, { kind: "search", text: "veilig", keep: null }],
  ] as const)("%s", (_name, params, selected, expected) => {
    expect(decidePicker(params, selected)).toEqual(expected);
  });

  it("reads the Dutch URL parameters, first value only, trimmed", () => {
    expect(readPickerParams({ van: ["a", "b"], vanzoek: " huisarts ", vangezocht: "huis" }, "van")).toEqual({ id: "a", text: "huisarts", searched: "huis" });
  });
});
