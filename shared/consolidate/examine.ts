import { fileFinding } from "../findings/finding";
import { riskPositions, SUMMARY_TEMPLATE } from "../forms/summary";
import { type Sha256Hex, sha256Hex } from "../stamp/sha256";
import { stampStatus, type StampCheck } from "../stamp/stamp";
import type { Checked } from "../validation";
import { checkAgainst } from "../validation/validate";
import { readMeta } from "../validation/read-meta";
import { fileReport, type Report } from "../validation/report";
import { readWorkbookAsync, type ReadOptions } from "../xlsx/read-workbook";
import { digestOf } from "./digest";
import type { Examined, PackedUnit } from "./examined";
import { riskPositionRows } from "./figures";
import { identifyDamaged } from "./identify";
import { type OrgUnit, unitOfWorkbook } from "./org-unit";
import { type DeflateRaw, packUnit } from "./pack";
import { readSummary } from "./read-summary";

/** A file as received: its name as shown, its time, its bytes. */
export interface ReceivedFile {
  readonly name: string;
  readonly modified: number;
  readonly bytes: Uint8Array;
}

// The ledger names the first few errors; the file itself holds them all for its sender.
const PROBLEMS_KEPT = 3;

/** How to read a file, hash it, and pack an organization's rows. */
export interface ExamineOptions extends ReadOptions {
  readonly deflate?: DeflateRaw;
  readonly sha256?: Sha256Hex;
}

/** Reads and validates one received file with the rules of `adal validate`; never throws. */
export async function examineFile(file: ReceivedFile, options: ExamineOptions = {}): Promise<Examined> {
  const base = {
    file: file.name,
    size: file.bytes.length,
    modified: file.modified,
    sha256: await (options.sha256 ?? sha256Hex)(file.bytes),
  };
  try {
    const read = await readWorkbookAsync(file.bytes, options);
    if (!read.ok) {
      const unread = fromReport(base, "other", fileReport(read.fault.code, read.fault.params));
      // Whose it was, from what survived of a damaged file: `Missing` then says that it came.
      const damaged = read.fault.code === "file_corrupt" || read.fault.code === "file_xml_malformed";
      const identity = damaged ? identifyDamaged(file.bytes, options) : null;
      return identity ? { ...unread, ...identity } : unread;
    }
    const meta = readMeta(read.snapshot);
    if (meta?.get("template") === SUMMARY_TEMPLATE) {
      const summary = readSummary(read.snapshot, meta, base);
      const pack = (unit: OrgUnit) => packed(unit, options.deflate);
      return { ...fromReport(base, "summary", summary.report), units: summary.units.map(pack) };
    }
    // The rules of `adal validate`; of the stamp, consolidation needs the status, not the hash a new one would write.
    const checked = checkAgainst(read.snapshot, "vakr", { meta });
    const stamp = meta && checked.data ? await stampStatus(checked.data, meta, options.sha256) : null;
    return fromChecked(base, checked, stamp, options.deflate);
  } catch (error) {
    // A fault of ours on one file is that file's finding: the other files go on.
    const detail = error instanceof Error ? error.message : String(error);
    return fromReport(base, "other", fileReport("check_failed", { detail }));
  }
}

/** A file that could not even be opened (gone, no permission): still a row of the ledger. */
export function unopenedFile(name: string, detail: string): Examined {
  return fromReport({ file: name, size: 0, modified: 0, sha256: "" }, "other", fileReport("cannot_open", { detail }));
}

type Base = Pick<Examined, "file" | "size" | "modified" | "sha256">;

type Stamp = Omit<StampCheck, "hash"> | null;

function fromChecked(base: Base, { report, data }: Checked, stamp: Stamp, deflate: DeflateRaw | undefined): Examined {
  const passport = data?.forms.get("Passport")?.rows[0]?.values;
  const examined: Examined = {
    ...fromReport(base, data ? "workbook" : "other", report, stamp),
    bin: typeof passport?.bin === "string" ? passport.bin : null,
    names: passport ? { kk: String(passport.org_name_kk ?? ""), ru: String(passport.org_name_ru ?? "") } : null,
    ...(passport && {
      contacts: {
        responsible: text(passport.responsible),
        contact_email: text(passport.contact_email),
        contact_phone: text(passport.contact_phone),
      },
    }),
  };
  if (!data || !report.ready) return examined;
  const unit = unitOfWorkbook(data, { file: base.file, sha256: base.sha256, warnings: report.warnings });
  if (!unit) return { ...examined, errors: 1, problems: [fileFinding("form_missing", { formName: "Passport" })] };
  return { ...examined, units: [packed(unit, deflate)] };
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function fromReport(base: Base, kind: Examined["kind"], report: Report, stamp: Stamp = report.stamp): Examined {
  return {
    ...base,
    kind,
    lang: report.lang,
    version: report.version,
    stamp: stamp?.status ?? null,
    validatedAt: stamp?.validatedAt ?? null,
    errors: report.errors,
    warnings: report.warnings,
    problems: report.findings.filter((f) => f.severity === "error").slice(0, PROBLEMS_KEPT),
    bin: null,
    names: null,
    units: [],
  };
}

function packed(unit: OrgUnit, deflate: DeflateRaw | undefined): PackedUnit {
  const rows = Object.fromEntries(Object.entries(unit.details).map(([table, list]) => [table, list.length]));
  rows[riskPositions.id] = riskPositionRows(unit).length;
  return { bin: unit.bin, names: unit.identity.names, rows, digest: digestOf(unit), packed: packUnit(unit, deflate) };
}
