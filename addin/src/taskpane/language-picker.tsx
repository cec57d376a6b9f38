import { Field, Select } from "@fluentui/react-components";
import { isLang, type Lang, LANGS, t } from "../../../shared/i18n";

/** Each language by its own name, so a user who cannot read the current one still finds theirs. */
const OWN_NAMES: Readonly<Record<Lang, string>> = { kk: "Қазақша", ru: "Русский", en: "English" };

export function LanguagePicker({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <Field label={t(value, "pane.language")} orientation="horizontal">
      <Select value={value} onChange={(_, data) => isLang(data.value) && onChange(data.value)}>
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {OWN_NAMES[lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
