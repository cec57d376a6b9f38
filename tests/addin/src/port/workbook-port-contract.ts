import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellMark, CellPlace, WorkbookPort } from "../../../../addin/src/port/workbook-port";
import { dropdownCells } from "../../../../addin/src/use-cases/start-workbook";
import { stampEntries } from "../../../../shared/stamp/stamp";
import { validateSnapshot } from "../../../../shared/validation";
import { readMeta } from "../../../../shared/validation/read-meta";
import type { WorkbookSnapshot } from "../../../../shared/xlsx/snapshot";
import { specSnapshot } from "../../../../shared/xlsx/spec-snapshot";
import { filledSpec } from "../../../../workbook-templates/src/filled-spec";
import { VALID_ENTRIES } from "../../../support/valid-entries";
import { contentsOf, DUE, FIXTURE, rowOf, SIGNED } from "../../support/port-fixture";

/** A port over a workbook, and what the test looks at beside it: what is highlighted and selected. */
export interface PortSubject {
  readonly port: WorkbookPort;
  highlighted(): CellMark[];
  selection(): CellPlace | null;
  activeSheet(): string | null;
  /** The user types into a cell of the workbook, outside the pane. */
  userTypes(cell: CellPlace, value: string): Promise<void>;
  /** Every change so far has reached the port's listeners (Excel tells of changes after them, apart). */
  settled(): Promise<void>;
}

export type OpenPort = (snapshot: WorkbookSnapshot, options?: { canInsertSheets?: boolean }) => PortSubject;

const TEMPLATE = readFileSync(join(__dirname, "../../../../workbook-templates/vakr-kk.xlsx")).toString("base64");

