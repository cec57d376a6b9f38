// Before any test: the independent readers (openpyxl, LibreOffice) and Chromium (the pane's end-to-end tests).
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  execFileSync("bash", [join(__dirname, "install-test-tools.sh")], { stdio: "inherit" });
};
