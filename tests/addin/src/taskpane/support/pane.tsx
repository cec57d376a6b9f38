import { act, configure, render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang, WorkbookLang } from "../../../../../shared/i18n/lang";
import { consolidate } from "../../../../../shared/consolidate/consolidate";
import { App } from "../../../../../addin/src/taskpane/app";
import type { HostInfo } from "../../../../../addin/src/taskpane/host-info";
import type { PaneServices } from "../../../../../addin/src/taskpane/pane-services";
import { Workbench } from "../../../../../addin/src/workbench/workbench";
import type { MemoryWorkbookOptions } from "../../../../../addin/src/port/memory-workbook";

const ROOT = join(__dirname, "../../../../..");

// A validation in jsdom can take seconds on a busy machine: findBy* waits up to 30 s (it returns as soon as the
// element is there), not testing-library's default of one second.
configure({ asyncUtilTimeout: 30_000 });

/** A committed template's bytes. */
export const templateBytes = (lang: WorkbookLang) => readFileSync(join(ROOT, `workbook-templates/vakr-${lang}.xlsx`));

/** The pane's services over a workbench: the committed templates, the real consolidation engine. */
export function testServices(workbench: Workbench, host: Partial<HostInfo> = {}): PaneServices {
  return {
    port: workbench,
    template: async (lang) => templateBytes(lang).toString("base64"),
    templateUrl: (lang) => `templates/vakr-${lang}.xlsx`,
    rosterTemplateUrl: async (lang) => `templates/roster-${lang}.xlsx`,
    consolidate: (files, options) => consolidate(files, options),
    host: {
      supports: () => true,
      host: "Excel",
      platform: "PC",
      officeVersion: "16.0.19029.20000",
      displayLanguage: "ru-RU",
      ...host,
    },
  };
}

/**
 * The pane in a language over a workbench (a blank workbook unless `open` gives a file), with a user to drive
 * it; the tabs' first reads of the workbook are done.
 */
export async function renderPane(
  lang: Lang,
  { open, options, host }: { open?: Uint8Array; options?: MemoryWorkbookOptions; host?: Partial<HostInfo> } = {},
) {
  // The language a previous test chose is remembered: each test starts as a first visit.
  localStorage.clear();
  const workbench = new Workbench(options);
  if (open) workbench.open(open);
  // user-event checks each element's CSS pointer-events before a click or keystroke: in jsdom that computes
  // the style from every Fluent UI rule each time, most of these tests' time. The pane's code sets no
  // pointer-events, and a disabled button still refuses the click, so the check is left out.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App services={testServices(workbench, host)} lang={lang} dark={false} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return { ...view, user, workbench };
}
