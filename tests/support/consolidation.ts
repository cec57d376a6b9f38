import { examineFile } from "../../shared/consolidate/examine";
import type { Examined } from "../../shared/consolidate/examined";
import { planConsolidation, type Plan } from "../../shared/consolidate/plan";
import type { RosterEntry } from "../../shared/consolidate/roster";
import { writeSummary, type SummaryOptions } from "../../shared/consolidate/write-summary";
import { partIds } from "../../shared/validation/templates";
import { formById } from "../../shared/forms";
import type { WorkbookLang } from "../../shared/i18n/lang";
import type { CellValue } from "../../shared/values";
import { parseCellRef } from "../../shared/xlsx/a1";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { cellAt, type WorkbookSnapshot } from "../../shared/xlsx/snapshot";
import { nodeCompressor, nodeDeflate } from "../../bin/node-deflate";
import { nodeInflate, nodeInflateLater } from "../../bin/node-inflate";

/** A received file for a test: a name, its bytes, its time. */
export interface TestFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly modified?: number;
}

export function examine(file: TestFile): Promise<Examined> {
  return examineFile(
    { name: file.name, bytes: file.bytes, modified: file.modified ?? 0 },
    { inflate: nodeInflate, deflate: nodeDeflate },
  );
}

export interface Summary {
  readonly plan: Plan;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
}

/** Files examined, planned and written into a summary, then read back with our reader. */
export async function summarize(
  files: readonly (TestFile | Examined)[],
  options: SummaryOptions & { lang?: WorkbookLang; roster?: RosterEntry[]; department?: string } = {},
): Promise<Summary> {
  const examined = await Promise.all(files.map((f) => ("kind" in f ? f : examine(f))));
  const plan = planConsolidation(examined, {
    lang: options.lang ?? "ru",
    roster: options.roster,
    department: options.department,
  });
  const chunks = await writeSummary(plan, { compressor: nodeCompressor, unpack: nodeInflateLater, ...options });
  const bytes = Buffer.concat(chunks);
  const read = readWorkbook(bytes, { inflate: nodeInflate });
  if (!read.ok) throw new Error(`the summary does not read back: ${read.fault.code}`);
  return { plan, bytes: new Uint8Array(bytes), snapshot: read.snapshot };
}

/** A summary table's data rows (every part of it), each as {column key: cell}. */
export function tableRows(snapshot: WorkbookSnapshot, id: string): Record<string, CellValue>[] {
  const form = formById(id);
  if (!form) throw new Error(`no form ${id}`);
  return partIds(snapshot, id).flatMap((name) => {
    const sheet = snapshot.sheets.find((s) => s.tables.some((t) => t.name === name));
    const table = sheet?.tables.find((t) => t.name === name);
    const [from = "", to = ""] = table?.ref.split(":") ?? [];
    const top = parseCellRef(from);
    const bottom = parseCellRef(to);
    if (!sheet || !top || !bottom) return [];
    const rows: Record<string, CellValue>[] = [];
    for (let r = top.row + 1; r <= bottom.row; r++) {
      const values = form.columns.map((c, i) => [c.key, cellAt(sheet, r, top.col + i)] as const);
      if (values.some(([, v]) => v !== null)) rows.push(Object.fromEntries(values));
    }
    return rows;
  });
}
