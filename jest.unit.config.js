/**
 * `npm run test:unit`: the fast part of `npm test` — unit and component tests — without the tests
 * that open our files in other programs (openpyxl, LibreOffice), drive the built pane in Chromium or
 * generate the demo inbox. `npm test` runs them all.
 */
const config = require("./jest.config");

// Files that mix both mark the other kind with tests/support/other-programs.ts, which reads this.
process.env.ADAL_UNIT_TESTS = "1";

module.exports = {
  ...config,
  // The full suite's setup installs LibreOffice, openpyxl and Chromium: none is used here.
  globalSetup: undefined,
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/tests/e2e/",
    "<rootDir>/tests/shared/xlsx/other-programs\\.test\\.ts$",
    "<rootDir>/tests/workbook-templates/independent-readers\\.test\\.ts$",
    "<rootDir>/tests/workbook-templates/sample/demo-inbox\\.test\\.ts$",
  ],
};
