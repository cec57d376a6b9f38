import { orgFigures } from "../consolidate/figures";
import { type Block, type DocumentSpec, heading, paragraph, title } from "../docx/document-spec";
import { columnOf, conflicts, LISTS, risks, services } from "../forms";
import { intake, missing, orgs, riskList } from "../forms/summary";
import { summaryMessages } from "../i18n/catalogue/summary";
import type { WorkbookLang } from "../i18n/lang";
import { workingDaysBetween } from "../rules/announcement";
import { cellText, labelOf, num, NUMBER_COLUMN, records, textOf, type RowRecord } from "./cells";
import type { DepartmentData } from "./department-data";
import { CHANNELS, publicServices } from "./direction-facts";
import { formatDate, formatFigure, formatPercent, formatThousands, formatUnits } from "./format";
import { td } from "./text";

const WORKING_DAYS = 10;
const TOP = 5;

/**
 * The department's report from its summary (REPORT.md, part 2): who took part, the procedure, risks by
 * direction, personnel, conflicts of interest, services, contracts, and the merged risk list as its annex.
 * `named` names the department or region; without it, the organizations' district and region.
 */
export function departmentReportSpec(data: DepartmentData, named?: string): DocumentSpec {
  const { lang } = data;
  const name = named?.trim() || placeOf(data.orgs, lang);
  const figures = data.units.map((unit) => ({ unit, f: orgFigures(unit) }));
  const total = (key: keyof ReturnType<typeof orgFigures>) => figures.reduce((s, { f }) => s + num(f[key]), 0);
  const orgName = (r: RowRecord) => textOf(orgs, r, "org_name", lang);

  const blocks: Block[] = [
    title(td(lang, "department.title")),
    title(name),
    heading(td(lang, "department.heading.participants")),
    ...participants(data),
    heading(td(lang, "department.heading.procedure")),
    ...procedure(data),
    heading(td(lang, "department.heading.directions")),
    ...byDirection(data, lang),
    heading(td(lang, "department.heading.personnel")),
    paragraph(
      td(lang, "department.personnel", {
        units: formatUnits(total("units")),
        occupied: formatFigure(total("occupied")),
        dismissed: formatFigure(total("dismissed")),
        turnover: total("occupied") > 0 ? formatPercent(total("dismissed") / total("occupied")) : "—",
      }),
    ),
    ...topTurnover(data.orgs, lang, orgName),
    heading(td(lang, "department.heading.conflicts")),
    ...conflictFigures(data, lang),
    heading(td(lang, "department.heading.services")),
    ...publicServices(servicesByName(data), lang, null),
    heading(td(lang, "department.heading.contracts")),
    paragraph(
      td(lang, "department.contracts", {
        count: formatFigure(total("contracts_count")),
        amount: formatThousands(total("contracts_amount")),
      }),
    ),
    paragraph(td(lang, "department.annex"), { align: "right", pageBreakBefore: true }),
    heading(riskList.title[lang]),
    riskAnnex(data.riskList, lang),
  ];
  return { title: `${td(lang, "department.title")}: ${name}`, lang, blocks };
}

/** The district (and region) most of the organizations name: a department's summary is one district's. */
function placeOf(rows: readonly RowRecord[], lang: WorkbookLang): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const place = [textOf(orgs, r, "district", lang), textOf(orgs, r, "region", lang)].filter(Boolean).join(", ");
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

function participants(data: DepartmentData): Block[] {
  const { lang } = data;
  const rejectedWords = new Set(Object.values(summaryMessages["summary.outcome.rejected"]));
  const rejected = data.intake.filter((r) => rejectedWords.has(String(r.outcome ?? "")));
  const blocks: Block[] = [
    paragraph(
      td(lang, "department.participants", {
        accepted: formatFigure(data.units.length),
        rejected: formatFigure(rejected.length),
        missing: formatFigure(data.missing.length),
      }),
    ),
  ];
  if (rejected.length > 0)
    blocks.push(
      paragraph(td(lang, "department.rejected"), { keepNext: true }),
      ...rejected.map((r, i) =>
        paragraph(
          `${i + 1}. ${[textOf(intake, r, "file", lang), textOf(intake, r, "org_name", lang)].filter(Boolean).join(" — ")}: ${firstLine(textOf(intake, r, "reason", lang))}`,
        ),
      ),
    );
  if (data.missing.length > 0)
    blocks.push(
      paragraph(td(lang, "department.missing"), { keepNext: true }),
      ...data.missing.map((r, i) =>
        paragraph(`${i + 1}. ${textOf(missing, r, "org_name", lang)} (${textOf(missing, r, "org_bin", lang)})`),
      ),
    );
  return blocks;
}

const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? "";

