import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { descendants, parseXmlTree, type XmlElement } from "./support/xml-tree";

const ROOT = join(__dirname, "../..");
const manifest = parseXmlTree(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const all = descendants(manifest);
const named = (name: string) => all.filter((e) => e.name === name);
const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

const DEV_SERVER = "https://localhost:3000/";
// Built by the task pane's bundle; every other page and asset the manifest names is in manifest/.
const BUILT_BY_THE_PANE = ["taskpane.html"];

/** Which resources an element's `resid` must name, by the element. */
const RESOURCE_KIND: Readonly<Record<string, string>> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const resources = named("Resources")[0];
const resourceIds = (kind: string) =>
  (resources && child(resources, kind)?.children.map((r) => r.attributes.id ?? "")) ?? [];

/** A localized setting's texts by locale: the default is Russian. */
function texts(setting: XmlElement): Record<string, string> {
  const overrides = setting.children.filter((c) => c.name === "Override");
  return {
    "ru-RU": setting.attributes.DefaultValue ?? "",
    ...Object.fromEntries(overrides.map((o) => [o.attributes.Locale ?? "", o.attributes.Value ?? ""])),
  };
}

const LOCALIZED = [
  ...["DisplayName", "Description"].map((name) => child(manifest, name)!),
  ...[...named("ShortStrings"), ...named("LongStrings")].flatMap((list) => list.children),
];
// Letters of the Kazakh alphabet that Russian does not have.
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

describe("the add-in manifest's contents", () => {
  it("opens the task pane from a button on the Home tab, at the page the add-in starts with", () => {
    const [tab] = named("OfficeTab");
    const button = named("Control").find((c) => c.attributes["xsi:type"] === "Button");
    const action = button && child(button, "Action");
    const pane = action && child(action, "SourceLocation");
    const paneUrl = named("Url").find((u) => u.attributes.id === pane?.attributes.resid);
    const startUrl = child(child(manifest, "DefaultSettings")!, "SourceLocation");
    expect(tab?.attributes.id).toBe("TabHome");
    expect(action?.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(paneUrl?.attributes.DefaultValue).toBe(`${DEV_SERVER}taskpane.html`);
    expect(startUrl?.attributes.DefaultValue).toBe(`${DEV_SERVER}taskpane.html`);
  });

  it("needs only ExcelApi 1.1 to load, so Excel 2016 and 2019 load it; tabs check newer sets at run time", () => {
    expect(named("Set").map((s) => s.attributes)).toEqual([{ Name: "ExcelApi", MinVersion: "1.1" }]);
  });

  it("carries the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(child(manifest, "Version")?.text).toBe(version);
  });

  it("names by every resid a resource of the kind its element takes", () => {
    const references = all.filter((e) => e.attributes.resid !== undefined);
    const resolves = (e: XmlElement) => resourceIds(RESOURCE_KIND[e.name] ?? "").includes(e.attributes.resid ?? "");
    expect(references.length).toBeGreaterThan(10);
    expect(references.filter((e) => !resolves(e)).map((e) => `${e.name} ${e.attributes.resid}`)).toEqual([]);
  });

  it("serves every icon, asset and page from a file in the repository", () => {
    const isUrl = (value: string | undefined): value is string => value?.startsWith("https://") ?? false;
    const urls = all.flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value].filter(isUrl));
    const files = [...new Set(urls)]
      .map((url) => url.slice(DEV_SERVER.length))
      .filter((f) => !BUILT_BY_THE_PANE.includes(f));
    expect(files).toEqual(expect.arrayContaining(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png"]));
    expect(files.filter((file) => !existsSync(join(ROOT, "manifest", file)))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(DEV_SERVER))).toEqual([]);
  });

  it("gives the name, description, button, group and first-run texts in Kazakh, Russian and English", () => {
    expect(LOCALIZED).toHaveLength(7);
    for (const setting of LOCALIZED) expect(Object.keys(texts(setting)).sort()).toEqual(["en-US", "kk-KZ", "ru-RU"]);
  });

  it("writes Kazakh with Kazakh letters, Russian without them, English in Latin letters", () => {
    const settings = LOCALIZED.map(texts);
    const kazakh = settings.map((t) => t["kk-KZ"] ?? "");
    expect(kazakh.filter((text) => !KAZAKH_LETTERS.test(text) || /[a-z]/i.test(text))).toEqual([]);
    expect(settings.map((t) => t["ru-RU"] ?? "").filter((text) => KAZAKH_LETTERS.test(text))).toEqual([]);
    expect(settings.map((t) => t["en-US"] ?? "").filter((text) => /[а-яёәғқңөұүһі]/i.test(text))).toEqual([]);
  });
});
