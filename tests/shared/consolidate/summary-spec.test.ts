import { tableParts } from "../../../shared/consolidate/summary-spec";
import { EXCEL_LIMITS } from "../../../shared/xlsx/excel-limits";
import { SUMMARY_FORMS } from "../../../shared/forms/summary";

describe("the summary's sheets", () => {
  it("holds each table on one sheet while Excel's rows allow it", () => {
    const parts = tableParts("ru", { AllContracts: EXCEL_LIMITS.rows - 3 });
    expect(parts.map((p) => p.table)).toEqual(SUMMARY_FORMS.map((f) => f.id));
  });

  it.each(["kk", "ru"] as const)(
    "continues a longer table on sheets named within Excel's 31 characters (%s)",
    (lang) => {
      const parts = tableParts(lang, { AllConflicts: 2 * (EXCEL_LIMITS.rows - 3) + 1 });
      const conflicts = parts.filter((p) => p.form.id === "AllConflicts");
      expect(conflicts.map((p) => p.table)).toEqual(["AllConflicts", "AllConflicts_2", "AllConflicts_3"]);
      for (const part of parts) expect(part.sheet.length).toBeLessThanOrEqual(31);
      expect(new Set(parts.map((p) => p.sheet)).size).toBe(parts.length);
    },
  );
});
