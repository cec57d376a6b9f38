import type { Labels } from "../lang";

/** The summary workbook's own words: its notes, the Intake's outcomes and reasons, the Missing notes. */
export const summaryMessages = {
  "summary.note": {
    kk: "Жиынтық: {orgs} ұйым, {files} файл. Кестелерді сүзгімен іріктеуге болады.",
    ru: "Свод: организаций {orgs}, файлов {files}. Таблицы можно фильтровать.",
    en: "Summary: {orgs} organizations, {files} files. The tables can be filtered.",
  },
  "summary.part": {
    kk: "{table} кестесінің жалғасы ({part}-бөлік): бір парақ Excel-дің жол шегіне сыймады.",
    ru: "Продолжение таблицы {table} (часть {part}): один лист не вмещает столько строк Excel.",
    en: "Continuation of the {table} table (part {part}): one sheet cannot hold that many rows in Excel.",
  },
  "summary.outcome.accepted": { kk: "қабылданды", ru: "принят", en: "accepted" },
  "summary.outcome.rejected": { kk: "қабылданбады", ru: "отклонён", en: "rejected" },
  "summary.outcome.superseded": { kk: "жаңасымен ауыстырылды", ru: "заменён более новым", en: "superseded" },
  "summary.stamp.valid": { kk: "расталған", ru: "действительна", en: "valid" },
  "summary.stamp.changed": {
    kk: "тексеруден кейін өзгертілген",
    ru: "изменён после проверки",
    en: "changed after validation",
  },
  "summary.stamp.absent": { kk: "жоқ", ru: "нет", en: "none" },
  "summary.reason.errors": {
    kk: "Қателер саны: {errors}. {problems}",
    ru: "Ошибок: {errors}. {problems}",
    en: "Errors: {errors}. {problems}",
  },
  "summary.reason.superseded": {
    kk: "Осы ұйымның кейінірек жіберілген файлы алынды: {file}",
    ru: "Взят более поздний файл этой организации: {file}",
    en: "A later file of this organization was taken: {file}",
  },
  "summary.reason.partlySuperseded": {
    kk: "{count} ұйымның деректері кейінірек файлдардан алынды: {files}",
    ru: "Данные {count} организаций взяты из более поздних файлов: {files}",
    en: "{count} organizations were taken from later files: {files}",
  },
  "summary.reason.notOnRoster": {
    kk: "Ұйым тізімде жоқ: тізімді тексеріңіз.",
    ru: "Организации нет в списке: проверьте список.",
    en: "The organization is not on the roster: check the roster.",
  },
  "summary.reason.identifiedBy.salvaged": {
    kk: "Ұйым файлдың бүтін қалған бөліктеріндегі паспорт бойынша анықталды.",
    ru: "Организация определена по паспорту из уцелевших частей файла.",
    en: "The organization was told from the Passport in the parts of the file that survived.",
  },
  "summary.reason.identifiedBy.fileName": {
    kk: "Ұйым файлдың атауы бойынша тізімнен анықталды: тексеріңіз.",
    ru: "Организация определена по имени файла и списку организаций: проверьте.",
    en: "The organization was told from the file's name and the roster: check it.",
  },
  "summary.missing.notReceived": {
    kk: "Файл келмеді.",
    ru: "Файл не поступал.",
    en: "No file received.",
  },
  "summary.missing.rejected": {
    kk: "Файл келді, бірақ қабылданбады: {file}",
    ru: "Файл поступил, но отклонён: {file}",
    en: "A file came but was rejected: {file}",
  },
  "summary.missing.unreadable": {
    kk: "{file} файлы келді, бірақ оны оқу мүмкін болмады: {reason}",
    ru: "Поступил файл {file}, но его не удалось прочитать: {reason}",
    en: "Sent {file}, which could not be read: {reason}",
  },
} satisfies Record<string, Labels>;
