import { columnOf, contracts, type FormDef, LISTS, risks, services } from "../forms";
import { orgs } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { type SummaryMessageId, tsum } from "../i18n/summary-text";
import { absoluteRange, rangeRef } from "../xlsx/a1";
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE } from "../xlsx/form-layout";
import { rowHeight, wrappedLines } from "../xlsx/row-height";
import type { ChartSpec } from "../xlsx/write/chart-xml";
import type { CellStyle, SheetSpec } from "../xlsx/workbook-spec";
import { byService, CHANNELS, type UnitDigest } from "./digest";
import { orgNameIn, rosterEntry } from "./names";
import { shownValue } from "./summary-values";
import type { Plan } from "./plan";

/**
 * The summary's first sheet: key figures, then five native charts, each over the small table it reads. It is
 * derived from the plan alone (the packed organizations' digests), so it costs no second pass over their rows,
 * and a summary read back ignores it: it has no Excel table for a reader to find.
 */

/** Three groups of columns side by side: a label column and three value columns, with a narrow gap between. */
const GROUP = [40, 14, 14, 14] as const;
const GAP = 2;
const GROUPS = 3;
const groupLeft = (g: number) => 1 + g * (GROUP.length + 1);
const CHART_ROWS = 16;
const FIGURES_ROW = 4;
const TURNOVER_TOP = 15;

const VALUE_STYLE: CellStyle = { border: true, verticalTop: true };
const LABEL_STYLE: CellStyle = { border: true, wrap: true, verticalTop: true };
const FIGURE_LABEL: CellStyle = { wrap: true, verticalTop: true, color: "FF595959", bold: true };
const FIGURE_VALUE: CellStyle = { bold: true, size: 16, color: "FF1F4E79" };
const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300"];

type Cell = SheetSpec["cells"][number];

/** A small table and the chart that reads it. */
interface Block {
  readonly title: string;
  readonly headers: readonly string[];
  /** A label, then one value per value header. */
  readonly rows: readonly (readonly [string, ...number[]])[];
  readonly numFmt: string;
  readonly chart: (at: TableAt) => Pick<ChartSpec, "kind" | "categories" | "series"> & Partial<ChartSpec>;
  /** Its chart spans this many groups of columns (its table stays in the first). */
  readonly span?: number;
}

/** Where a block's table stands, as the ranges its chart reads. */
interface TableAt {
  /** The label column's data cells. */
  readonly labels: string;
  /** The header cell of value column `i` (0-based). */
  header(i: number): string;
  /** Value column `i`'s data cells. */
  column(i: number): string;
  /** The value headers, as categories read across. */
  readonly headers: string;
  /** Data row `r`'s label cell and its values read across. */
  row(r: number): { name: string; values: string };
}

/** A column of a form: its header in `lang`, and a value of it as the summary shows it (list items by label). */
function summaryColumn(form: FormDef, key: string) {
  const column = columnOf(form, key);
  return {
    header: (lang: WorkbookLang) => column.labels[lang],
    shown: (code: string, lang: WorkbookLang) => String(shownValue(column, code, lang)),
  };
}
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ddmmyyyy = (iso: string) => iso.slice(0, 10).split("-").reverse().join(".");
const sum = (digests: readonly UnitDigest[], pick: (d: UnitDigest) => number) =>
  digests.reduce((s, d) => s + pick(d), 0);