/** The period, and the organizations that broke the procedure's deadlines, where the summary holds the dates. */
function procedure({ orgs: rows, lang, hasProcedure }: DepartmentData): Block[] {
  const from = rows
    .map((r) => r.period_from)
    .filter((v): v is string => typeof v === "string")
    .sort()[0];
  const to = rows
    .map((r) => r.period_to)
    .filter((v): v is string => typeof v === "string")
    .sort()
    .at(-1);
  const blocks: Block[] =
    from && to ? [paragraph(td(lang, "department.period", { from: formatDate(from), to: formatDate(to) }))] : [];
  if (!hasProcedure) return [...blocks, paragraph(td(lang, "department.procedure.unknown"))];
  const names = (pick: (r: RowRecord) => boolean) =>
    rows
      .filter(pick)
      .map((r) => textOf(orgs, r, "org_name", lang))
      .join("; ") || td(lang, "department.procedure.none");
  /** Working days from `a` to `b`; null when either date is missing, negative when `b` comes first. */
  const gap = (r: RowRecord, a: string, b: string): number | null => {
    const [x, y] = [r[a], r[b]];
    if (typeof x !== "string" || typeof y !== "string") return null;
    return x <= y ? workingDaysBetween(x, y) : -1;
  };
  return [
    ...blocks,
    paragraph(
      td(lang, "department.procedure.lateAnnouncement", {
        list: names((r) => {
          const days = gap(r, "announcement_date", "analysis_from");
          return days !== null && days < WORKING_DAYS;
        }),
      }),
    ),
    paragraph(td(lang, "department.procedure.noLink", { list: names((r) => !r.report_url) })),
    paragraph(
      td(lang, "department.procedure.lateReport", {
        list: names((r) => (gap(r, "analysis_to", "report_date") ?? 0) > WORKING_DAYS),
      }),
    ),
  ];
}

function byDirection(data: DepartmentData, lang: WorkbookLang): Block[] {
  const found = data.units.flatMap((u) => records(u.details, "AllRisks", risks).map((r) => ({ bin: u.bin, r })));
  const column = columnOf(risks, "direction");
  return [
    paragraph(td(lang, "department.directions.total", { count: formatFigure(found.length) }), { keepNext: true }),
    {
      kind: "table",
      columns: [
        { header: column.labels[lang], width: 60 },
        { header: td(lang, "department.directions.orgs"), width: 20, align: "right" },
        { header: td(lang, "department.directions.risks"), width: 20, align: "right" },
      ],
      rows: LISTS.direction.items.map((item) => {
        const of = found.filter(({ r }) => String(r.direction) === item.code);
        return [
          `${item.code}. ${cellText(column, item.code, lang)}`,
          formatFigure(new Set(of.map((x) => x.bin)).size),
          formatFigure(of.length),
        ];
      }),
      totals: [
        td(lang, "report.total"),
        formatFigure(new Set(found.map((x) => x.bin)).size),
        formatFigure(found.length),
      ],
    },
  ];
}

function topTurnover(rows: readonly RowRecord[], lang: WorkbookLang, orgName: (r: RowRecord) => string): Block[] {
  const top = rows
    .filter((r) => typeof r.turnover === "number")
    .sort((a, b) => num(b.turnover) - num(a.turnover))
    .slice(0, TOP);
  if (top.length === 0) return [];
  const label = (key: string) => labelOf(orgs, key, lang);
  return [
    paragraph(td(lang, "department.personnel.top"), { keepNext: true }),
    {
      kind: "table",
      columns: [
        NUMBER_COLUMN,
        { header: label("org_name"), width: 35 },
        { header: label("units"), width: 14, align: "right" },
        { header: label("occupied"), width: 14, align: "right" },
        { header: label("dismissed"), width: 14, align: "right" },
        { header: label("turnover"), width: 18, align: "right" },
      ],
      rows: top.map((r, i) => [
        String(i + 1),
        orgName(r),
        formatUnits(num(r.units)),
        formatFigure(num(r.occupied)),
        formatFigure(num(r.dismissed)),
        formatPercent(num(r.turnover)),
      ]),
    },
  ];
}

function conflictFigures(data: DepartmentData, lang: WorkbookLang): Block[] {
  const pairs = data.units.flatMap((u) => records(u.details, "AllConflicts", conflicts));
  return [
    paragraph(
      td(lang, "department.conflicts", {
        pairs: formatFigure(pairs.length),
        direct: formatFigure(pairs.filter((r) => r.direct_subordination === true).length),
        measures: formatFigure(pairs.filter((r) => typeof r.measures === "string" && r.measures.trim()).length),
      }),
    ),
  ];
}

/** Every service of the department summed by service, in the list's order, free-text services after. */
function servicesByName(data: DepartmentData): RowRecord[] {
  const sums = new Map<string, Record<string, number | string>>();
  for (const r of data.units.flatMap((u) => records(u.details, "AllServices", services))) {
    const service = String(r.service ?? "");
    const entry = sums.get(service) ?? { service };
    for (const key of CHANNELS) entry[key] = num(entry[key]) + num(r[key]);
    sums.set(service, entry);
  }
  const order = LISTS.service.items.map((i) => i.code);
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return [...sums.values()].sort((a, b) => rank(String(a.service)) - rank(String(b.service)));
}

function riskAnnex(rows: readonly RowRecord[], lang: WorkbookLang): Block {
  const keys = ["risk", "recommendation", "form", "authority_position", "deadline", "org_name"] as const;
  const widths = [24, 24, 11, 13, 10, 13];
  return {
    kind: "table",
    columns: [
      NUMBER_COLUMN,
      ...keys.map((key, i) => ({ header: labelOf(riskList, key, lang), width: widths[i] ?? 10 })),
    ],
    rows:
      rows.length === 0
        ? [["—", ...keys.map(() => "—")]]
        : rows.map((r, i) => [String(i + 1), ...keys.map((key) => textOf(riskList, r, key, lang))]),
  };
}
