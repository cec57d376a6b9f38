import { SaxesParser } from "saxes";
import { fail } from "./file-fault";
import type { ChunkSink } from "./unzip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Strict Open XML names the same things differently; handlers see the transitional names only. */
const SAME_AS: Record<string, string> = {
  "http://purl.oclc.org/ooxml/spreadsheetml/main": MAIN_NS,
  "http://purl.oclc.org/ooxml/officeDocument/relationships": REL_NS,
};

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
}

/** Thrown by a handler that has seen enough: parsing stops without a fault. Not an Error: no stack to capture. */
export const STOP_PARSING = Symbol("stop parsing");

type Scope = Record<string, string | undefined>;

/**
 * The most characters between two tags: Excel holds at most 32,767 in a cell (under 200,000 escaped), so a run
 * past this is a part padded to exhaust memory (saxes holds a text run whole, and copies it as it grows).
 */
export const MAX_TEXT_RUN = 2 ** 20;

/**
 * Feeds a part's bytes to saxes and reports elements by namespace and local name, so `<x:row>` reads as
 * `<row>`. saxes' own namespace mode allocates an object per attribute; this keeps a scope per declaration.
 * A DOCTYPE is refused as soon as it is seen: saxes never expands entities, and nothing needs them.
 */
export function parseXml(read: (sink: ChunkSink) => boolean, handler: XmlHandler): boolean {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let scope: Scope = Object.create(null) as Scope;
  scope[""] = "";
  const scopes: Scope[] = [];
  const names: string[] = [];
  const spaces: string[] = [];

  const resolve = (prefix: string): string => {
    const uri = scope[prefix] ?? "";
    return SAME_AS[uri] ?? uri;
  };
  const attrNS: AttrNS = (attrs, ns, local) => {
    for (const key in attrs) {
      const colon = key.indexOf(":");
      if (colon > 0 && key.slice(colon + 1) === local && resolve(key.slice(0, colon)) === ns) return attrs[key];
    }
    return undefined;
  };

  // Declarations arrive as attributes before their element opens; most elements declare none.
  let declared: string[] | null = null;
  parser.on("attribute", ({ name, value }) => {
    if (name.charCodeAt(0) === 120 && name.startsWith("xmlns") && (name.length === 5 || name[5] === ":"))
      (declared ??= []).push(name.length === 5 ? "" : name.slice(6), value);
  });
  parser.on("doctype", () => fail("file_xml_dtd"));
  parser.on("error", (error) => fail("file_xml_malformed", { detail: error.message }));
  parser.on("opentag", (tag) => {
    scopes.push(scope);
    if (declared !== null) {
      scope = Object.create(scope) as Scope;
      for (let i = 0; i < declared.length; i += 2) scope[declared[i] as string] = declared[i + 1];
      declared = null;
    }
    const name = tag.name;
    const colon = name.indexOf(":");
    const local = colon < 0 ? name : name.slice(colon + 1);
    const ns = resolve(colon < 0 ? "" : name.slice(0, colon));
    names.push(local);
    spaces.push(ns);
    handler.open(ns, local, tag.attributes, attrNS);
  });
  parser.on("closetag", () => {
    const local = names.pop() as string;
    const ns = spaces.pop() as string;
    scope = scopes.pop() as Scope;
    handler.close(ns, local);
  });
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on("text", text);
    parser.on("cdata", text);
  }

  let decoder: TextDecoder | undefined;
  let run = 0;
  const sink: ChunkSink = (chunk) => {
    const first = decoder === undefined;
    decoder ??= new TextDecoder(utf16(chunk) ?? "utf-8");
    const text = decoder.decode(chunk, { stream: true });
    // A DTD stands before the root element: refused in the first piece, before saxes buffers it.
    if (first && /<!(DOCTYPE|ENTITY)/.test(text)) fail("file_xml_dtd");
    const xml = handler.filter ? handler.filter(text) : text;
    // Characters since the last markup, counted before saxes holds them.
    const markup = Math.max(xml.lastIndexOf("<"), xml.lastIndexOf(">"));
    run = markup < 0 ? run + xml.length : xml.length - 1 - markup;
    if (run > MAX_TEXT_RUN) fail("file_zip_bomb", { limit: "text" });
    parser.write(xml);
  };
  try {
    if (!read(sink)) return false;
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error === STOP_PARSING) return true;
    throw error;
  }
  return true;
}

function utf16(chunk: Uint8Array): string | null {
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return "utf-16le";
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return "utf-16be";
  return null;
}