export function overviewSheet(plan: Plan): SheetSpec {
  const { lang } = plan;
  const name = tsum(lang, "overview.sheet");
  const digests = plan.accepted.map((a) => a.unit.digest);
  const count = (outcome: string) => plan.decisions.filter((d) => d.outcome === outcome).length;
  const cells: Cell[] = [
    { row: 1, col: 1, value: tsum(lang, "overview.title"), style: TITLE_STYLE },
    { row: 2, col: 1, value: summaryHeading(plan), style: NOTE_STYLE },
  ];

  const figures: [SummaryMessageId, number | string, string][] = [
    ["overview.fig.roster", plan.roster?.length ?? "—", "0"],
    ["overview.fig.accepted", count("accepted"), "0"],
    ["overview.fig.rejected", count("rejected"), "0"],
    ["overview.fig.missing", plan.missing.length, "0"],
    ["overview.fig.risks", sum(digests, (d) => d.risks), "0"],
    ["overview.fig.subordination", sum(digests, (d) => d.directSubordination), "0"],
    ["overview.fig.late", sum(digests, (d) => d.servicesLate), "0"],
    ["overview.fig.contracts", sum(digests, (d) => d.contracts), "#,##0"],
    ["overview.fig.amount", Math.round(sum(digests, (d) => d.contractsAmount)), "#,##0"],
  ];
  // The value columns of every group, left to right: nine figures in nine columns.
  const figureColumns = Array.from({ length: GROUPS }, (_, g) => [1, 2, 3].map((i) => groupLeft(g) + i)).flat();
  figures.forEach(([id, value, numFmt], i) => {
    const col = figureColumns[i] as number;
    cells.push({ row: FIGURES_ROW, col, value: tsum(lang, id), style: FIGURE_LABEL });
    cells.push({ row: FIGURES_ROW + 1, col, value, style: { ...FIGURE_VALUE, numFmt } });
  });

  const blocks = [
    [statusBlock(plan, count), directionsBlock(digests, lang), turnoverBlock(plan, digests)],
    [servicesBlock(digests, lang), contractsBlock(digests, lang)],
  ];
  const charts: ChartSpec[] = [];
  let top = FIGURES_ROW + 3;
  for (const band of blocks) {
    const tableTop = top + CHART_ROWS;
    let g = 0;
    band.forEach((block) => {
      const left = groupLeft(g);
      const right = groupLeft(g + (block.span ?? 1)) - 2;
      cells.push(...tableCells(block, tableTop, left));
      const at = tableAt(name, tableTop, left, block.rows.length);
      charts.push({
        title: block.title,
        numFmt: block.numFmt,
        ...block.chart(at),
        anchor: rangeRef(top, left, tableTop - 2, right),
      });
      g += block.span ?? 1;
    });
    top = tableTop + 1 + Math.max(...band.map((b) => b.rows.length)) + 2;
  }

  const widths = Array.from({ length: groupLeft(GROUPS) - 2 }, (_, i) =>
    (i + 1) % (GROUP.length + 1) === 0 ? GAP : (GROUP[i % (GROUP.length + 1)] as number),
  );
  return {
    name,
    state: "visible",
    columns: widths.map((width) => ({ width })),
    cells,
    rowHeights: heights(cells, widths),
    tables: [],
    formats: [],
    validations: [],
    charts,
    landscape: true,
    onePage: true,
  };
}

