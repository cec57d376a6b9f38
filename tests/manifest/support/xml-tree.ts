import { SaxesParser } from "saxes";

/** An element of a small XML document: its local name and namespace, attributes by name, children. */
export interface XmlElement {
  readonly name: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
  /** The text directly inside it. */
  text: string;
}

/** A whole document as a tree: enough for the manifest's few hundred lines. */
export function parseXmlTree(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "", uri: "", attributes: {}, children: [], parent: null, text: "" };
  let current = root;
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], parent: current, text: "" };
    current.children.push(element);
    current = element;
  });
  parser.on("text", (text) => {
    current.text += text;
  });
  parser.on("closetag", () => {
    current = current.parent ?? root;
  });
  parser.write(xml).close();
  const [document] = root.children;
  if (!document) throw new Error("no document element");
  return document;
}

/** The element and everything below it, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
