import { highlightBatches, MAX_ADDRESS_LENGTH } from "../../../../addin/src/office/highlight-batches";

describe("highlight batches", () => {
  it("group cells by sheet and severity, each cell once", () => {
    expect(
      highlightBatches([
        { sheet: "Шарттар", address: "B4", severity: "error" },
        { sheet: "Шарттар", address: "b4", severity: "error" },
        { sheet: "Шарттар", address: "C4", severity: "warning" },
        { sheet: "Штат кестесі", address: "D9", severity: "error" },
        { sheet: "Шарттар", address: "E5", severity: "error" },
      ]),
    ).toEqual([
      { sheet: "Шарттар", severity: "error", addresses: "B4,E5" },
      { sheet: "Шарттар", severity: "warning", addresses: "C4" },
      { sheet: "Штат кестесі", severity: "error", addresses: "D9" },
    ]);
  });

  it("split a long list into address lists that each stay within the limit and lose no cell", () => {
    const cells = Array.from({ length: 5000 }, (_, i) => ({
      sheet: "Шарттар",
      address: `J${i + 4}`,
      severity: "error" as const,
    }));
    const batches = highlightBatches(cells);
    expect(batches.every((batch) => batch.addresses.length <= MAX_ADDRESS_LENGTH)).toBe(true);
    expect(batches.flatMap((batch) => batch.addresses.split(","))).toEqual(cells.map((cell) => cell.address));
  });

  it("make no batch for no cells", () => {
    expect(highlightBatches([])).toEqual([]);
  });
});