/** The period the summary covers and the date of its latest file: `Период: 01.01.2025 – 31.12.2025; ...`. */
export function summaryHeading(plan: Plan): string {
  const { lang } = plan;
  const digests = plan.accepted.map((a) => a.unit.digest);
  const from = digests
    .map((d) => d.periodFrom)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const to = digests
    .map((d) => d.periodTo)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const latest = Math.max(0, ...plan.decisions.map((d) => d.examined.modified));
  const parents = new Set(digests.map((d) => d.parentBin));
  const [parent] = parents;
  return [
    departmentOf(plan, parents.size === 1 ? (parent ?? null) : null),
    from && to ? tsum(lang, "overview.period", { from: ddmmyyyy(from), to: ddmmyyyy(to) }) : "",
    latest > 0 ? tsum(lang, "overview.asOf", { date: ddmmyyyy(new Date(latest).toISOString()) }) : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** The department by the name it gave, with its BIN when the organizations share one parent. */
function departmentOf(plan: Plan, bin: string | null): string {
  const { lang, department: name } = plan;
  if (name) return bin ? tsum(lang, "overview.departmentNamed", { name, bin }) : name;
  return bin ? tsum(lang, "overview.department", { bin }) : "";
}

function tableCells(block: Block, top: number, left: number): Cell[] {
  const header = block.headers.map((value, i) => ({ row: top, col: left + i, value, style: HEADER_STYLE }));
  const rows = block.rows.flatMap(([text, ...values], r) => [
    { row: top + 1 + r, col: left, value: text, style: LABEL_STYLE },
    ...values.map((value, i) => ({
      row: top + 1 + r,
      col: left + 1 + i,
      value,
      style: { ...VALUE_STYLE, numFmt: block.numFmt },
    })),
  ]);
  return [...header, ...rows];
}

function tableAt(sheet: string, top: number, left: number, rows: number): TableAt {
  const range = (t: number, l: number, b: number, r: number) => absoluteRange(sheet, t, l, b, r);
  const bottom = top + Math.max(rows, 1);
  return {
    labels: range(top + 1, left, bottom, left),
    header: (i) => range(top, left + 1 + i, top, left + 1 + i).split(":")[0] as string,
    column: (i) => range(top + 1, left + 1 + i, bottom, left + 1 + i),
    headers: range(top, left + 1, top, left + GROUP.length - 1),
    row: (r) => ({
      name: range(top + 1 + r, left, top + 1 + r, left).split(":")[0] as string,
      values: range(top + 1 + r, left + 1, top + 1 + r, left + GROUP.length - 1),
    }),
  };
}

/** Each row as tall as its most wrapped cell. */
function heights(cells: readonly Cell[], widths: readonly number[]): { row: number; height: number }[] {
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (typeof cell.value !== "string" || !cell.style?.wrap) continue;
    const n = wrappedLines(cell.value, widths[cell.col - 1] ?? 8);
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, n));
  }
  return [...lines.entries()]
    .filter(([, n]) => n > 1)
    .sort(([a], [b]) => a - b)
    .map(([row, n]) => ({ row, height: rowHeight(n) }));
}

/** A table that would be empty gets one row saying so: a chart needs a range to read. */
function orNoData(rows: (readonly [string, ...number[]])[], values: number, lang: WorkbookLang) {
  return rows.length > 0 ? rows : [[tsum(lang, "overview.noData"), ...Array<number>(values).fill(0)] as const];
}

const single = (color: string) => (at: TableAt) => ({
  categories: at.labels,
  series: [{ name: at.header(0), values: at.column(0), color }],
});

function statusBlock(plan: Plan, count: (outcome: string) => number): Block {
  const { lang } = plan;
  return {
    title: tsum(lang, "overview.status.title"),
    headers: [tsum(lang, "overview.status.status"), tsum(lang, "overview.count")],
    rows: [
      [tsum(lang, "overview.fig.accepted"), count("accepted")],
      [tsum(lang, "overview.fig.rejected"), count("rejected")],
      [tsum(lang, "overview.fig.missing"), plan.missing.length],
    ],
    numFmt: "0",
    chart: (at) => ({ kind: "column", ...single(COLORS[0] as string)(at) }),
  };
}

function directionsBlock(digests: readonly UnitDigest[], lang: WorkbookLang): Block {
  const list = LISTS.direction;
  return {
    title: tsum(lang, "overview.directions.title"),
    headers: [summaryColumn(risks, "direction").header(lang), tsum(lang, "overview.directions.orgs")],
    rows: list.items.map((item) => [
      summaryColumn(risks, "direction").shown(item.code, lang),
      digests.filter((d) => d.directions.includes(item.code)).length,
    ]),
    numFmt: "0",
    chart: (at) => ({ kind: "bar", ...single(COLORS[1] as string)(at) }),
  };
}

