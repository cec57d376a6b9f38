import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandInputs } from "../../bin/expand-inputs";

describe("the files a user means", () => {
  const dir = mkdtempSync(join(tmpdir(), "adal-inputs-"));
  const inbox = join(dir, "inbox");
  mkdirSync(join(inbox, "school 2"), { recursive: true });
  for (const name of ["b.xlsx", "A.XLSX", "~$b.xlsx", "notes.txt", "school 2/c.xlsx"])
    writeFileSync(join(inbox, name), "");
  writeFileSync(join(dir, "renamed.csv"), "");

  it("takes a folder as its workbooks and its subfolders' workbooks, in name order, without Excel's lock files", async () => {
    const { inputs } = await expandInputs([inbox]);
    expect(inputs.map((i) => [i.path, i.name])).toEqual([
      [join(inbox, "A.XLSX"), "A.XLSX"],
      [join(inbox, "b.xlsx"), "b.xlsx"],
      [join(inbox, "school 2", "c.xlsx"), "school 2/c.xlsx"],
    ]);
  });

  it("keeps a file named by the user whatever its name, and a path that does not exist", async () => {
    const given = [join(dir, "renamed.csv"), join(dir, "absent.xlsx")];
    expect((await expandInputs(given)).inputs.map((i) => i.path)).toEqual(given);
  });
});
