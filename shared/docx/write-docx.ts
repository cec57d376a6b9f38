import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Align, ApprovalBlock, Block, DocumentSpec, ParagraphBlock, TableBlock } from "./document-spec";

/** Twentieths of a point per centimetre. */
const CM = 567;
/** The page of an official paper: A4, margins 2 cm top and bottom, 2 cm left, 1.5 cm right. */
const PAGE = { width: 11906, height: 16838, top: 2 * CM, right: 1.5 * CM, bottom: 2 * CM, left: 2 * CM };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = "Times New Roman";
/** Half-points: 14 pt for the text, 12 pt in tables. */
const SIZE = { text: 28, table: 24 };
const APPROVAL_INDENT = 9 * CM;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Align, unknown>;

/** The one place a DocumentSpec meets the `docx` library. */
export async function writeDocx(spec: DocumentSpec): Promise<Uint8Array> {
  const document = new Document({
    creator: "Adal",
    lastModifiedBy: "Adal",
    title: spec.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.text }, paragraph: { spacing: { after: 0, line: 240 } } },
        heading1: {
          run: { font: FONT, size: SIZE.text, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, alignment: AlignmentType.CENTER },
        },
        heading2: {
          run: { font: FONT, size: SIZE.text, bold: true, color: "000000" },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, indent: { firstLine: 709 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: CM, footer: CM },
          },
        },
        headers: spec.header
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: spec.header, bold: true, size: SIZE.table })],
                  }),
                ],
              }),
            }
          : undefined,
        footers: { default: footer(spec.footer) },
        children: spec.blocks.flatMap(toDocx),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The stamp, if any, on the left and the page number on the right of every page. */
function footer(text: string | undefined): Footer {
  const page = new TextRun({ children: [PageNumber.CURRENT], size: SIZE.table });
  const children = text
    ? [new TextRun({ text, size: 20 }), new TextRun({ text: "\t", size: SIZE.table }), page]
    : [page];
  return new Footer({
    children: [
      new Paragraph({
        alignment: text ? AlignmentType.LEFT : AlignmentType.CENTER,
        tabStops: [{ type: "right", position: TEXT_WIDTH }],
        children,
      }),
    ],
  });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [bodyParagraph(block)];
    case "heading":
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          text: block.text,
        }),
      ];
    case "approval":
      return approval(block);
    case "table":
      return [table(block), new Paragraph({})];
  }
}

function bodyParagraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment: ALIGN[block.align ?? "justify"],
    indent: block.flush || block.align === "center" ? undefined : { firstLine: 709 },
    pageBreakBefore: block.pageBreakBefore,
    keepNext: block.keepNext,
    children: block.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic })),
  });
}

/** Lines flush left in a block indented to the right half of the page, as approval blocks stand. */
function approval(block: ApprovalBlock): Paragraph[] {
  return [
    ...block.lines.map(
      (line, i) =>
        new Paragraph({
          indent: { left: APPROVAL_INDENT },
          keepNext: true,
          children: [new TextRun({ text: line, bold: i === 0 })],
        }),
    ),
    new Paragraph({}),
  ];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** Fixed column widths, the header row repeated on every page, rows never split across pages. */
function table(block: TableBlock): Table {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const row = (texts: readonly string[], kind: "header" | "body" | "totals") =>
    new TableRow({
      tableHeader: kind === "header" || undefined,
      cantSplit: true,
      children: texts.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            verticalAlign: kind === "header" ? VerticalAlign.CENTER : VerticalAlign.TOP,
            margins: { left: 60, right: 60 },
            children: text.split("\n").map(
              (line) =>
                new Paragraph({
                  alignment: ALIGN[kind === "header" ? "center" : (block.columns[i]?.align ?? "left")],
                  children: [new TextRun({ text: line, size: SIZE.table, bold: kind !== "body" })],
                }),
            ),
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      row(
        block.columns.map((c) => c.header),
        "header",
      ),
      ...block.rows.map((r) => row(r, "body")),
      ...(block.totals ? [row(block.totals, "totals")] : []),
    ],
  });
}
