/**
 * `npm run demo`: writes a district's inbox of sample workbooks and its roster under demo/, then
 * consolidates them exactly as a user would, so the ledger shows every outcome consolidation has, and
 * drafts the department's report from the summary.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { demoInbox } from "../workbook-templates/src/sample";
import { main } from "./cli";

const DEMO = join(__dirname, "..", "demo");

async function demo(): Promise<number> {
  const inbox = join(DEMO, "inbox");
  const roster = join(DEMO, "roster.xlsx");
  const summary = join(DEMO, "summary.xlsx");
  const report = join(DEMO, "department-report.docx");
  const { files, roster: rosterBytes, department } = await demoInbox();
  // A fresh inbox each time: files left from an older run would change the ledger.
  rmSync(inbox, { recursive: true, force: true });
  mkdirSync(inbox, { recursive: true });
  for (const file of files) {
    const path = join(inbox, file.name);
    writeFileSync(path, file.bytes);
    // Consolidation tells two versions of one workbook apart by their file times.
    utimesSync(path, file.modified / 1000, file.modified / 1000);
  }
  writeFileSync(roster, rosterBytes);

  const shown = (path: string) => relative(process.cwd(), path) || ".";
  const code = await main([
    "consolidate",
    shown(inbox),
    "--roster",
    shown(roster),
    "--department",
    department,
    "--out",
    shown(summary),
  ]);
  if (code !== 0) return code;
  // The department's report to the region, drafted from the summary as a specialist would.
  const reported = await main(["report", shown(summary), "--out", shown(report)]);
  if (reported === 0)
    console.log(
      `The summary is ${shown(summary)}, the department's report ${shown(report)}; ` +
        `the ${files.length} files they were made from are in ${shown(inbox)}/.`,
    );
  return reported;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