/** What every implementation of the port does, whatever it talks to. */
export function describeWorkbookPort(name: string, open: OpenPort): void {
  describe(`${name}: the workbook port`, () => {
    describe("reading", () => {
      it("reads every sheet with its state, tables and values, a date-formatted number as a date", async () => {
        const { port } = open(FIXTURE);
        expect(contentsOf(await port.readSnapshot())).toEqual(contentsOf(FIXTURE));
      });

      it("gives the validation what the file gives it: a valid workbook is ready to send", async () => {
        const valid = specSnapshot(filledSpec("vakr", "ru", VALID_ENTRIES));
        const report = await validateSnapshot(await open(valid).port.readSnapshot());
        expect(report.ready).toBe(true);
        expect(report.findings).toEqual((await validateSnapshot(valid)).findings);
      });
    });

    describe("highlighting", () => {
      const marks: CellMark[] = [
        { sheet: "Договоры", address: "B4", severity: "error" },
        { sheet: "Договоры", address: "D4", severity: "warning" },
        { sheet: "Риски", address: "C2", severity: "error" },
      ];

      it("shows the findings' cells with their severity", async () => {
        const subject = open(FIXTURE);
        await subject.port.readSnapshot();
        await subject.port.highlight(marks);
        expect(subject.highlighted()).toEqual(marks);
      });

      it("shows only the new cells when it highlights again, and none when given none", async () => {
        const subject = open(FIXTURE);
        await subject.port.highlight(marks);
        await subject.port.highlight([{ sheet: "Риски", address: "B3", severity: "warning" }]);
        expect(subject.highlighted()).toEqual([{ sheet: "Риски", address: "B3", severity: "warning" }]);
        await subject.port.highlight([]);
        expect(subject.highlighted()).toEqual([]);
      });

      it("refuses a sheet the workbook does not have", async () => {
        const { port } = open(FIXTURE);
        await expect(port.highlight([{ sheet: "Нет такого", address: "A1", severity: "error" }])).rejects.toThrow();
      });
    });

    describe("going to a cell", () => {
      it("activates the cell's sheet and selects the cell", async () => {
        const subject = open(FIXTURE);
        await expect(subject.port.select({ sheet: "Риски", address: "C3" })).resolves.toEqual({ ok: true });
        expect(subject.activeSheet()).toBe("Риски");
        expect(subject.selection()).toEqual({ sheet: "Риски", address: "C3" });
      });

      it.each([
        ["a sheet that is not there", "Нет такого", "no_such_sheet"],
        ["a hidden sheet", "_meta", "sheet_hidden"],
      ])("says so for %s", async (_, sheet, reason) => {
        const subject = open(FIXTURE);
        await expect(subject.port.select({ sheet, address: "A1" })).resolves.toEqual({ ok: false, reason });
        expect(subject.selection()).toBeNull();
      });
    });

    describe("inserting the template", () => {
      it("adds the template's sheets at the end, its Meta table with them", async () => {
        const { port } = open({ date1904: false, sheets: [FIXTURE.sheets[0]!] });
        const result = await port.insertSheets(TEMPLATE);
        expect(result).toEqual({ ok: true, sheets: expect.arrayContaining(["Шарттар", "_lists", "_meta"]) });
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets.map((s) => s.name)).toEqual(["Договоры", ...(result.ok ? result.sheets : [])]);
        expect(Object.fromEntries((await port.readMeta()) ?? [])).toEqual({
          template: "vakr",
          version: "2",
          lang: "kk",
        });
      });

      it("finds every dropdown of the inserted template resolving", async () => {
        const { port } = open({ date1904: false, sheets: [] });
        await port.insertSheets(TEMPLATE);
        await expect(port.brokenDropdowns(dropdownCells("kk"))).resolves.toEqual([]);
      });

      it("deletes the inserted sheets by name, in any case, and leaves the others and names it lacks alone", async () => {
        const { port } = open({ date1904: false, sheets: [FIXTURE.sheets[0]!] });
        const result = await port.insertSheets(TEMPLATE);
        const inserted = result.ok ? result.sheets : [];
        await expect(port.deleteSheets([...inserted.map((n) => n.toUpperCase()), "Nowhere"])).resolves.toEqual(
          inserted,
        );
        expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Договоры"]);
        expect(await port.readMeta()).toBeNull();
        const again = await port.insertSheets(TEMPLATE);
        expect(again.ok && again.sheets).toEqual(inserted);
      });

      it("says so when the host cannot insert sheets from a file, and changes nothing", async () => {
        const { port } = open(FIXTURE, { canInsertSheets: false });
        await expect(port.insertSheets(TEMPLATE)).resolves.toEqual({
          ok: false,
          reason: "unsupported",
          requirement: "ExcelApi 1.13",
        });
        expect((await port.readSnapshot()).sheets).toHaveLength(FIXTURE.sheets.length);
      });
    });

    describe("the Meta table", () => {
      it("reads its keys and values", async () => {
        const meta = await open(FIXTURE).port.readMeta();
        expect(Object.fromEntries(meta ?? [])).toEqual({ template: "vakr", version: "1", lang: "ru" });
      });

      it("is null, and cannot be written, in a workbook without one", async () => {
        const { port } = open({ date1904: false, sheets: FIXTURE.sheets.slice(0, 2) });
        await expect(port.readMeta()).resolves.toBeNull();
        await expect(port.writeMeta([["version", "1"]])).resolves.toEqual({ ok: false, reason: "no_meta" });
      });

      it("updates the keys it has and appends the others, and the validation reads the stamp back", async () => {
        const { port } = open(FIXTURE);
        const stamp = stampEntries("ab".repeat(32), new Date("2026-03-05T09:30:00Z"), "Adal 0.1.0");
        await expect(port.writeMeta([["version", "2"], ...stamp])).resolves.toEqual({ ok: true });
        const snapshot = await port.readSnapshot();
        expect(Object.fromEntries(readMeta(snapshot) ?? [])).toEqual({
          template: "vakr",
          version: "2",
          lang: "ru",
          "stamp.hash": "ab".repeat(32),
          "stamp.validatedAt": "2026-03-05T09:30:00.000Z",
          "stamp.tool": "Adal 0.1.0",
        });
        // A value that looks like a number stays the text it was written as.
        expect(rowOf(snapshot, "_meta", 3, 2)).toEqual(["version", "2"]);
      });
    });

    describe("appending a row", () => {
      it("fills the first blank row the template prepared, values in the table's column order", async () => {
        const { port } = open(FIXTURE);
        const result = await port.appendRow("Contracts", [2, "13-К", { serial: DUE }, "ИП Бекова"]);
        expect(result).toEqual({ ok: true, sheet: "Договоры", row: 5, address: "A5:D5" });
        const again = await port.appendRow("contracts", [3, "14-К"]);
        expect(again).toMatchObject({ ok: true, row: 6 });
        const snapshot = await port.readSnapshot();
        expect(rowOf(snapshot, "Договоры", 4, 4)).toEqual([1, "12-К", { serial: SIGNED }, "ТОО «Альфа»"]);
        expect(rowOf(snapshot, "Договоры", 5, 4)).toEqual([2, "13-К", { serial: DUE }, "ИП Бекова"]);
        expect(rowOf(snapshot, "Договоры", 6, 4)).toEqual([3, "14-К", null, null]);
        expect(snapshot.sheets[0]!.tables).toEqual(FIXTURE.sheets[0]!.tables);
      });

      it("keeps text as text: a formula's sign, a phone number, a number with leading zeros", async () => {
        const { port } = open(FIXTURE);
        await port.appendRow("Contracts", ["=1+1", "+7 701 000 00 00", null, "050340001237"]);
        expect(rowOf(await port.readSnapshot(), "Договоры", 5, 4)).toEqual([
          "=1+1",
          "+7 701 000 00 00",
          null,
          "050340001237",
        ]);
      });

      it("keeps text as text that Excel would take for a quoted text, a boolean, a percentage or a date", async () => {
        const { port } = open(FIXTURE);
        await port.appendRow("Contracts", ["'05", "TRUE", "01.05.2025", "5%"]);
        await port.writeCells([{ sheet: "Риски", address: "B2", value: "ложь" }]);
        const snapshot = await port.readSnapshot();
        expect(rowOf(snapshot, "Договоры", 5, 4)).toEqual(["'05", "TRUE", "01.05.2025", "5%"]);
        expect(rowOf(snapshot, "Риски", 2, 2)).toEqual([1, "ложь"]);
      });

      it("adds a row at the end of a full table: the cells below move down, the totals row stays last", async () => {
        const { port } = open(FIXTURE);
        const result = await port.appendRow("Risks", [3, "Подарки", 2000]);
        expect(result).toEqual({ ok: true, sheet: "Риски", row: 4, address: "A4:C4" });
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets[1]!.tables).toEqual([{ name: "Risks", ref: "A1:C5", totalsRowCount: 1 }]);
        expect(rowOf(snapshot, "Риски", 4, 3)).toEqual([3, "Подарки", 2000]);
        expect(rowOf(snapshot, "Риски", 5, 3)).toEqual(["Итого", null, 150000.5]);
        expect(rowOf(snapshot, "Риски", 7, 1)).toEqual(["под таблицей"]);
      });

      it.each([
        ["a table that is not there", "Staffing", [1], "no_such_table"],
        ["more values than columns", "Contracts", [1, 2, 3, 4, 5], "too_many_values"],
      ])("says so for %s", async (_, table, values, reason) => {
        const { port } = open(FIXTURE);
        await expect(port.appendRow(table, values)).resolves.toEqual({ ok: false, reason });
        expect(contentsOf(await port.readSnapshot())).toEqual(contentsOf(FIXTURE));
      });
    });

    describe("appending rows", () => {
      it("writes the rows after the last one that holds something, and grows the table by the rows it lacks", async () => {
        const { port } = open(FIXTURE);
        await port.writeCells([{ sheet: "Договоры", address: "B6", value: "13-К" }]);
        const result = await port.appendRows("contracts", [
          [3, "14-К", { serial: DUE }, "ИП Бекова"],
          [4, "050340001237"],
          [5, "=1+1", null, "+7 701 000 00 00"],
        ]);
        expect(result).toEqual({ ok: true, sheet: "Договоры", row: 7, address: "A7:D9" });
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets[0]!.tables).toEqual([{ name: "Contracts", ref: "A3:D9", totalsRowCount: 0 }]);
        expect(rowOf(snapshot, "Договоры", 5, 4)).toEqual([null, null, null, null]);
        expect(rowOf(snapshot, "Договоры", 7, 4)).toEqual([3, "14-К", { serial: DUE }, "ИП Бекова"]);
        expect(rowOf(snapshot, "Договоры", 8, 4)).toEqual([4, "050340001237", null, null]);
        expect(rowOf(snapshot, "Договоры", 9, 4)).toEqual([5, "=1+1", null, "+7 701 000 00 00"]);
        expect(rowOf(snapshot, "Договоры", 11, 1)).toEqual(["Примечание: суммы в тенге"]);
      });

      it("adds the rows to a full table above its totals row, moving the cells below down", async () => {
        const { port } = open(FIXTURE);
        const result = await port.appendRows("Risks", [
          [3, "Подарки", 2000],
          [4, "Аренда", 500],
        ]);
        expect(result).toEqual({ ok: true, sheet: "Риски", row: 4, address: "A4:C5" });
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets[1]!.tables).toEqual([{ name: "Risks", ref: "A1:C6", totalsRowCount: 1 }]);
        expect(rowOf(snapshot, "Риски", 5, 3)).toEqual([4, "Аренда", 500]);
        expect(rowOf(snapshot, "Риски", 6, 3)).toEqual(["Итого", null, 150000.5]);
        expect(rowOf(snapshot, "Риски", 8, 1)).toEqual(["под таблицей"]);
      });

      it.each([
        ["a table that is not there", "Staffing", [[1]], "no_such_table"],
        ["a row wider than the table", "Contracts", [[2], [3, 4, 5, 6, 7]], "too_many_values"],
        ["no rows", "Contracts", [], "no_rows"],
      ])("says so for %s, and writes none of the rows", async (_, table, rows, reason) => {
        const { port } = open(FIXTURE);
        await expect(port.appendRows(table, rows)).resolves.toEqual({ ok: false, reason });
        expect(contentsOf(await port.readSnapshot())).toEqual(contentsOf(FIXTURE));
      });
    });

    describe("telling of changes", () => {
      it("tells of each change with its sheet, the user's and the pane's own writes alike, until told to stop", async () => {
        const subject = open(FIXTURE);
        const seen: (string | null)[] = [];
        const stop = subject.port.onChanged((sheet) => seen.push(sheet));
        await subject.userTypes({ sheet: "Риски", address: "B2" }, "Откаты");
        await subject.port.appendRow("Contracts", [2, "13-К"]);
        await subject.port.writeCells([{ sheet: "Договоры", address: "B4", value: "12/К" }]);
        await subject.settled();
        expect(seen).toEqual(["Риски", "Договоры", "Договоры"]);
        stop();
        await subject.userTypes({ sheet: "Риски", address: "B3" }, "Подарки");
        await subject.settled();
        expect(seen).toHaveLength(3);
      });

      it("tells nothing of highlights or of going to a cell: they change no value", async () => {
        const subject = open(FIXTURE);
        const seen: (string | null)[] = [];
        subject.port.onChanged((sheet) => seen.push(sheet));
        await subject.port.highlight([{ sheet: "Договоры", address: "B4", severity: "error" }]);
        await subject.port.select({ sheet: "Риски", address: "C3" });
        await subject.port.readSnapshot();
        await subject.settled();
        expect(seen).toEqual([]);
      });
    });

    describe("writing cells", () => {
      it("keeps text as text and a date as a date, on a sheet named in any case", async () => {
        const { port } = open(FIXTURE);
        const result = await port.writeCells([
          { sheet: "Договоры", address: "A5", value: 2 },
          { sheet: "Договоры", address: "B5", value: "050340001237" },
          { sheet: "Договоры", address: "C5", value: { serial: DUE } },
          { sheet: "Договоры", address: "D5", value: "+7 701 000 00 00" },
          { sheet: "риски", address: "B2", value: "=1+1" },
        ]);
        expect(result).toEqual({ ok: true });
        const snapshot = await port.readSnapshot();
        expect(rowOf(snapshot, "Договоры", 5, 4)).toEqual([2, "050340001237", { serial: DUE }, "+7 701 000 00 00"]);
        expect(rowOf(snapshot, "Риски", 2, 3)).toEqual([1, "=1+1", 150000.5]);
      });

      it("clears a cell given an empty text, and leaves one given null as it was", async () => {
        const { port } = open(FIXTURE);
        await port.writeCells([
          { sheet: "Договоры", address: "B4", value: "" },
          { sheet: "Договоры", address: "C4", value: null },
        ]);
        expect(rowOf(await port.readSnapshot(), "Договоры", 4, 4)).toEqual([
          1,
          null,
          { serial: SIGNED },
          "ТОО «Альфа»",
        ]);
      });

      it("leaves the highlights and the selection as they were", async () => {
        const subject = open(FIXTURE);
        const mark: CellMark = { sheet: "Договоры", address: "B4", severity: "error" };
        await subject.port.highlight([mark]);
        await subject.port.select({ sheet: "Риски", address: "C3" });
        await subject.port.writeCells([{ sheet: "Договоры", address: "B4", value: "13-К" }]);
        expect(subject.highlighted()).toEqual([mark]);
        expect(subject.selection()).toEqual({ sheet: "Риски", address: "C3" });
      });

      it("says so for a sheet the workbook does not have, and writes none of the cells", async () => {
        const { port } = open(FIXTURE);
        const result = await port.writeCells([
          { sheet: "Договоры", address: "B5", value: "13-К" },
          { sheet: "Нет такого", address: "A1", value: "x" },
        ]);
        expect(result).toEqual({ ok: false, reason: "no_such_sheet" });
        expect(contentsOf(await port.readSnapshot())).toEqual(contentsOf(FIXTURE));
      });

      it("refuses an address that is not a single cell's", async () => {
        const { port } = open(FIXTURE);
        await expect(port.writeCells([{ sheet: "Договоры", address: "B5:C6", value: "x" }])).rejects.toThrow();
      });
    });
  });
}
