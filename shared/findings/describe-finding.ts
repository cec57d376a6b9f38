import { ALL_FORMS, formById, valueColumns } from "../forms";
import type { Lang } from "../i18n/lang";
import { MESSAGES, type MessageId, t } from "../i18n/translate";
import { formatIsoDate } from "../values";
import type { Finding } from "./finding";

/** The label of a field in `lang`: the finding's own form first, then any form (a Passport date named by a risk). */
function labelOf(formId: string | null, key: string, lang: Lang): string {
  const forms = [...(formId ? [formById(formId)] : []), ...ALL_FORMS];
  for (const form of forms) {
    const column = form && valueColumns(form).find((c) => c.key === key);
    if (column) return column.labels[lang];
  }
  return key;
}

/** A finding's message in `lang`: what is wrong and how to fix it, with labels and dates as the user sees them. */
export function describeFinding(finding: Finding, lang: Lang): string {
  const kind = finding.params.kind;
  const id = [
    `finding.${finding.code}`,
    `value.${finding.code}`,
    // A kind of file with advice of its own first (`file.file_not_zip.csv`: open it in Excel, save as .xlsx).
    ...(kind === undefined ? [] : [`file.${finding.code}.${kind}`]),
    `file.${finding.code}`,
  ].find((k) => k in MESSAGES);
  if (!id) return finding.code;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.params)) {
    if (name.endsWith("Field")) params[name] = labelOf(finding.form, String(value), lang);
    else if (name.endsWith("Date")) params[name] = formatIsoDate(String(value));
    else if (name === "formName") params[name] = formById(String(value))?.sheet[lang] ?? String(value);
    else params[name] = value;
  }
  if (finding.field) params.field = labelOf(finding.form, finding.field, lang);
  return t(lang, id as MessageId, params);
}
