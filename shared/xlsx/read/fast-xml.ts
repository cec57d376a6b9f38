import { type Archive, inChunks } from "./unzip";
import {
  type Attrs,
  declaresNamespace,
  MAX_TEXT_RUN,
  Namespaces,
  parseXml,
  STOP_PARSING,
  utf16,
  type XmlHandler,
} from "./xml";

/**
 * A fast path for parts read whole, as `scanSheetData` is for `sheetData`: a strict tokenizer for the subset of
 * XML that Excel, exceljs, openpyxl and LibreOffice write — an XML declaration at the start, elements with
 * ASCII names and quoted attributes, text with the five entities and character references, whitespace. It
 * checks that what it accepts is well formed (tags balanced, one root and nothing but whitespace around it,
 * no attribute twice, no `<` in a value, no bare `&`, no `]]>`, only characters XML allows) and gives up on
 * anything else — a comment, a processing instruction, CDATA, a DOCTYPE, a name beyond ASCII, a carriage
 * return, a run of text past MAX_TEXT_RUN — before the handler has seen anything: saxes then reads the part
 * and stays the judge of what is wrong with it.
 */

const DECLARATION =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;
/** Characters the subset never holds: those XML forbids, and the carriage return (saxes reads `\r\n` as `\n`). */
export const REFUSED_CHARS = String.raw`\x00-\x08\x0B-\x1F\uFFFE\uFFFF`;
const REFUSED = new RegExp(`[${REFUSED_CHARS}]`);
// Local copies: a bundler's export getters would otherwise run on every tag.
const MAX_RUN = MAX_TEXT_RUN;
const declares = declaresNamespace;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** ASCII name characters: 1 may start a name (letters, `_`), 2 may follow (also digits, `.`, `-`). */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  NAME_CHAR[c] = /[A-Za-z_]/.test(ch) ? 1 : /[0-9.-]/.test(ch) ? 2 : 0;
}

/** What an element without attributes reports: one object for all (handlers only read attributes). */
const NO_ATTRS: Attrs = Object.freeze(Object.create(null) as Attrs);

const OPEN = 0;
const CLOSE = 1;
const TEXT = 2;

/** What a part says, in order: OPEN, name, attributes, declarations | CLOSE | TEXT, text. */
type Tokens = (number | string | Attrs | string[] | null)[];

/**
 * The most characters the fast path takes: it holds a part's events before reporting them, where saxes holds
 * none, so a bigger part (a sheet whose rows the scan left) goes to saxes.
 */
const MAX_CHARS = 4 * 2 ** 20;

/**
 * The part's events when it is in the subset and well formed; null otherwise. `rootOnly`: up to the root element's
 * start tag, the rest neither read nor checked.
 */
export function tokenizeXml(xml: string, rootOnly = false): Tokens | null {
  if (xml.length > MAX_CHARS || !plainText(xml)) return null;
  const tokens: Tokens = [];
  const open: string[] = [];
  let rooted = false;
  let pos = afterDeclaration(xml);
  if (pos < 0) return null;
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const end = lt < 0 ? xml.length : lt;
    if (end > pos) {
      if (open.length === 0) {
        if (spaceEnd(xml, pos) !== end) return null; // text outside the root
      } else {
        if (end - pos > MAX_RUN) return null;
        const text = unescapeXml(xml.slice(pos, end));
        if (text === null) return null;
        tokens.push(TEXT, text);
      }
    }
    if (lt < 0) break;
    if (xml.charCodeAt(lt + 1) === 47) {
      // `</name>`
      const nameEnd = endOfName(xml, lt + 2);
      const gt = spaceEnd(xml, nameEnd);
      const name = open.pop();
      if (
        nameEnd < 0 ||
        xml.charCodeAt(gt) !== 62 ||
        nameEnd - lt - 2 !== name?.length ||
        !xml.startsWith(name, lt + 2)
      )
        return null;
      tokens.push(CLOSE);
      pos = gt + 1;
      continue;
    }
    const nameEnd = endOfName(xml, lt + 1);
    if (nameEnd < 0 || (open.length === 0 && rooted)) return null; // no name, or a second root
    rooted = true;
    const name = xml.slice(lt + 1, nameEnd);
    let attrs: Record<string, string> | null = null;
    let declared: string[] | null = null;
    let i = nameEnd;
    for (;;) {
      const at = spaceEnd(xml, i);
      const c = xml.charCodeAt(at);
      if (c === 62 || c === 47) {
        if (c === 47 && xml.charCodeAt(at + 1) !== 62) return null;
        pos = c === 62 ? at + 1 : at + 2;
        break;
      }
      // `key="value"` or `key='value'`, after whitespace.
      const keyEnd = endOfName(xml, at);
      if (at === i || keyEnd < 0) return null;
      const eq = spaceEnd(xml, keyEnd);
      const quoteAt = spaceEnd(xml, eq + 1);
      const quote = xml.charCodeAt(quoteAt);
      if (xml.charCodeAt(eq) !== 61 || (quote !== 34 && quote !== 39)) return null;
      const close = xml.indexOf(quote === 34 ? '"' : "'", quoteAt + 1);
      if (close < 0) return null;
      const key = xml.slice(at, keyEnd);
      const value = attributeValue(xml.slice(quoteAt + 1, close));
      // Without a prototype, as saxes gives them: any name is an attribute's (`__proto__` too), and adding
      // properties to a dictionary is faster than to an object of changing shape. (A load finds a key twice
      // faster than `in`.)
      if (value === null || (attrs !== null && attrs[key] !== undefined)) return null;
      (attrs ??= Object.create(null) as Record<string, string>)[key] = value;
      if (declares(key)) (declared ??= []).push(key.slice(6), value);
      i = close + 1;
    }
    if (pos - lt > MAX_RUN) return null;
    tokens.push(OPEN, name, attrs ?? NO_ATTRS, declared);
    if (rootOnly) return tokens;
    if (xml.charCodeAt(pos - 2) === 47) tokens.push(CLOSE);
    else open.push(name);
  }
  return rooted && open.length === 0 ? tokens : null;
}

