/** Excel's own limits (Microsoft, "Excel specifications and limits"): every writer and reader of ours keeps to them. */
export const EXCEL_LIMITS = {
  /** Rows in a sheet. */
  rows: 1_048_576,
  /** Columns in a sheet (XFD). */
  columns: 16_384,
  /** Characters in a sheet's name. */
  sheetName: 31,
  /** Characters in a cell. */
  cellText: 32_767,
} as const;
