/**
 * Why the workbook refused a request, when the user can do something about it: they are typing in a cell,
 * or the request was larger than Excel on the web takes. The pane says what to do; anything else is a fault.
 */
export type WorkbookFaultReason = "cell_editing" | "too_large";

export class WorkbookFault extends Error {
  constructor(
    readonly reason: WorkbookFaultReason,
    options?: { cause?: unknown },
  ) {
    super(`the workbook refused the request: ${reason}`, options);
    this.name = "WorkbookFault";
  }
}

export function workbookFaultReason(error: unknown): WorkbookFaultReason | null {
  return error instanceof WorkbookFault ? error.reason : null;
}
