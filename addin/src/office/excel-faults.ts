import { WorkbookFault } from "../port/workbook-fault";
import { officeErrorCode } from "./excel-host";

/**
 * Excel on the web refuses a request or a response above its payload limit (about 5 MB, learn.microsoft.com:
 * "Resource limits and performance optimization for Office Add-ins").
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Office.js's errors that the user can act on, as the port's fault; any other error as it is. */
export function asWorkbookFault(error: unknown): unknown {
  if (officeErrorCode(error) === "InvalidOperationInCellEditMode")
    return new WorkbookFault("cell_editing", { cause: error });
  return isPayloadTooLarge(error) ? new WorkbookFault("too_large", { cause: error }) : error;
}
