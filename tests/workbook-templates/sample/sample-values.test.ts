import { type Column, formById, listOf, valueColumns } from "../../../shared/forms";
import type { CellValue } from "../../../shared/values/cell-value";
import { checkIdNumber } from "../../../shared/values/id-number";
import { parseCell } from "../../../shared/values/parse-cell";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { departmentBin, DISTRICTS, sampleContracts, sampleOrg } from "../../../workbook-templates/src/sample";

const SEEDS = Array.from({ length: 24 }, (_, i) => i * 7 + 1);
const orgs = SEEDS.map((seed) => sampleOrg(seed, { lang: seed % 2 ? "kk" : "ru" }));

/** What a reader sees of an entry's value: a formula shows its result. */
const raw = (value: SpecValue): CellValue => (value !== null && typeof value === "object" ? value.result : value);

function columnOf(formId: string, key: string): Column {
  const form = formById(formId);
  const column = form && valueColumns(form).find((c) => c.key === key);
  if (!column) throw new Error(`no column ${formId}.${key}`);
  return column;
}

/** Every filled cell of a sample, with its column. */
const cellsOf = (org: (typeof orgs)[number]) =>
  Object.entries(org.entries).flatMap(([formId, rows]) =>
    rows.flatMap((row) =>
      Object.entries(row).map(([key, value]) => ({ formId, key, column: columnOf(formId, key), value })),
    ),
  );

describe("sample values", () => {
  it("parse without a problem or a warning, as a ready workbook's do", () => {
    const problems = orgs.flatMap((org) =>
      cellsOf(org)
        .map((cell) => ({ ...cell, parsed: parseCell(cell.column, raw(cell.value)) }))
        .filter(({ parsed }) => !parsed.ok || parsed.warning)
        .map(({ formId, key, value }) => `${org.bin} ${formId}.${key}: ${JSON.stringify(value)}`),
    );
    expect(problems).toEqual([]);
  });

  it("hold in list cells the label of the workbook's language, which parses back to a code", () => {
    for (const org of orgs) {
      for (const { column, value } of cellsOf(org).filter(
        (c) => c.column.type === "list" || c.column.type === "yesNo",
      )) {
        const list = listOf(column);
        const parsed = parseCell(column, raw(value));
        // Yes/no cells parse to booleans, other list cells to their item's code.
        const clean = parsed.ok ? parsed.value : undefined;
        const code = typeof clean === "boolean" ? (clean ? "yes" : "no") : clean;
        const item = list.items.find((i) => i.code === code);
        expect(item).toBeDefined();
        expect(String(value)).toContain(item?.labels[org.lang]);
      }
    }
  });

  it("carry valid BINs, and IINs only for counterparties", () => {
    for (const org of orgs) {
      const passport = org.entries.Passport?.[0] ?? {};
      expect(checkIdNumber(String(passport.bin), "bin").ok).toBe(true);
      expect(checkIdNumber(String(passport.parent_bin), "bin").ok).toBe(true);
      for (const row of org.entries.Contracts ?? [])
        expect(checkIdNumber(String(row.counterparty_bin), "binOrIin")).toMatchObject({ ok: true });
    }
  });

  it("give organizations of one district their department's BIN, and each organization its own", () => {
    const district = DISTRICTS[0];
    if (!district) throw new Error("no districts");
    const bins = [1, 2, 3].map((seed) => sampleOrg(seed, { district }));
    expect(new Set(bins.map((o) => o.entries.Passport?.[0]?.parent_bin))).toEqual(new Set([departmentBin(district)]));
    expect(new Set(orgs.map((o) => o.bin)).size).toBe(orgs.length);
  });

  it("write Kazakh workbooks with Kazakh letters", () => {
    for (const org of orgs.filter((o) => o.lang === "kk")) {
      const texts = cellsOf(org)
        .filter((c) => c.column.type === "text" && typeof c.value === "string")
        .map((c) => String(c.value))
        .join(" ");
      expect(texts).toMatch(/[әғқңөұүһі]/);
      expect(String(org.entries.Passport?.[0]?.org_name_kk)).toMatch(/[әғқңөұүһі]|мектеп|МКҚК/);
      for (const risk of org.entries.Risks ?? []) expect(String(risk.justification)).toMatch(/[әғқңөұүһі]/);
    }
  });

  it("give a contracts table of any length, with distinct contracts", () => {
    const rows = sampleContracts(9, 10_000);
    expect(rows).toHaveLength(10_000);
    const keys = new Set(rows.map((r) => `${r.contract_no}|${r.contract_date}|${r.counterparty_bin}`));
    expect(keys.size).toBe(10_000);
  });
});
