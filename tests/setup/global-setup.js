// Before any test: the independent readers (openpyxl, LibreOffice) must be on the machine.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  execFileSync("bash", [join(__dirname, "install-readers.sh")], { stdio: "inherit" });
};
