import { strToU8, type Unzipped } from "fflate";
import { parseCellRef } from "../a1";
import { escapeXml } from "./row-xml";
import { partText } from "./skeleton";

/**
 * A native Excel chart described as plain data: the task pane and later documents describe charts the same way.
 * Every range is absolute and names its sheet (`'Обзор'!$B$5:$B$7`): the chart reads the cells, so it stays
 * live when a user edits them.
 */
export interface ChartSpec {
  /**
   * `column` (vertical bars), `bar` (horizontal bars), their `stacked` forms, `line`, `doughnut`.
   * A series marked `line` in a column chart is drawn as a line over the bars (a combination).
   */
  readonly kind: "column" | "bar" | "stackedColumn" | "stackedBar" | "line" | "doughnut";
  readonly title: string;
  /** The categories' labels. */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  /** Excel's number format code of the values (always in Excel's own syntax: `#,##0.0`, `0.0%`). */
  readonly numFmt?: string;
  readonly valueAxisTitle?: string;
  /** A legend is shown for more than one series (at the right for more than three) and for a doughnut. */
  /** Where it stands: the cells it covers, e.g. `A7:D20`. */
  readonly anchor: string;
}

export interface ChartSeries {
  /** Its name: a cell (`'Обзор'!$B$4`) or a text. */
  readonly name: string;
  readonly values: string;
  /** Colour as RGB (`4472C4`). */
  readonly color: string;
  /** Drawn as a line over the bars of a column chart. */
  readonly line?: boolean;
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

const CAT_AXIS = 500001;
const VAL_AXIS = 500002;

/** A formula reference or a literal text, as a series name. */
const isReference = (name: string) => /^'.*'![$A-Z0-9:]+$|^[A-Za-z_][\w.]*![$A-Z0-9:]+$/.test(name);

const text = (s: string, size: number, bold = false) =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(s)}</a:t></a:r></a:p></c:rich>`;

const titleXml = (s: string, size: number) =>
  `<c:title><c:tx>${text(s, size, true)}</c:tx><c:overlay val="0"/></c:title>`;

const fill = (color: string, line: boolean) =>
  line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;

const smallText = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number): string {
  const name = isReference(s.name)
    ? `<c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx>`
    : `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const line = spec.kind === "line" || s.line === true;
  const body =
    `<c:cat><c:strRef><c:f>${escapeXml(spec.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/>${name}`;
  if (spec.kind === "doughnut") return `<c:ser>${head}${body}</c:ser>`;
  if (line)
    return `<c:ser>${head}${fill(s.color, true)}<c:marker><c:symbol val="none"/></c:marker>${body}<c:smooth val="0"/></c:ser>`;
  return `<c:ser>${head}${fill(s.color, false)}<c:invertIfNegative val="0"/>${body}</c:ser>`;
}

const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;

