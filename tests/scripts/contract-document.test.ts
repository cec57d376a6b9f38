import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_FORMS, LISTS, valueColumns } from "../../shared/forms";
import { CONTRACT_DOCUMENT, contractDocument } from "../../scripts/contract-document";

const committed = () => readFileSync(join(__dirname, "../..", CONTRACT_DOCUMENT), "utf8");

describe("the contract document", () => {
  it("is what the form definitions give: run `npm run contract` after changing a form", () => {
    expect(committed()).toBe(contractDocument());
  });

  it("names every form, each of its columns and fields, and every list item's code", () => {
    const document = contractDocument();
    const names = [
      ...ALL_FORMS.flatMap((f) => [f.id, ...f.columns.map((c) => c.key), ...valueColumns(f).map((c) => c.key)]),
      ...Object.values(LISTS).flatMap((l) => [l.id, ...l.items.map((i) => i.code)]),
    ];
    expect(names.filter((name) => !document.includes("`" + name + "`"))).toEqual([]);
  });

  it("gives each form's sheet names in Kazakh and Russian, and its columns in order", () => {
    const document = contractDocument();
    for (const form of ALL_FORMS) {
      const section = document.slice(document.indexOf("### `" + form.id + "`"));
      expect(section).toContain(`- sheet (kk): ${form.sheet.kk}\n- sheet (ru): ${form.sheet.ru}`);
      const rows = form.columns.map((c, i) => `| ${i + 1} | \`${c.key}\` | ${c.type} |`);
      const positions = rows.map((row) => section.indexOf(row));
      expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
    }
  });
});
