import { paneLang } from "../../../../addin/src/taskpane/pane-lang";

describe("the pane's language", () => {
  it.each([
    ["kk-KZ", "kk"],
    ["ru-RU", "ru"],
    ["ru", "ru"],
    ["en-US", "en"],
    ["de-DE", "en"],
    [undefined, "en"],
  ] as const)("is %s's %s", (display, lang) => {
    expect(paneLang(display)).toBe(lang);
  });
});
