import { SaxesParser } from "saxes";
import { fail } from "./file-fault";
import type { ChunkSink } from "./unzip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Strict Open XML names the same things differently; handlers see the transitional names only. */
const SAME_AS = new Map([
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", MAIN_NS],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", REL_NS],
]);

export type Attrs = Readonly<Record<string, string>>;

/** An attribute in a namespace, e.g. `r:id` whatever its prefix. */
export type AttrNS = (attrs: Attrs, ns: string, local: string) => string | undefined;

export interface XmlHandler {
  /** `ns` is the element's namespace ("" for none), `name` its local name. */
  open(ns: string, name: string, attrs: Attrs, attrNS: AttrNS): void;
  close(ns: string, name: string): void;
  /** Text and CDATA, possibly in pieces. */
  text?(text: string): void;
  /** Rewrites the raw XML before parsing, a decoded chunk at a time; it must not change what the part says. */
  filter?(xml: string): string;
  /**
   * The handler stops (STOP_PARSING) at the root element: the fast path then reads no further, as saxes never
   * read further either.
   */
  readonly rootOnly?: boolean;
}

/** Thrown by a handler that has seen enough: parsing stops without a fault. Not an Error: no stack to capture. */
export const STOP_PARSING = Symbol("stop parsing");

/** The namespace each prefix stands for ("" the default one). */
type Scope = ReadonlyMap<string, string>;
const NO_NAMESPACES: Scope = new Map([["", ""]]);

/**
 * The most characters between two tags: Excel holds at most 32,767 in a cell (under 200,000 escaped), so a run
 * past this is a part padded to exhaust memory (saxes holds a text run whole, and copies it as it grows).
 */
export const MAX_TEXT_RUN = 2 ** 20;

/** Whether an attribute declares a namespace: `xmlns` or `xmlns:p`. */
export function declaresNamespace(name: string): boolean {
  return name.charCodeAt(0) === 120 && name.startsWith("xmlns") && (name.length === 5 || name[5] === ":");
}

/**
 * The namespaces in scope as elements open and close, reporting each element to the handler by namespace and
 * local name, so `<x:row>` reads as `<row>`. One scope per declaration, not an object per attribute (as saxes'
 * own namespace mode allocates). Both saxes and the fast path (fast-xml.ts) report through it.
 */
export class Namespaces {
  private scope = NO_NAMESPACES;
  private readonly scopes: Scope[] = [];
  private readonly names: string[] = [];
  private readonly spaces: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  /** An element opens: `declared` holds its namespace declarations as prefix, URI, prefix, URI... */
  open(qname: string, attrs: Attrs, declared: readonly string[] | null): void {
    this.scopes.push(this.scope);
    if (declared !== null) {
      // Copied where declared (mostly the root alone): no chain of scopes to walk for every element.
      const scope = new Map(this.scope);
      for (let i = 0; i < declared.length; i += 2) scope.set(declared[i] as string, declared[i + 1] as string);
      this.scope = scope;
    }
    const colon = qname.indexOf(":");
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const ns = this.resolve(colon < 0 ? "" : qname.slice(0, colon));
    this.names.push(local);
    this.spaces.push(ns);
    this.handler.open(ns, local, attrs, this.attrNS);
  }

  close(): void {
    const local = this.names.pop() as string;
    const ns = this.spaces.pop() as string;
    this.scope = this.scopes.pop() as Scope;
    this.handler.close(ns, local);
  }

  private resolve(prefix: string): string {
    const uri = this.scope.get(prefix) ?? "";
    return SAME_AS.get(uri) ?? uri;
  }

  private readonly attrNS: AttrNS = (attrs, ns, local) => {
    for (const key in attrs) {
      const colon = key.indexOf(":");
      if (colon > 0 && key.slice(colon + 1) === local && this.resolve(key.slice(0, colon)) === ns) return attrs[key];
    }
    return undefined;
  };
}

/** saxes reading into a handler, text written to it a piece at a time. */
class SaxesReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  private run = 0;

  constructor(private readonly handler: XmlHandler) {
    const parser = this.parser;
    const namespaces = new Namespaces(handler);
    // Declarations arrive as attributes before their element opens; most elements declare none.
    let declared: string[] | null = null;
    parser.on("attribute", ({ name, value }) => {
      if (declaresNamespace(name)) (declared ??= []).push(name.length === 5 ? "" : name.slice(6), value);
    });
    parser.on("doctype", () => fail("file_xml_dtd"));
    parser.on("error", (error) => fail("file_xml_malformed", { detail: error.message }));
    parser.on("opentag", (tag) => {
      namespaces.open(tag.name, tag.attributes, declared);
      declared = null;
    });
    parser.on("closetag", () => namespaces.close());
    if (handler.text) {
      const text = handler.text.bind(handler);
      parser.on("text", text);
      parser.on("cdata", text);
    }
  }

  /** A decoded piece of the part; `first` for the piece it starts with. */
  write(text: string, first: boolean): void {
    // A DTD stands before the root element: refused in the first piece, before saxes buffers it.
    if (first && /<!(DOCTYPE|ENTITY)/.test(text)) fail("file_xml_dtd");
    const xml = this.handler.filter ? this.handler.filter(text) : text;
    // Characters since the last markup, counted before saxes holds them.
    const markup = Math.max(xml.lastIndexOf("<"), xml.lastIndexOf(">"));
    this.run = markup < 0 ? this.run + xml.length : xml.length - 1 - markup;
    if (this.run > MAX_TEXT_RUN) fail("file_zip_bomb", { limit: "text" });
    this.parser.write(xml);
  }

  /** The rest of the text, unchecked (what a decoder held back), and the end of the part. */
  end(rest = ""): void {
    if (rest !== "") this.parser.write(rest);
    this.parser.close();
  }
}

/** Runs `parse`; a handler that stopped it is no fault. */
function stoppable(parse: () => boolean): boolean {
  try {
    return parse();
  } catch (error) {
    if (error === STOP_PARSING) return true;
    throw error;
  }
}

/**
 * Feeds a part's bytes to saxes and reports its elements to the handler; false when `read` found no part.
 * A DOCTYPE is refused as soon as it is seen: saxes never expands entities, and nothing needs them.
 */
export function parseXml(read: (sink: ChunkSink) => boolean, handler: XmlHandler): boolean {
  const reader = new SaxesReader(handler);
  let decoder: TextDecoder | undefined;
  const sink: ChunkSink = (chunk) => {
    const first = decoder === undefined;
    decoder ??= new TextDecoder(utf16(chunk) ?? "utf-8");
    reader.write(decoder.decode(chunk, { stream: true }), first);
  };
  return stoppable(() => {
    if (!read(sink)) return false;
    reader.end(decoder?.decode());
    return true;
  });
}

/** The same over a part already decoded whole. */
export function parseXmlText(xml: string, handler: XmlHandler): void {
  const reader = new SaxesReader(handler);
  stoppable(() => {
    reader.write(xml, true);
    reader.end();
    return true;
  });
}

/** The encoding a byte order mark names, where it names UTF-16; else the part is UTF-8. */
export function utf16(chunk: Uint8Array): string | null {
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return "utf-16le";
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return "utf-16be";
  return null;
}
