import { parsePart } from "./fast-xml";
import type { Archive } from "./unzip";
import { PACKAGE_REL_NS } from "./xml";

export interface Relationship {
  /** The last segment of the type URI (`worksheet`, `sharedStrings`): transitional and strict agree on it. */
  readonly type: string;
  /** The target part's name from the package root, without a leading slash. */
  readonly target: string;
}

/** The relationships of a part, by id; none when it has no `.rels` part. */
export function readRelationships(archive: Archive, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const slash = part.lastIndexOf("/");
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  parsePart(archive, relsPart, {
    open(ns, name, attrs) {
      if (ns !== PACKAGE_REL_NS || name !== "Relationship" || attrs.TargetMode === "External") return;
      const { Id: id, Type: type, Target: target } = attrs;
      if (id === undefined || type === undefined || target === undefined) return;
      rels.set(id, { type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(part, target) });
    },
    close() {},
  });
  return rels;
}

/** The first relationship of a type. */
export function relOfType(rels: Map<string, Relationship>, type: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type === type) return rel;
  return undefined;
}

/** `worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`; openpyxl writes `/xl/...`. */
function resolveTarget(source: string, target: string): string {
  let path = target.replace(/\\/g, "/").split("#")[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  const segments = path.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}
