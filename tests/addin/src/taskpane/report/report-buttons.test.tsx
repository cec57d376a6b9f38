/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { sampleOrg, sampleWorkbook } from "../../../../../workbook-templates/src/sample";
import { renderPane } from "../support/pane";

/** The bytes behind the object URLs the pane makes: what a download would save. */
function capturedBlobs(): Blob[] {
  const blobs: Blob[] = [];
  jest.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:${blobs.length}`;
  });
  return blobs;
}

const documentXml = async (blob: Blob) =>
  strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))["word/document.xml"] ?? new Uint8Array());

afterEach(() => jest.restoreAllMocks());

describe("the report buttons", () => {
  it("draft the open workbook's analytical report after Validate, and name the command line", async () => {
    const blobs = capturedBlobs();
    const { user } = await renderPane("en", { open: await sampleWorkbook(7, { lang: "ru" }) });
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate the workbook" }));
    await user.click(await screen.findByRole("button", { name: "Analytical report (.docx)" }));

    const link = await screen.findByRole("link", { name: "Download: analytical-report.docx" }, { timeout: 60_000 });
    expect(link.getAttribute("download")).toBe("analytical-report.docx");
    expect(screen.getByText("adal report FILE.xlsx --out FILE.docx")).toBeTruthy();
    const docx = blobs.find((b) => b.type.includes("wordprocessingml"));
    if (!docx) throw new Error("no document made");
    const xml = await documentXml(docx);
    expect(xml).toContain("Аналитическая справка по итогам внутреннего анализа коррупционных рисков");
    expect(xml).toContain(sampleOrg(7, { lang: "ru" }).name.replace(/"/g, "&quot;"));
  });

  it("draft the department's report after Consolidate", async () => {
    const blobs = capturedBlobs();
    const { user } = await renderPane("en");
    const file = new File([(await sampleWorkbook(11, { lang: "kk" })) as Uint8Array<ArrayBuffer>], "school-11.xlsx");
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await user.upload(screen.getByLabelText("Received workbooks (.xlsx)"), [file]);
    await user.click(screen.getByRole("button", { name: "Make the summary" }));
    await user.click(await screen.findByRole("button", { name: "Department report (.docx)" }, { timeout: 60_000 }));

    await screen.findByRole("link", { name: "Download: department-report.docx" }, { timeout: 60_000 });
    const docx = blobs.find((b) => b.type.includes("wordprocessingml"));
    if (!docx) throw new Error("no document made");
    expect(await documentXml(docx)).toContain("жиынтық ақпарат");
  });
});