function plotXml(spec: ChartSpec): string {
  const { kind } = spec;
  const ser = (pick: (s: ChartSeries) => boolean) =>
    spec.series.map((s, i) => (pick(s) ? seriesXml(spec, s, i) : "")).join("");
  if (kind === "doughnut")
    return `<c:doughnutChart><c:varyColors val="1"/>${ser(() => true)}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
  if (kind === "line")
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser(() => true)}<c:marker val="1"/>${axes}</c:lineChart>`;
  const horizontal = kind === "bar" || kind === "stackedBar";
  const stacked = kind === "stackedColumn" || kind === "stackedBar";
  const bars =
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
    `<c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${ser((s) => !s.line)}` +
    `<c:gapWidth val="60"/>${stacked ? `<c:overlap val="100"/>` : ""}${axes}</c:barChart>`;
  const lines = spec.series.some((s) => s.line)
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser((s) => s.line === true)}<c:marker val="1"/>${axes}</c:lineChart>`
    : "";
  return bars + lines;
}

function axesXml(spec: ChartSpec): string {
  if (spec.kind === "doughnut") return "";
  const horizontal = spec.kind === "bar" || spec.kind === "stackedBar";
  const ticks = `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  // Horizontal bars list the first category at the top, as the table above them does.
  const catOrientation = horizontal ? "maxMin" : "minMax";
  const category =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>${ticks}${smallText(800)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const title = spec.valueAxisTitle ? titleXml(spec.valueAxisTitle, 900) : "";
  const format = `<c:numFmt formatCode="${escapeXml(spec.numFmt ?? "General")}" sourceLinked="0"/>`;
  const value =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "t" : "l"}"/><c:majorGridlines/>${title}${format}${ticks}` +
    `${smallText(800)}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}

/** The chart part (`xl/charts/chartN.xml`) of one chart. */
export function chartXml(spec: ChartSpec): string {
  const legend =
    spec.series.length > 1 || spec.kind === "doughnut"
      ? `<c:legend><c:legendPos val="${spec.series.length > 3 ? "r" : "b"}"/><c:overlay val="0"/>${smallText(800)}</c:legend>`
      : "";
  return (
    `${HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(spec.title, 1100)}` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(spec)}${axesXml(spec)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** An anchor's corners as the drawing counts them: 0-based, the second corner just past the range. */
function corners(anchor: string): { from: [number, number]; to: [number, number] } {
  const [a, b] = anchor.split(":").map(parseCellRef);
  if (!a || !b) throw new Error(`a chart's anchor is not a range: ${anchor}`);
  return { from: [a.col - 1, a.row - 1], to: [b.col, b.row] };
}

/** The drawing part (`xl/drawings/drawingN.xml`) holding a sheet's charts, chart i by relationship `rId{i+1}`. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const marker = (tag: string, [col, row]: [number, number]) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((chart, i) => {
    const { from, to } = corners(chart.anchor);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData>` +
      `</a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`;
}

const relsXml = (rels: readonly { id: string; type: string; target: string }[]) =>
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
  `</Relationships>`;

/** What the schema allows after `<drawing>` in a worksheet. */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * Puts each sheet's charts into a package: the chart parts, one drawing per sheet, their relationships
 * and content types, and the sheet's `<drawing>`. Parts are numbered in sheet order, so the same charts
 * give the same bytes.
 */
export function addCharts(
  parts: Unzipped,
  sheets: readonly { readonly part: string; readonly charts: readonly ChartSpec[] }[],
): void {
  let chartNo = 0;
  let types = partText(parts, "[Content_Types].xml");
  sheets
    .filter((s) => s.charts.length > 0)
    .forEach(({ part, charts }, d) => {
      const drawing = `xl/drawings/drawing${d + 1}.xml`;
      parts[drawing] = strToU8(drawingXml(charts));
      const chartRels = charts.map((chart, i) => {
        const name = `chart${++chartNo}.xml`;
        parts[`xl/charts/${name}`] = strToU8(chartXml(chart));
        types = types.replace(
          "</Types>",
          `<Override PartName="/xl/charts/${name}" ContentType="${CT_CHART}"/></Types>`,
        );
        return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${name}` };
      });
      parts[`xl/drawings/_rels/drawing${d + 1}.xml.rels`] = strToU8(relsXml(chartRels));
      types = types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/></Types>`);

      const slash = part.lastIndexOf("/");
      const relsName = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
      const existing = parts[relsName] ? partText(parts, relsName) : relsXml([]);
      const id = `rIdDrawing${d + 1}`;
      const rel = `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${d + 1}.xml"/>`;
      parts[relsName] = strToU8(existing.replace("</Relationships>", `${rel}</Relationships>`));

      const sheetXml = partText(parts, part);
      const at = AFTER_DRAWING.exec(sheetXml.slice(sheetXml.indexOf("</sheetData>")))?.index;
      if (at === undefined) throw new Error(`${part}: a worksheet without cells`);
      const cut = sheetXml.indexOf("</sheetData>") + at;
      const withNs = sheetXml.includes(`xmlns:r="${NS_R}"`)
        ? sheetXml
        : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
      const shift = withNs.length - sheetXml.length;
      parts[part] = strToU8(withNs.slice(0, cut + shift) + `<drawing r:id="${id}"/>` + withNs.slice(cut + shift));
    });
  parts["[Content_Types].xml"] = strToU8(types);
}
