/**
 * What a Word document we write holds, as plain data: paragraphs, headings, tables, the approval block,
 * the header and footer. Builders (the organization's and the department's reports) produce it; one
 * adapter (`write-docx.ts`) turns it into a .docx file, so tests read the spec without unzipping and the
 * library behind the adapter can be replaced without touching the builders.
 */

export type Align = "left" | "center" | "right" | "justify";

/** A piece of text with its emphasis. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly runs: readonly Run[];
  /** Justified with a first-line indent unless said otherwise: the body text of an official paper. */
  readonly align?: Align;
  /** No first-line indent (titles, lines of a list of names). */
  readonly flush?: boolean;
  /** Starts a new page (the annexes). */
  readonly pageBreakBefore?: boolean;
  /** Stays on the page of the next block (a table's caption, a signature's name). */
  readonly keepNext?: boolean;
}

/** Level 1: the report's parts; level 2: a part inside a direction. */
export interface HeadingBlock {
  readonly kind: "heading";
  readonly level: 1 | 2;
  readonly text: string;
}

export interface TableColumn {
  readonly header: string;
  /** Share of the text width; the shares of a table add up to anything, they are scaled. */
  readonly width: number;
  /** Numbers stand right. */
  readonly align?: Align;
}

export interface TableBlock {
  readonly kind: "table";
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** A last row in bold: the totals. */
  readonly totals?: readonly string[];
}

/** «Утверждаю» and its lines, standing at the top right of the first page. */
export interface ApprovalBlock {
  readonly kind: "approval";
  readonly lines: readonly string[];
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | ApprovalBlock;

export interface DocumentSpec {
  readonly title: string;
  readonly lang: "kk" | "ru";
  /** On every page at the top, in bold (a draft's mark); none when absent. */
  readonly header?: string;
  /** On every page at the bottom, before the page number (a validation stamp). */
  readonly footer?: string;
  readonly blocks: readonly Block[];
}

/** A paragraph of body text. */
export function paragraph(text: string, options: Omit<ParagraphBlock, "kind" | "runs"> = {}): ParagraphBlock {
  return { kind: "paragraph", runs: [{ text }], ...options };
}

/** A line of the document's title: bold, centred. */
export function title(text: string): ParagraphBlock {
  return { kind: "paragraph", runs: [{ text, bold: true }], align: "center" };
}

export function heading(text: string, level: 1 | 2 = 1): HeadingBlock {
  return { kind: "heading", level, text };
}

/** Every text a document shows, in order: what a reader of the .docx must find. */
export function documentText(spec: DocumentSpec): string[] {
  const texts: string[] = [];
  if (spec.header) texts.push(spec.header);
  for (const block of spec.blocks) {
    switch (block.kind) {
      case "paragraph":
        texts.push(block.runs.map((r) => r.text).join(""));
        break;
      case "heading":
        texts.push(block.text);
        break;
      case "approval":
        texts.push(...block.lines);
        break;
      case "table":
        texts.push(...block.columns.map((c) => c.header), ...block.rows.flat(), ...(block.totals ?? []));
    }
  }
  if (spec.footer) texts.push(spec.footer);
  return texts;
}
