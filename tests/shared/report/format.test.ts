import {
  formatDate,
  formatDateInText,
  formatDecimal,
  formatFigure,
  formatPercent,
  formatThousands,
  formatUnits,
} from "../../../shared/report/format";

// The documents group thousands with a no-break space; written plainly here.
const plain = (text: string) => text.replace(/\u00A0/g, " ");

describe("numbers in the documents", () => {
  it("group thousands with a space and use a decimal comma", () => {
    expect(plain(formatThousands(193_632.6))).toBe("193 632,6");
    expect(plain(formatDecimal(1_234_567.891, 2))).toBe("1 234 567,89");
    expect(formatDecimal(999, 0)).toBe("999");
    expect(formatDecimal(-0.04, 1)).toBe("0,0");
    expect(plain(formatDecimal(-1500, 0))).toBe("-1 500");
  });

  it("write staff units with two decimals and counts without any", () => {
    expect(formatUnits(20.8)).toBe("20,80");
    expect(formatFigure(73)).toBe("73");
    expect(formatFigure(93.73)).toBe("93,73");
    expect(formatFigure(2.5)).toBe("2,5");
  });

  it("write a share as a percentage with one decimal", () => {
    expect(plain(formatPercent(0.26))).toBe("26,0 %");
    expect(plain(formatPercent(19 / 73))).toBe("26,0 %");
  });
});

describe("dates in the documents", () => {
  it("are dd.mm.yyyy in tables and lines", () => {
    expect(formatDate("2025-05-30")).toBe("30.05.2025");
  });

  it("are written out in sentences, as each language writes them", () => {
    expect(formatDateInText("2025-05-30", "kk")).toBe("2025 жылғы 30 мамыр");
    expect(formatDateInText("2025-05-30", "ru")).toBe("30 мая 2025 года");
    expect(formatDateInText("2026-01-12", "ru")).toBe("12 января 2026 года");
    expect(formatDateInText("2026-12-01", "kk")).toBe("2026 жылғы 1 желтоқсан");
  });
});
