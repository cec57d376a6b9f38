import { fileFinding, type Finding } from "../../../../shared/findings/finding";
import { MemoryWorkbook } from "../../../../addin/src/port/memory-workbook";
import { findingMarks, validateWorkbook } from "../../../../addin/src/use-cases/validate-workbook";

const at = (cell: string, severity: Finding["severity"]): Finding => ({
  ...fileFinding(severity === "error" ? "required" : "amount_zero"),
  sheet: "Паспорт",
  cell,
});

describe("validating the open workbook", () => {
  it("marks each finding's cell once, an error over a warning, and not the whole file's findings", () => {
    expect(
      findingMarks([fileFinding("template_missing"), at("C5", "warning"), at("C5", "error"), at("C6", "warning")]),
    ).toEqual([
      { sheet: "Паспорт", address: "C5", severity: "error" },
      { sheet: "Паспорт", address: "C6", severity: "warning" },
    ]);
  });

  it("neither stamps nor names a workbook that is not ready", async () => {
    const workbook = MemoryWorkbook.empty();
    const validated = await validateWorkbook(workbook, new Date(), "Adal test");
    expect(validated.report.ready).toBe(false);
    expect(validated.ready).toBeNull();
    expect(await workbook.readMeta()).toBeNull();
  });
});
