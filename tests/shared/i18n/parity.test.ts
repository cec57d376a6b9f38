import { ALL_FORMS, LISTS, TEMPLATES, valueColumns } from "../../../shared/forms";
import { CLI_MESSAGES } from "../../../shared/i18n/cli-text";
import { DEPARTMENT_MESSAGES } from "../../../shared/i18n/department-text";
import { LANGS, type Labels } from "../../../shared/i18n/lang";
import { PASTE_MESSAGES } from "../../../shared/i18n/paste-text";
import { SUMMARY_MESSAGES } from "../../../shared/i18n/summary-text";
import { MESSAGES } from "../../../shared/i18n/translate";
import { DOCUMENT_MESSAGES } from "../../../shared/report/text";
import { foldText } from "../../../shared/values";

/** Every user-facing text of the product, with where it comes from. */
function everyText(): [string, Labels][] {
  const texts: [string, Labels][] = [];
  for (const form of ALL_FORMS) {
    texts.push([`${form.id}.sheet`, form.sheet], [`${form.id}.title`, form.title]);
    for (const c of [...form.columns, ...valueColumns(form)]) {
      texts.push([`${form.id}.${c.key}`, c.labels]);
      if (c.hint) texts.push([`${form.id}.${c.key}.hint`, c.hint]);
    }
  }
  for (const list of Object.values(LISTS))
    for (const item of list.items) texts.push([`${list.id}.${item.code}`, item.labels]);
  for (const [id, labels] of Object.entries({
    ...MESSAGES,
    ...CLI_MESSAGES,
    ...DEPARTMENT_MESSAGES,
    ...PASTE_MESSAGES,
    ...SUMMARY_MESSAGES,
  }))
    texts.push([id, labels]);
  return texts;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
// Latin in Kazakh texts only where it is a name, a file, an address, a key or an option of the command line.
const LATIN_ALLOWED =
  /\b(template|templates|help|validate|consolidate|report)\b|SHA-256|Excel|Sakura|BilimClass|https?:\/\/|school@mail\.kz|adal|--[a-z-]+|kk\|ru\|en|kk\|ru|\bkk\b|\bru\b|vakr-kk\.xlsx|\.docx\b|\{\w+\}|\bBIN\b|\.xlsx?\b|\b(CSV|HTML|PDF)\b|Adal|_meta|_lists|\bOffice\b|\bExcelApi\b|\bAPI\b|\bEnter\b|\bEsc\b|\bCtrl\+[CV]\b/g;
// The same word in both languages, where Kazakh really uses the Russian form.
const SAME_IN_KK_AND_RU = new Set([
  "№",
  "Колледж",
  "Аукцион",
  "Да",
  "Нет",
  "Контрагент",
  "Файл",
  "SHA-256",
  "Платформа",
]);

describe("every user-facing text", () => {
  const texts = everyText();

  it("exists in Kazakh, Russian and English, and is not blank", () => {
    for (const [where, labels] of texts) {
      for (const lang of LANGS)
        expect([where, lang, (labels[lang]?.trim().length ?? 0) > 0]).toEqual([where, lang, true]);
    }
  });

  it("is written in Kazakh with Kazakh words, not copied from Russian", () => {
    const copied = texts.filter(([, l]) => l.kk === l.ru && !SAME_IN_KK_AND_RU.has(l.kk)).map(([where]) => where);
    expect(copied).toEqual([]);
  });

  it("uses the Kazakh letters in Kazakh texts, never a Latin transliteration", () => {
    const latin = texts
      .filter(([, l]) => /[A-Za-z]/.test(l.kk.replace(LATIN_ALLOWED, "")))
      .map(([w, l]) => `${w}: ${l.kk}`);
    expect(latin).toEqual([]);
    const withKazakhLetters = texts.filter(([, l]) => KAZAKH_LETTERS.test(l.kk)).length;
    expect(withKazakhLetters / texts.length).toBeGreaterThan(0.8);
  });

  it("has no Cyrillic in English texts", () => {
    const cyrillic = texts
      .filter(([, l]) => /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(l.en.replace(/«[^»]*»/g, "")))
      .map(([w]) => w);
    expect(cyrillic).toEqual([]);
  });
});

describe("every sentence of the drafted documents", () => {
  const texts = Object.entries(DOCUMENT_MESSAGES);

  it("exists in Kazakh and Russian, not blank, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, labels] of texts) {
      expect([id, labels.kk.trim() !== "", labels.ru.trim() !== ""]).toEqual([id, true, true]);
      expect([id, placeholders(labels.kk)]).toEqual([id, placeholders(labels.ru)]);
    }
  });

  it("is written in Kazakh with Kazakh words and letters, never copied from Russian", () => {
    expect(texts.filter(([, l]) => l.kk === l.ru && !/^[{}\w\s_]+$/.test(l.kk)).map(([id]) => id)).toEqual([]);
    expect(texts.filter(([, l]) => /[A-Za-z]/.test(l.kk.replace(LATIN_ALLOWED, ""))).map(([id]) => id)).toEqual([]);
    expect(texts.filter(([, l]) => KAZAKH_LETTERS.test(l.kk)).length / texts.length).toBeGreaterThan(0.8);
  });
});

describe("sheet names", () => {
  it.each(Object.entries(TEMPLATES))("are unique and at most 31 characters in the %s template", (_, template) => {
    for (const lang of LANGS) {
      const names = template.forms.map((f) => f.sheet[lang]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    }
  });
});

describe("lists", () => {
  it.each(Object.values(LISTS).map((l) => [l.id, l] as const))(
    "%s has unique codes, and no two items read alike",
    (_, list) => {
      const codes = list.items.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
      const owner = new Map<string, string>();
      for (const item of list.items) {
        for (const text of [item.code, ...LANGS.map((l) => item.labels[l]), ...item.synonyms]) {
          const key = foldText(text);
          expect([text, owner.get(key) ?? item.code]).toEqual([text, item.code]);
          owner.set(key, item.code);
        }
      }
    },
  );

  it("hold the 17 regions and 3 cities of republican significance", () => {
    expect(LISTS.region.items).toHaveLength(20);
    expect(LISTS.region.items.filter((i) => i.labels.ru.startsWith("город"))).toHaveLength(3);
  });
});

describe("table headers", () => {
  it.each(ALL_FORMS.map((f) => [f.id, f] as const))(
    "of %s are unique in every language (Excel table columns)",
    (_, form) => {
      for (const lang of LANGS) {
        const headers = form.columns.map((c) => c.labels[lang].toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
      }
    },
  );
});