/** The 15 highest turnovers against the overall one; a region's summary compares its departments. */
function turnoverBlock(plan: Plan, digests: readonly UnitDigest[]): Block {
  const { lang } = plan;
  const byDepartment = plan.accepted.some((a) => a.from.kind === "summary");
  const overall = sum(digests, (d) => d.occupied);
  const rate = overall > 0 ? round(sum(digests, (d) => d.dismissed) / overall, 3) : 0;
  let entries: [string, number][];
  if (byDepartment) {
    const departments = new Map<string, UnitDigest[]>();
    for (const d of digests) departments.set(d.parentBin ?? "—", [...(departments.get(d.parentBin ?? "—") ?? []), d]);
    entries = [...departments.entries()].flatMap(([bin, list]) => {
      const occupied = sum(list, (d) => d.occupied);
      return occupied > 0
        ? [
            [
              (rosterEntry(plan, bin) && orgNameIn(plan, bin, null)) || bin,
              round(sum(list, (d) => d.dismissed) / occupied, 3),
            ],
          ]
        : [];
    });
  } else {
    entries = plan.accepted.flatMap(({ unit }) =>
      unit.digest.turnover === null ? [] : [[orgNameIn(plan, unit.bin, unit.names), unit.digest.turnover]],
    );
  }
  entries.sort(([a, x], [b, y]) => y - x || byText(a, b));
  return {
    title: tsum(lang, byDepartment ? "overview.turnover.titleByDepartment" : "overview.turnover.title"),
    headers: [
      byDepartment ? tsum(lang, "overview.turnover.department") : summaryColumn(orgs, "org_name").header(lang),
      summaryColumn(orgs, "turnover").header(lang),
      tsum(lang, "overview.turnover.overall"),
    ],
    rows: orNoData(
      entries.slice(0, TURNOVER_TOP).map(([who, value]) => [who, value, rate] as const),
      2,
      lang,
    ),
    numFmt: "0.0%",
    chart: (at) => ({
      kind: "column",
      categories: at.labels,
      series: [
        { name: at.header(0), values: at.column(0), color: COLORS[0] as string },
        { name: at.header(1), values: at.column(1), color: COLORS[1] as string, line: true },
      ],
    }),
  };
}

/** Services summed by channel, each service a part of every channel's bar. */
function servicesBlock(digests: readonly UnitDigest[], lang: WorkbookLang): Block {
  const totals = new Map<string, number[]>();
  for (const d of digests)
    for (const [service, ...counts] of d.services) {
      const sums = totals.get(service) ?? CHANNELS.map(() => 0);
      totals.set(
        service,
        sums.map((s, i) => s + (counts[i] ?? 0)),
      );
    }
  const rows = [...totals.entries()]
    .sort(([a], [b]) => byService(a, b))
    .map(
      ([service, sums]) => [summaryColumn(services, "service").shown(service, lang), ...sums] as [string, ...number[]],
    );
  const filled = orNoData(rows, CHANNELS.length, lang);
  return {
    title: tsum(lang, "overview.services.title"),
    headers: [
      summaryColumn(services, "service").header(lang),
      ...CHANNELS.map((key) => summaryColumn(services, key).header(lang)),
    ],
    rows: filled,
    numFmt: "#,##0",
    span: 2,
    chart: (at) => ({
      kind: "stackedColumn",
      categories: at.headers,
      series: filled.map((_, r) => ({ ...at.row(r), color: COLORS[r % COLORS.length] as string })),
    }),
  };
}

function contractsBlock(digests: readonly UnitDigest[], lang: WorkbookLang): Block {
  const list = LISTS.procurementMethod;
  const totals = new Map<string, number>();
  for (const d of digests)
    for (const [method, amount] of d.methods) totals.set(method, (totals.get(method) ?? 0) + amount);
  const rows = list.items
    .filter((item) => totals.has(item.code))
    .map(
      (item) =>
        [summaryColumn(contracts, "method").shown(item.code, lang), round(totals.get(item.code) ?? 0, 1)] as [
          string,
          number,
        ],
    );
  return {
    title: tsum(lang, "overview.contracts.title"),
    headers: [summaryColumn(contracts, "method").header(lang), summaryColumn(orgs, "contracts_amount").header(lang)],
    rows: orNoData(rows, 1, lang),
    numFmt: "#,##0.0",
    chart: (at) => ({ kind: "column", numFmt: "#,##0", ...single(COLORS[5] as string)(at) }),
  };
}
