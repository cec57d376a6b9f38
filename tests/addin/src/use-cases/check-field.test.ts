import { conflicts, contracts, passport } from "../../../../shared/forms";
import { checkField } from "../../../../addin/src/use-cases/check-field";

const column = (form: { columns: readonly { key: string }[] } | typeof passport, key: string) => {
  const columns = "fields" in form ? form.fields : form.columns;
  const found = columns.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found as Parameters<typeof checkField>[0];
};

describe("a typed field", () => {
  it("goes in as the workbook holds it: a date as a serial, a list item as its label in the workbook's language", () => {
    expect(checkField(column(contracts, "contract_date"), "03.02.2025", "en", "ru")).toEqual({
      ok: true,
      input: { serial: 45691 },
    });
    expect(checkField(column(conflicts, "kinship"), "жена", "en", "kk")).toEqual({ ok: true, input: "Жұбайы" });
    expect(checkField(column(conflicts, "direct_subordination"), "да", "en", "kk")).toEqual({ ok: true, input: "Иә" });
    expect(checkField(column(contracts, "amount"), "193 632,6", "en", "ru")).toEqual({ ok: true, input: 193632.6 });
  });

  it("is refused with the validation's message in the pane's language", () => {
    const check = checkField(column(contracts, "contract_date"), "31.02.2025", "ru", "ru");
    expect(check).toEqual({ ok: false, message: "Даты 31.02.2025 нет в календаре." });
  });

  it("is asked for when required and blank, and left alone when optional and blank", () => {
    expect(checkField(column(contracts, "subject"), "  ", "en", "ru")).toEqual({ ok: false, message: "Fill this in." });
    expect(checkField(column(contracts, "notes"), "", "en", "ru")).toEqual({ ok: true, input: null });
  });

  it("warns about a malformed phone, as Validate does, and still goes in", () => {
    const check = checkField(column(passport, "contact_phone"), "12", "en", "ru");
    expect(check).toMatchObject({ ok: true, input: "12", warning: expect.any(String) });
  });
});
