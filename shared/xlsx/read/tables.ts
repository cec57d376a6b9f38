import type { TableRef } from "../snapshot";
import { parsePart } from "./fast-xml";
import type { Archive } from "./unzip";
import { MAIN_NS, STOP_PARSING } from "./xml";

/** A table part's name (`name`, else `displayName`), range and totals row; null when the part is not a table. */
export function readTable(archive: Archive, part: string): TableRef | null {
  let table: TableRef | null = null;
  parsePart(archive, part, {
    open(ns, name, attrs) {
      if (ns === MAIN_NS && name === "table") {
        const tableName = attrs.name || attrs.displayName;
        if (tableName && attrs.ref)
          table = { name: tableName, ref: attrs.ref, totalsRowCount: Number(attrs.totalsRowCount ?? 0) || 0 };
      }
      throw STOP_PARSING;
    },
    close() {},
    rootOnly: true,
  });
  return table;
}
