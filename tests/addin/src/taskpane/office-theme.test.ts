import { isDarkTheme } from "../../../../addin/src/taskpane/office-theme";

describe("Office's theme", () => {
  it("is dark when Office says so", () => {
    expect(isDarkTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkTheme({ isDarkTheme: false })).toBe(false);
  });

  it("is told by the background where the host does not say", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#F3F2F1" })).toBe(false);
  });

  it("is light without Office's word", () => {
    expect(isDarkTheme(undefined)).toBe(false);
  });
});
