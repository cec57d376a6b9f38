import { type FormDef, risks, services } from "../forms";
import {
  allConflicts,
  allRisks,
  allServices,
  DETAILS,
  intake,
  missing,
  orgs,
  riskList,
  riskPositions,
  servicesByChannel,
} from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { EXCEL_LIMITS } from "../xlsx/excel-limits";
import { LAYOUT } from "../xlsx/form-layout";
import type { Compressor } from "../xlsx/write/compressor";
import { type RowSink, type RowValue, writeStreamedXlsx } from "../xlsx/write-streamed-xlsx";
import { byService } from "./digest";
import { orgFigures, riskPositionRows } from "./figures";
import { intakeOrder, intakeRow, missingRow } from "./intake";
import { districtIn, orgNameIn } from "./names";
import type { OrgUnit, Value } from "./org-unit";
import { overviewSheet, summaryHeading } from "./overview";
import { type InflateLater, unpackUnit, unpackUnitLater } from "./pack";
import type { Plan } from "./plan";
import { redactConflictRow } from "./redact";
import { summarySpec, tableParts, type TablePart } from "./summary-spec";
import { shownValue, withTemplateLabels } from "./summary-values";

export interface SummaryOptions {
  /** Person names in `AllConflicts` as initials and a short hash, for sending upward. */
  readonly redact?: boolean;
  /** Rows a sheet holds before a table continues on the next (Excel's limit; smaller in tests). */
  readonly rowsPerSheet?: number;
  readonly compressor?: Compressor;
  /** How organizations' rows are inflated while the one before is written; else fflate's, each in turn. */
  readonly unpack?: InflateLater;
  /** Called after each organization is written: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The summary workbook of a plan, as the zip file's chunks: organizations are unpacked one at a time. */
export async function writeSummary(plan: Plan, options: SummaryOptions = {}): Promise<Uint8Array[]> {
  const { lang } = plan;
  const rows = { ...plan.rows, [riskList.id]: plan.rows[allRisks.id] ?? 0 };
  const parts = tableParts(lang, rows, options.rowsPerSheet);
  const about = {
    orgs: plan.accepted.length,
    files: plan.decisions.length,
    heading: summaryHeading(plan),
    department: plan.department,
  };
  const spec = summarySpec(lang, parts, about, overviewSheet(plan));
  return writeStreamedXlsx(
    spec,
    (sink) => fill(plan, new PartRouter(sink, parts, lang, options.rowsPerSheet), options),
    options.compressor,
  );
}

async function fill(plan: Plan, out: PartRouter, options: SummaryOptions): Promise<void> {
  const { lang } = plan;
  const channels = new ChannelTotals();
  let riskNo = 0;
  const unpack = (i: number): Promise<OrgUnit> | OrgUnit | undefined => {
    const packed = plan.accepted[i]?.unit.packed;
    if (!packed) return undefined;
    return options.unpack ? unpackUnitLater(packed, options.unpack) : unpackUnit(packed);
  };
  let next = unpack(0);
  for (let i = 0; next !== undefined; i++) {
    const unit = await next;
    next = unpack(i + 1);
    const name = orgNameIn(plan, unit.bin, unit.identity.names);
    out.append(orgs, orgsRow(unit, name, districtIn(plan, unit.bin, unit.identity.district ?? null)));
    for (const { table, source } of DETAILS) {
      for (const values of unit.details[table.id] ?? []) {
        const row = table === allConflicts && options.redact ? await redactConflictRow(values, unit.bin) : values;
        out.append(table, [unit.bin, name, ...withTemplateLabels(source, row, lang)]);
      }
    }
    for (const values of unit.details[allServices.id] ?? []) channels.add(values);
    for (const values of riskPositionRows(unit)) out.append(riskPositions, [unit.bin, name, ...values]);
    for (const values of unit.details[allRisks.id] ?? []) out.append(riskList, riskListRow(++riskNo, values, name));
    options.onProgress?.(i + 1, plan.accepted.length);
    await out.drained();
  }
  for (const values of channels.rows()) out.append(servicesByChannel, values);
  for (const decision of intakeOrder(plan.decisions)) out.append(intake, intakeRow(decision, plan, lang));
  for (const entry of plan.missing) out.append(missing, missingRow(entry, plan, lang));
}

function orgsRow(unit: OrgUnit, name: string, district: Value): Value[] {
  const figures = orgFigures(unit);
  const id = unit.identity;
  return orgs.columns.map((c) => {
    switch (c.key) {
      case "org_bin":
        return unit.bin;
      case "org_name":
        return name;
      case "district":
        return district;
      case "warnings":
        return unit.warnings;
      case "source_file":
        return unit.sourceFile;
      case "source_sha256":
        return unit.sourceSha256;
      default:
        return c.key in figures
          ? figures[c.key as keyof typeof figures]
          : ((id[c.key as keyof typeof id] as Value | undefined) ?? null);
    }
  });
}

const columnIndex = (form: FormDef, key: string) => form.columns.findIndex((c) => c.key === key);
const at = (values: readonly Value[], form: FormDef, key: string): Value => values[columnIndex(form, key)] ?? null;

function riskListRow(no: number, row: readonly Value[], org: string): Value[] {
  const of = (key: string) => at(row, risks, key);
  return [
    no,
    of("risk"),
    of("recommendation"),
    of("form"),
    of("authority_position"),
    of("deadline"),
    org,
    of("direction"),
  ];
}

/** Services summed over the department: listed services in the list's order, then free text alphabetically. */
class ChannelTotals {
  private readonly totals = new Map<string, number[]>();
  private readonly keys = servicesByChannel.columns.slice(1).map((c) => c.key);

  add(row: readonly Value[]): void {
    const service = String(at(row, services, "service") ?? "");
    const sums = this.totals.get(service) ?? this.keys.map(() => 0);
    this.keys.forEach((key, i) => {
      const v = at(row, services, key);
      if (typeof v === "number") sums[i] = (sums[i] ?? 0) + v;
    });
    this.totals.set(service, sums);
  }

  rows(): Value[][] {
    return [...this.totals.entries()].sort(([a], [b]) => byService(a, b)).map(([service, sums]) => [service, ...sums]);
  }
}

/** Sends each table's rows to its current part: a new sheet begins where one would pass Excel's limit. */
class PartRouter {
  private readonly written = new Map<string, number>();
  private readonly partsOf = new Map<string, TablePart[]>();

  constructor(
    private readonly sink: RowSink,
    parts: readonly TablePart[],
    private readonly lang: WorkbookLang,
    private readonly rowsPerSheet = EXCEL_LIMITS.rows - LAYOUT.headerRow,
  ) {
    for (const part of parts) this.partsOf.set(part.form.id, [...(this.partsOf.get(part.form.id) ?? []), part]);
  }

  drained(): Promise<void> {
    return this.sink.drained();
  }

  append(form: FormDef, values: readonly Value[]): void {
    const n = this.written.get(form.id) ?? 0;
    this.written.set(form.id, n + 1);
    const part = this.partsOf.get(form.id)?.[Math.floor(n / this.rowsPerSheet)];
    if (!part) throw new Error(`${form.id}: more rows than planned`);
    const shown: RowValue[] = form.columns.map((c, i) => shownValue(c, values[i] ?? null, this.lang));
    this.sink.append(part.table, shown);
  }
}
