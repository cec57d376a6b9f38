import { workbookDetails } from "../consolidate/org-unit";
import { type Block, type DocumentSpec, heading, paragraph, type TableBlock, title } from "../docx/document-spec";
import { directions, LISTS, passport, risks } from "../forms";
import { riskList as riskListForm } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import type { Report } from "../validation";
import type { WorkbookData } from "../findings/workbook-data";
import { labelOf, NUMBER_COLUMN, records, textOf, type RowRecord } from "./cells";
import { directionFacts } from "./direction-facts";
import { formatDate, formatDateInText, formatFigure } from "./format";
import { td } from "./text";

export interface OrgReportInput {
  readonly data: WorkbookData;
  /** The validation of the same workbook: a draft when not ready; the stamp for the footer when it is. */
  readonly report: Pick<Report, "ready" | "errors" | "stamp">;
  readonly lang: WorkbookLang;
  /** Today, ISO: the date of the check when the workbook carries no valid stamp of its own. */
  readonly today: string;
}

/** A line left for the hand where the workbook holds nothing. */
const BLANK = "________________";

/**
 * The organization's analytical report with its annexes (REPORT.md, part 1), as a DocumentSpec:
 * approval, basis, aim, sources, one section per direction, conclusion, agreement, risk list, action plan.
 */
export function orgReportSpec({ data, report, lang, today }: OrgReportInput): DocumentSpec {
  const p: RowRecord = data.forms.get(passport.id)?.rows[0]?.values ?? {};
  const text = (key: string) => (p[key] === null || p[key] === undefined ? "" : String(p[key]));
  const date = (key: string) => (typeof p[key] === "string" ? formatDate(p[key]) : BLANK);
  const name = text(`org_name_${lang}`) || text(lang === "kk" ? "org_name_ru" : "org_name_kk");
  const details = workbookDetails(data);
  const riskRows = sortedRisks(records(details, "AllRisks", risks));
  const members = text("group_members")
    .split(";")
    .map((m) => m.trim())
    .filter(Boolean);

  const blocks: Block[] = [
    {
      kind: "approval",
      lines: [
        td(lang, "report.approve"),
        text("head_position") || BLANK,
        name,
        `${BLANK} ${text("head_name")}`.trimEnd(),
        td(lang, "report.approve.date"),
      ],
    },
    title(td(lang, "report.title")),
    title(name),
    paragraph(`${text("place") || BLANK}${"\u00A0".repeat(4)}${date("report_date")}`, { flush: true }),
    heading(td(lang, "report.heading.basis")),
    paragraph(td(lang, "report.basis.law")),
    paragraph(
      td(lang, "report.basis.order", {
        date: typeof p.order_date === "string" ? formatDateInText(p.order_date, lang) : BLANK,
        number: text("order_no") || "____",
      }),
    ),
    paragraph(
      td(lang, "report.basis.period", {
        from: date("period_from"),
        to: date("period_to"),
        start: date("analysis_from"),
        end: date("analysis_to"),
      }),
    ),
    paragraph(
      members.length > 0
        ? td(lang, "report.basis.group", { head: text("group_head") || BLANK, members: members.join(", ") })
        : td(lang, "report.basis.groupHeadOnly", { head: text("group_head") || BLANK }),
    ),
    heading(td(lang, "report.heading.aim")),
    paragraph(td(lang, "report.aim")),
    heading(td(lang, "report.heading.sources")),
    paragraph(td(lang, "report.sources"), { keepNext: true }),
    ...SOURCES.map((id) => paragraph(`– ${td(lang, id)}`)),
    heading(td(lang, "report.heading.directions")),
    ...LISTS.direction.items.flatMap((item) => {
      const row = data.forms.get(directions.id)?.rows.find((r) => r.values.code === item.code)?.values ?? {};
      return [
        heading(`${item.code}. ${item.labels[lang]}`, 2),
        ...directionFacts(item.code, details, lang),
        ...directionVerdict(row, riskRows, item.code, lang),
      ];
    }),
    heading(td(lang, "report.heading.conclusion")),
    paragraph(conclusion(riskRows, lang)),
    paragraph(td(lang, "report.conclusion.next")),
    ...(text("report_url") ? [paragraph(td(lang, "report.conclusion.published", { url: text("report_url") }))] : []),
    heading(td(lang, "report.heading.agreed")),
    ...[text("group_head"), ...members]
      .filter(Boolean)
      .map((person) => paragraph(td(lang, "report.signature", { name: person }), { flush: true })),
    ...annexes(riskRows, lang),
  ];

  return {
    title: `${td(lang, "report.title")}: ${name}`,
    lang,
    header: report.ready ? undefined : td(lang, "report.draft", { errors: formatFigure(report.errors) }),
    footer: report.ready && report.stamp ? stampLine(report.stamp, today, lang) : undefined,
    blocks,
  };
}

