import { type FormDef, formAt, roster, VAKR_FORMS } from "../forms";
import { rosterOfWidth } from "../forms/roster";
import { DETAILS, orgs, SUMMARY_TEMPLATE } from "../forms/summary";
import type { WorkbookSnapshot } from "../xlsx/snapshot";

/** Our templates, as `_meta` names them: an organization's workbook, the department's roster, a summary. */
export type TemplateName = "vakr" | "roster" | typeof SUMMARY_TEMPLATE;

/** A form to find in a file, and the table it is found by: a summary table continues in `AllContracts_2`, ... */
export interface ExpectedForm {
  readonly form: FormDef;
  readonly table: string;
  /** The form as a table of that many columns holds it, where older files' tables were narrower. */
  readonly ofWidth?: (width: number) => FormDef;
}

/** The forms a file of a template holds, as its contract version made them. */
export function expectedForms(template: TemplateName, snapshot: WorkbookSnapshot, version: number): ExpectedForm[] {
  const held = (forms: readonly FormDef[]) => forms.flatMap((f) => formAt(f, version) ?? []);
  switch (template) {
    case "vakr":
      return held(VAKR_FORMS).map((form) => ({ form, table: form.id }));
    case "roster":
      return held([roster]).map((form) => ({ form, table: form.id, ofWidth: rosterOfWidth }));
    case SUMMARY_TEMPLATE:
      // What a region reads back of a summary: the organizations and their rows. The other tables are the
      // department's to read (Intake, Missing) or sums of these, and their columns are free to change.
      return held([orgs, ...DETAILS.map((d) => d.table)]).flatMap((form) => {
        const parts = partIds(snapshot, form.id);
        return (parts.length > 0 ? parts : [form.id]).map((table) => ({ form, table }));
      });
  }
}

/** The parts of a summary table that passed a sheet's rows: `AllContracts`, `AllContracts_2`, ... in order. */
export function partIds(snapshot: WorkbookSnapshot, id: string): string[] {
  const pattern = new RegExp(`^${id}(?:_(\\d+))?$`, "i");
  return snapshot.sheets
    .flatMap((s) => s.tables.map((t) => t.name.match(pattern)))
    .filter((m): m is RegExpMatchArray => m !== null)
    .sort((a, b) => Number(a[1] ?? 1) - Number(b[1] ?? 1))
    .map((m) => m[0]);
}
