/** What the pane reads of `Office.context.officeTheme`; hosts give some of it, or none. */
export interface ThemeHint {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Dark when Office says so; a host without `isDarkTheme` tells it by a dark background (`#262626`). */
export function isDarkTheme(theme: ThemeHint | undefined): boolean {
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme;
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!rgb) return false;
  const [r, g, b] = rgb.slice(1).map((hex) => parseInt(hex, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
