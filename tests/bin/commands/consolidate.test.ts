import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../bin/cli";
import { nodeInflate } from "../../../bin/node-inflate";
import { readWorkbook } from "../../../shared/xlsx/read-workbook";
import { writeXlsx } from "../../../shared/xlsx/write-xlsx";
import { filledSpec } from "../../../workbook-templates/src/filled-spec";
import { sampleOrg, sampleWorkbook } from "../../../workbook-templates/src/sample";
import { tableRows } from "../../support/consolidation";
import { changed } from "../../support/valid-entries";
import { capture } from "../../support/capture-io";

const dir = mkdtempSync(join(tmpdir(), "adal-consolidate-"));
const inbox = join(dir, "inbox");
const adal = join(__dirname, "..", "..", "..", "bin", "adal");

beforeAll(async () => {
  mkdirSync(join(inbox, "district-2"), { recursive: true });
  writeFileSync(join(inbox, "school-1.xlsx"), await sampleWorkbook(1, { lang: "kk" }));
  writeFileSync(join(inbox, "district-2", "school-2.xlsx"), await sampleWorkbook(2, { lang: "ru" }));
  const faulty = changed({ Contracts: { 0: { amount: "много" } } });
  writeFileSync(join(inbox, "faulty.xlsx"), await writeXlsx(filledSpec("vakr", "ru", faulty)));
  writeFileSync(join(inbox, "broken.xlsx"), readFileSync(join(inbox, "school-1.xlsx")).subarray(0, 3000));
});

