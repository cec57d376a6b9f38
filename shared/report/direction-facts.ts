import { orgFigures } from "../consolidate/figures";
import type { Value } from "../consolidate/org-unit";
import { columnOf, conflicts, contracts, LISTS, services, staffing } from "../forms";
import { orgs } from "../forms/summary";
import type { WorkbookLang } from "../i18n/lang";
import { type Block, paragraph, type TableBlock } from "../docx/document-spec";
import { labelOf, num, NUMBER_COLUMN, records, textOf, type RowRecord } from "./cells";
import { formatFigure, formatPercent, formatThousands, formatUnits } from "./format";
import { td } from "./text";

type Details = Readonly<Record<string, readonly (readonly Value[])[]>>;

const sum = (rows: readonly RowRecord[], key: string) => rows.reduce((s, r) => s + num(r[key]), 0);
const no = (i: number) => String(i + 1);

/** What the workbook's tables say about a direction, before the working group's conclusion. */
export function directionFacts(code: string, details: Details, lang: WorkbookLang): Block[] {
  switch (code) {
    case "1":
      return personnel(details, lang);
    case "2":
      return conflictPairs(details, lang);
    case "3":
      return publicServices(records(details, "AllServices", services), lang, "report.services.intro");
    case "7":
      return contractsFacts(details, lang);
    default:
      return [];
  }
}

function personnel(details: Details, lang: WorkbookLang): Block[] {
  const rows = records(details, "AllStaffing", staffing);
  if (rows.length === 0) return [paragraph(td(lang, "report.staffing.none"))];
  const f = orgFigures({ details });
  const label = (key: string) => labelOf(staffing, key, lang);
  const table: TableBlock = {
    kind: "table",
    columns: [
      NUMBER_COLUMN,
      { header: label("position"), width: 39 },
      { header: label("units"), width: 14, align: "right" },
      { header: label("occupied"), width: 14, align: "right" },
      { header: label("hired"), width: 14, align: "right" },
      { header: label("dismissed"), width: 14, align: "right" },
    ],
    rows: rows.map((r, i) => [
      no(i),
      textOf(staffing, r, "position", lang),
      formatUnits(num(r.units)),
      formatFigure(num(r.occupied)),
      formatFigure(num(r.hired)),
      formatFigure(num(r.dismissed)),
    ]),
    totals: [
      "",
      td(lang, "report.total"),
      formatUnits(f.units ?? 0),
      formatFigure(f.occupied ?? 0),
      formatFigure(f.hired ?? 0),
      formatFigure(f.dismissed ?? 0),
    ],
  };
  const totals = td(lang, "report.staffing.totals", {
    units: formatUnits(f.units ?? 0),
    occupied: formatFigure(f.occupied ?? 0),
    hired: formatFigure(f.hired ?? 0),
    dismissed: formatFigure(f.dismissed ?? 0),
    negative: formatFigure(sum(rows, "dismissed_negative")),
  });
  const turnover =
    f.turnover === null ? "" : ` ${td(lang, "report.staffing.turnover", { turnover: formatPercent(f.turnover) })}`;
  const atRisk = rows.filter((r) => r.risk_position === true);
  return [
    paragraph(td(lang, "report.staffing.intro"), { keepNext: true }),
    table,
    paragraph(totals + turnover),
    ...(atRisk.length === 0
      ? [paragraph(td(lang, "report.staffing.noRiskPositions"))]
      : [
          paragraph(td(lang, "report.staffing.riskPositions"), { keepNext: true }),
          {
            kind: "table" as const,
            columns: [
              NUMBER_COLUMN,
              { header: label("position"), width: 40 },
              { header: label("risk_reason"), width: 55 },
            ],
            rows: atRisk.map((r, i) => [
              no(i),
              textOf(staffing, r, "position", lang),
              textOf(staffing, r, "risk_reason", lang),
            ]),
          },
        ]),
  ];
}

