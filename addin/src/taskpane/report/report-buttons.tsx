import type { WorkbookPort } from "../../port/workbook-port";
import { useT } from "../lang-context";
import { DocxDownload } from "./docx-download";

// The report code and `docx` come in a chunk of their own, loaded at the first click.
const reportChunk = () => import(/* webpackChunkName: "report" */ "../../report/report-docx");

/** After Validate: the open workbook's analytical report, with its annexes. */
export function AnalyticalReportButton({ port }: { port: WorkbookPort }) {
  const t = useT();
  return (
    <DocxDownload
      label={t("pane.report.analytical")}
      fileName="analytical-report.docx"
      command="adal report FILE.xlsx --out FILE.docx"
      draft={() => reportChunk().then((m) => m.analyticalReportDocx(port))}
    />
  );
}

/** After Consolidate: the department's report from the summary just written. */
export function DepartmentReportButton({ summary }: { summary: readonly Uint8Array[] }) {
  const t = useT();
  return (
    <DocxDownload
      label={t("pane.report.department")}
      fileName="department-report.docx"
      command="adal report summary.xlsx --out report.docx --title ..."
      draft={() => reportChunk().then((m) => m.departmentReportDocx(summary))}
    />
  );
}