describe("adal consolidate", () => {
  it.each([
    [["consolidate", "--out", "x.xlsx"], "give the files or folders to consolidate"],
    [["consolidate", "inbox"], "give --out FILE"],
    [["consolidate", "inbox", "--out", "x.xlsx", "--lang", "en"], "--lang must be kk or ru"],
  ])("exits 2 for wrong usage: %j", async (argv, message) => {
    const io = capture();
    expect(await main(argv, io, "en")).toBe(2);
    expect(io.stderr.join("\n")).toContain(message);
  });

  it("writes the summary and prints the counts, then one intake entry per file, as JSON", async () => {
    const io = capture();
    const out = join(dir, "summary.xlsx");
    expect(await main(["consolidate", inbox, "--out", out, "--json"], io, "en")).toBe(0);
    const ledger = JSON.parse(io.stdout.join("\n")) as Record<string, unknown> & { intake: Record<string, unknown>[] };
    expect(Object.keys(ledger)).toEqual(["accepted", "rejected", "superseded", "missing", "intake"]);
    expect(ledger).toMatchObject({ accepted: 2, rejected: 2, superseded: 0, missing: 0 });
    expect(ledger.intake.map((e) => [e.file, e.outcome])).toEqual([
      ["broken.xlsx", "rejected"],
      ["district-2/school-2.xlsx", "accepted"],
      ["faulty.xlsx", "rejected"],
      ["school-1.xlsx", "accepted"],
    ]);
    expect(Object.keys(ledger.intake[0] ?? {})).toEqual([
      "file",
      "sha256",
      "bin",
      "org",
      "outcome",
      "reason",
      "errors",
      "warnings",
    ]);
    expect(ledger.intake[2]).toMatchObject({ bin: "040540000004", org: "Общеобразовательная школа № 12", errors: 1 });
    expect(existsSync(out)).toBe(true);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it("prints a short ledger naming each rejected file and why, and who never sent", async () => {
    const roster = join(dir, "roster.xlsx");
    const entries = [sampleOrg(1, { lang: "kk" }), sampleOrg(2, { lang: "ru" })].map((o) => ({
      bin: o.bin,
      org_name: o.name,
    }));
    entries.push({ bin: "040540000014", org_name: "Балабақша «Ақбота»" });
    writeFileSync(roster, await writeXlsx(filledSpec("roster", "ru", { Roster: entries })));
    const io = capture();
    expect(await main(["consolidate", inbox, "--roster", roster, "--out", join(dir, "s.xlsx")], io, "ru")).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("Принято: 2, отклонено: 2, заменено: 0, не сдали: 1");
    expect(text).toMatch(/Отклонены:\n {2}broken\.xlsx: Ошибок: 1\. /);
    expect(text).toMatch(/ {2}faulty\.xlsx \(Общеобразовательная школа № 12\): Ошибок: 1\. Договоры!H4: «много»/);
    expect(text).toMatch(/Не сдали:\n {2}040540000014 {2}Балабақша «Ақбота»/);
  });

  it("leaves out its own summary and the roster when they are in the folder it reads, run after run", async () => {
    const folder = join(dir, "inbox-with-summary");
    mkdirSync(folder);
    copyFileSync(join(inbox, "school-1.xlsx"), join(folder, "school-1.xlsx"));
    const roster = join(folder, "roster.xlsx");
    writeFileSync(
      roster,
      await writeXlsx(filledSpec("roster", "ru", { Roster: [{ bin: sampleOrg(1).bin, org_name: "Школа" }] })),
    );
    const out = join(folder, "summary.xlsx");
    for (let run = 0; run < 2; run++) {
      const io = capture();
      expect(await main(["consolidate", folder, "--roster", roster, "--out", out, "--json"], io, "en")).toBe(0);
      expect(JSON.parse(io.stdout.join("\n"))).toMatchObject({
        accepted: 1,
        superseded: 0,
        missing: 0,
        intake: [{ file: "school-1.xlsx" }],
      });
    }
  });

  it("names the department given with --department at the head of the summary's sheets", async () => {
    const out = join(dir, "named.xlsx");
    const department = "Отдел образования города Павлодара";
    expect(
      await main(["consolidate", inbox, "--department", department, "--out", out, "--json"], capture(), "en"),
    ).toBe(0);
    const read = readWorkbook(readFileSync(out), { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.fault.code);
    const [overview, orgs] = read.snapshot.sheets;
    for (const sheet of [overview, orgs]) expect(String(sheet?.rows[1]?.[0])).toContain(department);
  });

  it("exits 1 without writing when the roster cannot be used", async () => {
    const roster = join(dir, "roster.csv");
    writeFileSync(roster, "bin;name\n");
    const io = capture();
    const out = join(dir, "never.xlsx");
    expect(await main(["consolidate", inbox, "--roster", roster, "--out", out], io, "en")).toBe(1);
    expect(io.stderr.join("\n")).toContain(`The roster ${roster} cannot be used`);
    expect(existsSync(out)).toBe(false);
  });

  it("with --redact leaves no person's full name in AllConflicts", async () => {
    const out = join(dir, "redacted.xlsx");
    expect(await main(["consolidate", inbox, "--out", out, "--redact", "--json"], capture(), "en")).toBe(0);
    const read = readWorkbook(readFileSync(out), { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.fault.code);
    const rows = tableRows(read.snapshot, "AllConflicts");
    const names = [1, 2].flatMap((seed) =>
      (sampleOrg(seed, { lang: seed === 1 ? "kk" : "ru" }).entries.Conflicts ?? []).flatMap((c) => [
        String(c.person1_name),
        String(c.person2_name),
      ]),
    );
    expect(rows.length).toBeGreaterThan(5);
    const text = JSON.stringify(rows);
    for (const name of names) expect(text).not.toContain(name);
    for (const row of rows) expect(row.person1_name).toMatch(/^(\p{Lu}\.)+ #[0-9a-f]{6}$/u);
  });

  it("reads many files on worker threads, with the same outcome", () => {
    const many = join(dir, "many");
    mkdirSync(many);
    for (let i = 0; i < 16; i++)
      copyFileSync(
        join(inbox, i % 2 ? "school-1.xlsx" : "faulty.xlsx"),
        join(many, `copy-${String(i).padStart(2, "0")}.xlsx`),
      );
    const run = spawnSync(adal, ["consolidate", many, "--out", join(dir, "many.xlsx"), "--json"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const ledger = JSON.parse(run.stdout) as { accepted: number; rejected: number; superseded: number };
    expect(ledger).toMatchObject({ accepted: 1, rejected: 8, superseded: 7 });
  });
});
