import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { type Column, displayLabel, listOf } from "../../../../shared/forms";
import type { WorkbookLang } from "../../../../shared/i18n";
import type { FieldCheck } from "../../use-cases/check-field";
import { useLang, useT } from "../lang-context";

export interface FormFieldProps {
  readonly column: Column;
  readonly value: string;
  readonly check: FieldCheck;
  /** Show the check's message (the field was left, or sending was tried). */
  readonly show: boolean;
  /** List items are offered as the workbook's dropdowns hold them. */
  readonly workbookLang: WorkbookLang;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/** One column as a labelled field: a dropdown for lists and yes/no, text otherwise; its problem shown inline. */
export function FormField({ column, value, check, show, workbookLang, onChange, onBlur }: FormFieldProps) {
  const t = useT();
  const lang = useLang();
  const state = !show ? "none" : !check.ok ? "error" : check.warning ? "warning" : "none";
  const message = !show ? undefined : !check.ok ? check.message : check.warning;
  const change = (_: unknown, data: { value: string }) => onChange(data.value);
  return (
    <Field
      label={column.labels[lang]}
      hint={column.hint?.[lang]}
      required={column.required}
      validationState={state}
      validationMessage={message}
    >
      {column.type === "list" || column.type === "yesNo" ? (
        <Select value={value} onChange={change} onBlur={onBlur}>
          <option value="">{t("pane.fill.choose")}</option>
          {options(column, workbookLang, value).map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      ) : column.wrap ? (
        <Textarea value={value} onChange={change} onBlur={onBlur} resize="vertical" />
      ) : (
        <Input
          value={value}
          onChange={change}
          onBlur={onBlur}
          placeholder={column.type === "date" ? t("pane.fill.datePlaceholder") : undefined}
          inputMode={column.type === "bin" || column.type === "binOrIin" ? "numeric" : undefined}
        />
      )}
    </Field>
  );
}

/** The list's labels, and the current value when the workbook holds it in another spelling. */
function options(column: Column, workbookLang: WorkbookLang, value: string): string[] {
  const list = listOf(column);
  const labels = list.items.map((item) => displayLabel(list, item, workbookLang));
  return value === "" || labels.includes(value) ? labels : [...labels, value];
}
