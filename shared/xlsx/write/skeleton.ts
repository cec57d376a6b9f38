import { strFromU8, type Unzipped } from "fflate";
import { parseCellRef } from "../a1";
import type { TableSpec } from "../workbook-spec";

/** Where the workbook keeps a sheet's XML and its tables' parts, by table name. */
export interface SheetParts {
  readonly sheet: string;
  readonly tables: ReadonlyMap<string, string>;
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** Each sheet's parts, in the workbook's order (the spec's), found through the relationships as any reader does. */
export function sheetParts(parts: Unzipped): SheetParts[] {
  const workbookRels = relationships(parts, "xl/workbook.xml");
  return [...partText(parts, "xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const sheet = workbookRels.get(attribute(tag, "r:id") ?? "")?.target;
    if (sheet === undefined) throw new Error(`no part for ${tag}`);
    const tables = [...relationships(parts, sheet).values()]
      .filter((rel) => rel.type === TABLE_REL)
      .map((rel) => [tableName(partText(parts, rel.target)), rel.target] as const);
    return { sheet, tables: new Map(tables) };
  });
}

/** A streamed table's sheet cut around its prototype row, whose cells give each column's style index. */
export interface SplitSheet {
  /** Up to the table's first data row, without `<dimension>`: it is written before the last row is known. */
  readonly head: string;
  /** The prototype row, kept for a table that receives no rows: Excel needs one data row. */
  readonly prototype: string;
  /** From after the prototype row: the end of `sheetData` and all that follows it. */
  readonly tail: string;
  /** Each column's `s`, undefined for the default style. */
  readonly styles: readonly (string | undefined)[];
}

export function splitAtPrototype(sheetXml: string, table: TableSpec): SplitSheet {
  const header = rowAt(sheetXml, table.top, 0);
  const cellsEnd = sheetXml.indexOf("</sheetData>");
  // exceljs leaves out a row whose cells have neither value nor style.
  const prototype = header && rowAt(sheetXml, table.top + 1, header.end);
  const start = prototype?.start ?? header?.end ?? -1;
  const end = prototype?.end ?? start;
  if (start < 0 || end !== cellsEnd) throw new Error(`table ${table.name} is streamed: nothing may follow it`);
  const styles = table.headers.map(() => undefined as string | undefined);
  for (const [cell] of sheetXml.slice(start, end).matchAll(/<c\b[^>]*>/g)) {
    const column = (parseCellRef(attribute(cell, "r") ?? "")?.col ?? 0) - table.left;
    if (column >= 0 && column < styles.length) styles[column] = attribute(cell, "s");
  }
  return {
    head: sheetXml.slice(0, start).replace(/<dimension\b[^>]*\/>/, ""),
    prototype: sheetXml.slice(start, end),
    tail: sheetXml.slice(end),
    styles,
  };
}

/** Where row `r` is, looking from `from` on. */
function rowAt(xml: string, r: number, from: number): { start: number; end: number } | undefined {
  const open = new RegExp(`<row\\b[^>]*\\sr="${r}"[^>]*>`, "g");
  open.lastIndex = from;
  const tag = open.exec(xml);
  if (!tag) return undefined;
  const end = tag[0].endsWith("/>") ? open.lastIndex : xml.indexOf("</row>", open.lastIndex) + "</row>".length;
  return { start: tag.index, end };
}

/** A table part with its range and its filter's range set to `ref`. */
export function withTableRef(tableXml: string, ref: string): string {
  return tableXml
    .replace(/(<table\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`)
    .replace(/(<autoFilter\b[^>]*?\sref=")[^"]*"/, `$1${ref}"`);
}

export function partText(parts: Unzipped, name: string): string {
  const bytes = parts[name];
  if (!bytes) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
}

function relationships(parts: Unzipped, source: string): Map<string, { type: string; target: string }> {
  const slash = source.lastIndexOf("/");
  const folder = source.slice(0, slash + 1);
  const relsName = `${folder}_rels/${source.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  if (!parts[relsName]) return rels;
  for (const [tag] of partText(parts, relsName).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attribute(tag, "Target") ?? "";
    rels.set(attribute(tag, "Id") ?? "", { type: attribute(tag, "Type") ?? "", target: resolve(folder, target) });
  }
  return rels;
}

/** A relationship's target as a part name: relative to the source's folder, or absolute from the package root. */
function resolve(folder: string, target: string): string {
  const path: string[] = [];
  for (const segment of (target.startsWith("/") ? target : folder + target).split("/")) {
    if (segment === "..") path.pop();
    else if (segment !== "" && segment !== ".") path.push(segment);
  }
  return path.join("/");
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function tableName(tableXml: string): string {
  return attribute(/<table\b[^>]*>/.exec(tableXml)?.[0] ?? "", "name") ?? "";
}
