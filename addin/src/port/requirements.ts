/**
 * The ExcelApi requirement sets the pane needs (learn.microsoft.com: "Excel JavaScript API requirement
 * sets"). The manifest asks only for 1.1, so every Excel with add-ins loads the pane; each tab and action
 * checks its own set at run time and says what to do instead.
 */
export const REQUIREMENT_SET = "ExcelApi";

/** A version of the ExcelApi set, as `isSetSupported` takes it. */
export const NEEDS = {
  /** `workbook.insertWorksheetsFromBase64`. */
  insertSheets: "1.13",
  /** `Excel.createWorkbook`. */
  createWorkbook: "1.8",
  /** `range.dataValidation`: the check of the dropdowns after an insert. */
  dataValidation: "1.8",
  /** `Excel.run({ delayForCellEdit })`. */
  cellEditDelay: "1.11",
  /** Fill: `getItemOrNullObject` for tables, worksheet functions for the date system. */
  fill: "1.4",
  /** Validate: the above, and highlights on lists of cells (`getRanges`). */
  validate: "1.9",
} as const;

/** The tabs that need more than ExcelApi 1.1; the others check each action. */
export const TAB_NEEDS = { fill: NEEDS.fill, validate: NEEDS.validate } as const;

export const requirementText = (version: string) => `${REQUIREMENT_SET} ${version}`;

export const INSERT_REQUIREMENT = requirementText(NEEDS.insertSheets);
export const CREATE_REQUIREMENT = requirementText(NEEDS.createWorkbook);

/** Every ExcelApi version there is, oldest first: what the About panel probes. */
export const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);
