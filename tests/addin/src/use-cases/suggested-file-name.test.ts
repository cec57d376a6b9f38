import { suggestedFileName } from "../../../../addin/src/use-cases/suggested-file-name";

const passport = {
  bin: "050340001237",
  period_from: "2025-01-01",
  period_to: "2025-12-31",
  org_name_ru: "КГУ «Средняя школа № 12 имени Абая» отдела образования города Астаны",
  org_name_kk: "«Абай атындағы № 12 орта мектеп» КММ",
};

describe("the suggested file name", () => {
  it("is BIN_year_name for a calendar year, the name in the workbook's language, cut at a word", () => {
    expect(suggestedFileName(passport, "ru")).toBe("050340001237_2025_КГУ-Средняя-школа-12-имени-Абая-отдела.xlsx");
    expect(suggestedFileName(passport, "kk")).toBe("050340001237_2025_Абай-атындағы-12-орта-мектеп-КММ.xlsx");
  });

  it("names another period by its dates", () => {
    const half = { ...passport, period_from: "2024-06-01", period_to: "2025-05-30" };
    expect(suggestedFileName(half, "ru")).toMatch(/^050340001237_2024-06-01_2025-05-30_КГУ-/);
  });

  it("takes the other language's name when the workbook's is blank", () => {
    expect(suggestedFileName({ ...passport, org_name_kk: null }, "kk")).toMatch(/_2025_КГУ-Средняя-школа/);
  });
});