/** Where the part goes on after its XML declaration (0 without one); -1 when it starts with one not in the subset. */
export function afterDeclaration(xml: string): number {
  if (!xml.startsWith("<?")) return 0;
  DECLARATION.lastIndex = 0;
  return DECLARATION.test(xml) ? DECLARATION.lastIndex : -1;
}

/** Where the whitespace from `i` ends. */
function spaceEnd(xml: string, i: number): number {
  for (let c = xml.charCodeAt(i); c === 32 || c === 10 || c === 9; c = xml.charCodeAt(++i));
  return i;
}

/** Where the name at `i` ends (`prefix:local`, ASCII only); -1 when none starts there. */
function endOfName(xml: string, i: number): number {
  if (NAME_CHAR[xml.charCodeAt(i)] !== 1) return -1;
  let colon = false;
  for (i++; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 128 && NAME_CHAR[c] !== 0) continue;
    if (c !== 58 || colon || NAME_CHAR[xml.charCodeAt(i + 1)] !== 1) return i;
    colon = true;
  }
}

/** Whether `xml` holds no `]]>` (not even where XML allows it) and none of REFUSED_CHARS. */
export function plainText(xml: string): boolean {
  return !xml.includes("]]>") && !REFUSED.test(xml);
}

/** Reports the events to the handler, as saxes would have; a handler may stop it (STOP_PARSING). */
export function replayXml(tokens: Tokens, handler: XmlHandler): void {
  const namespaces = new Namespaces(handler);
  try {
    for (let i = 0; i < tokens.length;) {
      switch (tokens[i]) {
        case OPEN:
          namespaces.open(tokens[i + 1] as string, tokens[i + 2] as Attrs, tokens[i + 3] as string[] | null);
          i += 4;
          break;
        case CLOSE:
          namespaces.close();
          i += 1;
          break;
        default:
          handler.text?.(tokens[i + 1] as string);
          i += 2;
      }
    }
  } catch (error) {
    if (error !== STOP_PARSING) throw error;
  }
}

/** A decoded part through the fast path (its filter applied first); false, with nothing reported, when it gave up. */
export function parseXmlFast(xml: string, handler: XmlHandler): boolean {
  const tokens = tokenizeXml(handler.filter ? handler.filter(xml) : xml, handler.rootOnly);
  if (tokens === null) return false;
  replayXml(tokens, handler);
  return true;
}

/**
 * A whole part's bytes: the fast path where it reads them, else saxes, which names any fault. saxes is given the
 * part a megabyte at a time, as it would have streamed, so a text run past MAX_TEXT_RUN is still caught.
 */
export function parseXmlBytes(bytes: Uint8Array, handler: XmlHandler, scan?: PartScan): void {
  if (!utf16(bytes)) {
    const xml = decodeUtf8(bytes);
    if (scan?.(xml) || parseXmlFast(xml, handler)) return;
  }
  parseXml((sink) => (inChunks(bytes, sink), true), handler);
}

/**
 * A faster path still for one kind of part, as the usual writers lay it out: true when it read the whole part
 * (and checked it as the tokenizer would), false, having kept nothing, to leave it to the tokenizer and saxes.
 */
export type PartScan = (xml: string) => boolean;

/** One decoder for every whole part: decoding a part whole keeps no state between parts. */
const UTF8 = new TextDecoder();

/** A whole part's text (a UTF-8 byte order mark dropped, as saxes' path drops it). */
export function decodeUtf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** Parts up to this size are read whole and tried on the fast path; bigger ones stream through saxes. */
const WHOLE_PART_BYTES = MAX_CHARS;

/** A part of the archive through the fast path or saxes; false when there is no such part. */
export function parsePart(archive: Archive, part: string, handler: XmlHandler, scan?: PartScan): boolean {
  if (!archive.has(part)) return false;
  const whole =
    (archive.declaredSize(part) ?? Infinity) <= WHOLE_PART_BYTES
      ? archive.readWhole(part, WHOLE_PART_BYTES)
      : undefined;
  if (whole === undefined) return parseXml((sink) => archive.read(part, sink), handler);
  parseXmlBytes(whole, handler, scan);
  return true;
}

/** An attribute's value as XML gives it: tabs and newlines as spaces, references resolved; null to give up. */
function attributeValue(raw: string): string | null {
  if (raw.includes("<")) return null;
  const value = raw.includes("\t") || raw.includes("\n") ? raw.replace(/[\t\n]/g, " ") : raw;
  return unescapeXml(value);
}

/** The five XML entities and character references to characters XML allows; null for anything else. */
export function unescapeXml(text: string): string | null {
  if (!text.includes("&")) return text;
  if (text.replace(REFERENCE, "").includes("&")) return null;
  let bad = false;
  const out = text.replace(
    REFERENCE,
    (_, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name] as string;
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      bad ||= !isXmlChar(code);
      return bad ? "" : String.fromCodePoint(code);
    },
  );
  return bad ? null : out;
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
