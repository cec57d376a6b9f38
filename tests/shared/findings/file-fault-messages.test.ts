import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describeFinding } from "../../../shared/findings/describe-finding";
import { LANGS } from "../../../shared/i18n/lang";
import { CLI_MESSAGES } from "../../../shared/i18n/cli-text";
import { MESSAGES } from "../../../shared/i18n/translate";
import { fileReport } from "../../../shared/validation/report";
import { FILE_FAULTS, type FileFaultCode } from "../../../shared/xlsx/read/file-fault";
import { readWorkbook, type ReadOptions } from "../../../shared/xlsx/read-workbook";
import { fastBomb, MAIN, workbookParts } from "../../support/small-workbooks";

const TEMPLATE = new Uint8Array(readFileSync(join(__dirname, "../../../workbook-templates/vakr-ru.xlsx")));
const OLE = new Uint8Array(4096);
OLE.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const bigZip = new Uint8Array(3 * 2 ** 20);
bigZip.set(TEMPLATE);

/** A real file for every way the reader refuses one, read with the limits a user meets (smaller where a test must). */
const FILES: [Uint8Array, ReadOptions?][] = [
  [new Uint8Array(0)],
  [strToU8("№;Должность\n1;Директор\n")],
  [strToU8("<!DOCTYPE html><html><body><table></table></body></html>")],
  [strToU8("%PDF-1.7\n")],
  [new Uint8Array([1, 2, 3, 0, 255, 7])],
  [OLE],
  [TEMPLATE.subarray(0, TEMPLATE.length >> 1)],
  [zipSync({ "a.txt": strToU8("hello") })],
  [bigZip, { limits: { maxFileBytes: 2 * 2 ** 20 } }],
  [fastBomb(" ", 200)],
  [TEMPLATE, { limits: { maxCells: 50 } }],
  [zipSync(workbookParts(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet xmlns="${MAIN}"/>`))],
  [zipSync(workbookParts(`<worksheet xmlns="${MAIN}"><sheetData><row>`))],
];

describe("the message of every file fault", () => {
  const faults = FILES.map(([bytes, options]) => {
    const read = readWorkbook(bytes, options);
    if (read.ok) throw new Error("a file meant to be refused was read");
    return read.fault;
  });

  it("is reached by a real file for every fault code", () => {
    expect(new Set(faults.map((f) => f.code))).toEqual(new Set<FileFaultCode>(FILE_FAULTS));
  });

  it.each(LANGS)("leaves no placeholder unfilled in %s", (lang) => {
    for (const fault of faults) {
      const [finding] = fileReport(fault.code, fault.params).findings;
      const message = describeFinding(finding as NonNullable<typeof finding>, lang);
      expect([fault.code, message]).toEqual([fault.code, expect.not.stringMatching(/\{\w+\}/)]);
    }
  });

  it("says the size limit in megabytes", () => {
    expect(faults.find((f) => f.code === "file_too_large")).toEqual({ code: "file_too_large", params: { limitMb: 2 } });
    const [finding] = fileReport("file_too_large", { limitMb: 2 }).findings;
    expect(describeFinding(finding as NonNullable<typeof finding>, "en")).toContain("over 2 MB");
  });
});

describe("every message with placeholders", () => {
  it("names the same placeholders in kk, ru and en", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.entries({ ...MESSAGES, ...CLI_MESSAGES }).filter(
      ([, labels]) =>
        JSON.stringify(names(labels.kk)) !== JSON.stringify(names(labels.ru)) ||
        JSON.stringify(names(labels.ru)) !== JSON.stringify(names(labels.en)),
    );
    expect(differing.map(([id]) => id)).toEqual([]);
  });
});
