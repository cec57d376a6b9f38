import { strFromU8, unzipSync } from "fflate";
import { parseRangeRef, type Rect } from "../../../../addin/src/port/range-ref";
import type { ModelList, ModelSheet } from "./excel-model";
import { type MockContext, MockObject } from "./mock-context";

const XML_ENTITIES: Record<string, string> = { amp: "&", apos: "'", quot: '"', lt: "<", gt: ">" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|apos|quot|lt|gt);/g, (_, name: string) => XML_ENTITIES[name]!);
const attribute = (tag: string, name: string) => unescapeXml(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "");

/**
 * What Excel learns of an .xlsx file's list dropdowns, by the file's sheet names: each `<dataValidation
 * type="list" sqref="..."><formula1>` of each sheet (our reader of received files leaves validations out).
 */
export function fileLists(bytes: Uint8Array): Map<string, ModelList[]> {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const targets = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [
      attribute(tag, "Id"),
      attribute(tag, "Target").replace(/^\/?(xl\/)?/, "xl/"),
    ]),
  );
  return new Map(
    [...text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => [
      attribute(tag, "name"),
      [
        ...text(targets.get(attribute(tag, "r:id")) ?? "").matchAll(
          /<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g,
        ),
      ]
        .filter(([, attributes = ""]) => attribute(attributes, "type") === "list")
        .map(([, attributes = "", body = ""]) => ({
          rects: attribute(attributes, "sqref")
            .split(" ")
            .map((ref) => parseRangeRef(ref) ?? fail(`bad sqref ${ref}`)),
          formula: unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(body)?.[1] ?? ""),
        })),
    ]),
  );
}

function fail(message: string): never {
  throw new Error(message);
}

/** A single cell's data validation: a list, or none. */
export class MockDataValidation extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet,
    private readonly rect: Rect,
  ) {
    super(ctx);
    if (rect.top !== rect.bottom || rect.left !== rect.right)
      throw new Error("the mock reads the data validation of single cells only");
  }

  get type(): string {
    return this.read("type");
  }

  get rule(): unknown {
    return this.read("rule");
  }

  protected override scalar(prop: string): unknown {
    const { top, left } = this.rect;
    const list = this.sheet.lists.find((l) =>
      l.rects.some((r) => r.top <= top && top <= r.bottom && r.left <= left && left <= r.right),
    );
    if (prop === "type") return list ? "List" : "None";
    if (prop === "rule") return list ? { list: { inCellDropDown: true, source: `=${list.formula}` } } : {};
    return super.scalar(prop);
  }
}

/** Defined names: the mock's workbooks have none, so every name asked for is a null object. */
export class MockNamedItemCollection extends MockObject {
  getItemOrNullObject(): MockNamedItem {
    return new MockNamedItem(this.ctx, true);
  }
}

export class MockNamedItem extends MockObject {
  get type(): string {
    return this.read("type");
  }
}