function conflictPairs(details: Details, lang: WorkbookLang): Block[] {
  const rows = records(details, "AllConflicts", conflicts);
  if (rows.length === 0) return [paragraph(td(lang, "report.conflicts.none"))];
  const text = (r: RowRecord, key: string) => textOf(conflicts, r, key, lang);
  const label = (key: string) => labelOf(conflicts, key, lang);
  return [
    paragraph(
      td(lang, "report.conflicts.intro", {
        pairs: formatFigure(rows.length),
        direct: formatFigure(rows.filter((r) => r.direct_subordination === true).length),
      }),
      { keepNext: true },
    ),
    {
      kind: "table",
      columns: [
        NUMBER_COLUMN,
        { header: label("person1_name"), width: 19 },
        { header: label("person2_name"), width: 19 },
        { header: label("kinship"), width: 12 },
        { header: label("direct_subordination"), width: 12 },
        { header: label("appointed_by"), width: 15 },
        { header: label("measures"), width: 18 },
      ],
      rows: rows.map((r, i) => [
        no(i),
        [text(r, "person1_name"), text(r, "person1_position")].filter(Boolean).join("\n"),
        [text(r, "person2_name"), text(r, "person2_position")].filter(Boolean).join("\n"),
        text(r, "kinship"),
        text(r, "direct_subordination"),
        text(r, "appointed_by"),
        text(r, "measures"),
      ]),
    },
  ];
}

/** A service's counts, as the Services form orders them. */
export const CHANNELS = ["via_portal", "via_is", "on_paper", "total", "late", "refusals", "complaints"] as const;

/** Each service with its counts by channel, and the totals: an organization's, or a department's summed by service. */
export function publicServices(
  rows: readonly RowRecord[],
  lang: WorkbookLang,
  intro: "report.services.intro" | null,
): Block[] {
  if (rows.length === 0) return [paragraph(td(lang, "report.services.none"))];
  const totals = Object.fromEntries(CHANNELS.map((key) => [key, formatFigure(sum(rows, key))]));
  return [
    ...(intro ? [paragraph(td(lang, intro), { keepNext: true })] : []),
    {
      kind: "table",
      columns: [
        NUMBER_COLUMN,
        { header: labelOf(services, "service", lang), width: 23 },
        // Short headers: the form's labels do not fit nine columns of a portrait page.
        ...CHANNELS.map((key) => ({
          header: td(lang, `report.services.${key}`),
          width: 10.3,
          align: "right" as const,
        })),
      ],
      rows: rows.map((r, i) => [
        no(i),
        textOf(services, r, "service", lang),
        ...CHANNELS.map((key) => formatFigure(num(r[key]))),
      ]),
      totals: ["", td(lang, "report.total"), ...CHANNELS.map((key) => totals[key] ?? "")],
    },
    paragraph(
      td(lang, "report.services.totals", {
        total: totals.total ?? "",
        late: totals.late ?? "",
        refusals: totals.refusals ?? "",
        complaints: totals.complaints ?? "",
      }),
    ),
  ];
}

function contractsFacts(details: Details, lang: WorkbookLang): Block[] {
  const rows = records(details, "AllContracts", contracts);
  if (rows.length === 0) return [paragraph(td(lang, "report.contracts.none"))];
  const method = columnOf(contracts, "method");
  // In the list's order, then free text as written; a contract without a method under an empty name.
  const byMethod = new Map<string, { count: number; amount: number }>();
  for (const code of LISTS.procurementMethod.items.map((i) => i.code)) byMethod.set(code, { count: 0, amount: 0 });
  for (const r of rows) {
    const key = String(r.method ?? "");
    const entry = byMethod.get(key) ?? { count: 0, amount: 0 };
    byMethod.set(key, { count: entry.count + 1, amount: entry.amount + num(r.amount) });
  }
  const used = [...byMethod.entries()].filter(([, e]) => e.count > 0);
  const amount = formatThousands(sum(rows, "amount") / 1000);
  const zero = rows.filter((r) => r.amount === 0);
  const label = (key: string) => labelOf(orgs, key, lang);
  return [
    paragraph(td(lang, "report.contracts.intro", { count: formatFigure(rows.length), amount }), { keepNext: true }),
    {
      kind: "table",
      columns: [
        { header: method.labels[lang], width: 50 },
        { header: label("contracts_count"), width: 20, align: "right" },
        { header: label("contracts_amount"), width: 30, align: "right" },
      ],
      rows: used.map(([code, e]) => [
        textOf(contracts, { method: code || null }, "method", lang),
        formatFigure(e.count),
        formatThousands(e.amount / 1000),
      ]),
      totals: [td(lang, "report.total"), formatFigure(rows.length), amount],
    },
    ...(zero.length === 0
      ? []
      : [
          paragraph(
            td(lang, "report.contracts.zero", {
              list: zero
                .map((r) =>
                  [`№ ${textOf(contracts, r, "contract_no", lang)}`, textOf(contracts, r, "counterparty", lang)]
                    .filter((s) => s.trim() !== "№")
                    .join(", "),
                )
                .join("; "),
            }),
          ),
        ]),
  ];
}