const SOURCES = Array.from({ length: 13 }, (_, i) => `report.source.${i + 1}` as `report.source.${1}`);

/** Risks in the order of the directions, as the sections list them; the annexes number them so too. */
function sortedRisks(rows: readonly RowRecord[]): RowRecord[] {
  const order = (r: RowRecord) => Number(r.direction) || 99;
  return [...rows].sort((a, b) => order(a) - order(b));
}

/** The group's conclusion, then the risks of the direction or the sentence that none were found. */
function directionVerdict(row: RowRecord, riskRows: readonly RowRecord[], code: string, lang: WorkbookLang): Block[] {
  const conclusion = textOf(directions, row, "conclusion", lang);
  const blocks: Block[] = [
    paragraph(
      conclusion
        ? td(lang, "report.direction.conclusion", { text: conclusion })
        : td(lang, "report.direction.noConclusion"),
    ),
  ];
  if (row.analysed === false) blocks.push(paragraph(td(lang, "report.direction.notAnalysed")));
  const found = riskRows.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => String(r.direction) === code);
  if (found.length === 0) blocks.push(paragraph(td(lang, "report.direction.noRisks")));
  else {
    blocks.push(paragraph(td(lang, "report.direction.risks"), { keepNext: true }));
    for (const { r, n } of found) {
      blocks.push(
        {
          kind: "paragraph",
          runs: [{ text: `${n}. `, bold: true }, { text: textOf(risks, r, "risk", lang) }],
          keepNext: true,
        },
        paragraph(td(lang, "report.risk.justification", { text: textOf(risks, r, "justification", lang) })),
        paragraph(td(lang, "report.risk.recommendation", { text: textOf(risks, r, "recommendation", lang) })),
      );
    }
  }
  const recommendation = row.recommendation;
  if (typeof recommendation === "string" && recommendation.trim())
    blocks.push(paragraph(td(lang, "report.direction.recommendation", { text: recommendation })));
  return blocks;
}

function conclusion(riskRows: readonly RowRecord[], lang: WorkbookLang): string {
  if (riskRows.length === 0) return td(lang, "report.conclusion.noRisks");
  const codes = [...new Set(riskRows.map((r) => String(r.direction ?? "")).filter(Boolean))];
  return td(lang, "report.conclusion.risks", { count: formatFigure(riskRows.length), directions: codes.join(", ") });
}

/** Annex 1, the risk list in the official columns; annex 2, the action plan. A row of dashes when there are none. */
function annexes(riskRows: readonly RowRecord[], lang: WorkbookLang): Block[] {
  const label = (key: string) => labelOf(risks, key, lang);
  // A version 1 workbook has no measure: its cell is left for the hand.
  const cell = (r: RowRecord, key: string) => (hasColumn(key) ? textOf(risks, r, key, lang) : "");
  const rows = (keys: readonly string[]) =>
    riskRows.length === 0
      ? [keys.map(() => "—")]
      : riskRows.map((r, i) => [String(i + 1), ...keys.slice(1).map((k) => cell(r, k))]);
  const riskList: TableBlock = {
    kind: "table",
    columns: [
      NUMBER_COLUMN,
      { header: label("risk"), width: 27 },
      { header: label("recommendation"), width: 27 },
      { header: label("form"), width: 13 },
      { header: label("authority_position"), width: 15 },
      { header: label("deadline"), width: 13 },
    ],
    rows: rows(["no", "risk", "recommendation", "form", "authority_position", "deadline"]),
  };
  const plan: TableBlock = {
    kind: "table",
    columns: [
      NUMBER_COLUMN,
      { header: label("recommendation"), width: 25 },
      { header: hasColumn("measure") ? label("measure") : td(lang, "report.plan.measure"), width: 27 },
      { header: td(lang, "report.plan.completion"), width: 13 },
      { header: td(lang, "report.plan.executors"), width: 17 },
      { header: label("deadline"), width: 13 },
    ],
    rows: rows(["no", "recommendation", "measure", "form", "responsible", "deadline"]),
  };
  return [
    paragraph(td(lang, "report.annex1"), { align: "right", pageBreakBefore: true }),
    heading(riskListForm.title[lang]),
    riskList,
    paragraph(td(lang, "report.annex2"), { align: "right", pageBreakBefore: true }),
    heading(td(lang, "report.plan.title")),
    plan,
  ];
}

const hasColumn = (key: string) => risks.columns.some((c) => c.key === key);

function stampLine(stamp: NonNullable<Report["stamp"]>, today: string, lang: WorkbookLang): string {
  const at = stamp.status === "valid" && stamp.validatedAt ? stamp.validatedAt : today;
  return td(lang, "report.stamp", { hash: stamp.hash.slice(0, 12), date: formatDate(at) });
}
