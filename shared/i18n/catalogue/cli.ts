import type { Labels } from "../lang";

/** The command line's own words. */
export const cliMessages = {
  "cli.usage": {
    kk: `Пайдалану: adal <команда> [параметрлер]

Командалар:
  template --lang kk|ru [--roster] --out ФАЙЛ   бос стандартты жұмыс кітабын жазу
  templates --out-dir ҚАЛТА                      барлық үлгілерді (kk, ru, тізім) жазу
  validate ФАЙЛ|ҚАЛТА... [--json] [--lang kk|ru|en]
                                                 толтырылған жұмыс кітаптарын тексеру (қалта: ондағы .xlsx файлдары)
  consolidate ФАЙЛ|ҚАЛТА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--json] [--redact]
                                                 жұмыс кітаптарын (немесе бөлімдердің жиынтықтарын) бір жиынтыққа біріктіру
  report ФАЙЛ --out ФАЙЛ.docx [--lang kk|ru] [--title АТАУЫ]
                                                 талдамалық анықтама (жұмыс кітабынан) немесе бөлімнің жиынтық ақпараты (жиынтықтан)
  help                                           осы анықтаманы көрсету

Мысалы: adal template --lang kk --out vakr-kk.xlsx`,
    ru: `Использование: adal <команда> [параметры]

Команды:
  template --lang kk|ru [--roster] --out ФАЙЛ   записать пустую стандартную рабочую книгу
  templates --out-dir ПАПКА                      записать все шаблоны (kk, ru, список организаций)
  validate ФАЙЛ|ПАПКА... [--json] [--lang kk|ru|en]
                                                 проверить заполненные рабочие книги (папка: её файлы .xlsx)
  consolidate ФАЙЛ|ПАПКА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--json] [--redact]
                                                 свести рабочие книги (или своды отделов) в одну сводную книгу
  report ФАЙЛ --out ФАЙЛ.docx [--lang kk|ru] [--title НАЗВАНИЕ]
                                                 аналитическая справка (из рабочей книги) или сводная информация отдела (из свода)
  help                                           показать эту справку

Пример: adal template --lang ru --out vakr-ru.xlsx`,
    en: `Usage: adal <command> [options]

Commands:
  template --lang kk|ru [--roster] --out FILE   write an empty standardized workbook
  templates --out-dir DIR                        write every template (kk, ru, roster)
  validate FILE|FOLDER... [--json] [--lang kk|ru|en]
                                                 check filled workbooks (a folder: its .xlsx files)
  consolidate FILE|FOLDER... --out FILE [--roster FILE] [--lang kk|ru] [--json] [--redact]
                                                 consolidate workbooks (or departments' summaries) into one summary
  report FILE --out FILE.docx [--lang kk|ru] [--title NAME]
                                                 the analytical report (from a workbook) or the department's report (from a summary)
  help                                           show this help

Example: adal template --lang kk --out vakr-kk.xlsx`,
  },
  "cli.written": { kk: "Жазылды: {file}", ru: "Записано: {file}", en: "Written: {file}" },
  "cli.unknownCommand": {
    kk: "«{command}» деген команда жоқ. Анықтама: adal --help",
    ru: "Нет команды «{command}». Справка: adal --help",
    en: 'There is no command "{command}". Help: adal --help',
  },
  "cli.badArguments": {
    kk: "Параметрлер дұрыс емес: {reason}. Анықтама: adal --help",
    ru: "Неверные параметры: {reason}. Справка: adal --help",
    en: "Wrong arguments: {reason}. Help: adal --help",
  },
  "cli.needsLang": {
    kk: "--lang kk немесе --lang ru көрсетіңіз",
    ru: "укажите --lang kk или --lang ru",
    en: "give --lang kk or --lang ru",
  },
  "cli.needsOut": { kk: "--out ФАЙЛ көрсетіңіз", ru: "укажите --out ФАЙЛ", en: "give --out FILE" },
  "cli.report.needsFile": {
    kk: "бір жұмыс кітабын немесе жиынтықты көрсетіңіз",
    ru: "укажите одну рабочую книгу или свод",
    en: "give one workbook or summary",
  },
  "cli.report.draft": {
    kk: "{file} файлында қателер бар ({errors}): анықтама әр бетінде белгіленген жоба болып жазылды. Қателердің тізімі: adal validate {file}",
    ru: "В {file} есть ошибки ({errors}): справка записана как проект, отмеченный на каждой странице. Список ошибок: adal validate {file}",
    en: "{file} has errors ({errors}): the report is written as a draft, marked so on every page. The errors: adal validate {file}",
  },
  "cli.report.notUsable": {
    kk: "{file} бойынша құжат жасау мүмкін емес: {reason}",
    ru: "По {file} нельзя составить документ: {reason}",
    en: "No document can be drafted from {file}: {reason}",
  },
  "cli.needsOutDir": { kk: "--out-dir ҚАЛТА көрсетіңіз", ru: "укажите --out-dir ПАПКА", en: "give --out-dir DIR" },
  "cli.cannotWrite": {
    kk: "{file} файлын жазу мүмкін болмады: {reason}",
    ru: "Не удалось записать {file}: {reason}",
    en: "Could not write {file}: {reason}",
  },
  "cli.needsFiles": {
    kk: "тексерілетін файлдарды көрсетіңіз",
    ru: "укажите файлы для проверки",
    en: "give the files to check",
  },
  "cli.needsUiLang": {
    kk: "--lang kk|ru|en болуы керек",
    ru: "--lang должен быть kk|ru|en",
    en: "--lang must be kk|ru|en",
  },
  "cli.ready": {
    kk: "{file}: жіберуге дайын ({warnings} ескерту)",
    ru: "{file}: готов к отправке (предупреждений: {warnings})",
    en: "{file}: ready to send (warnings: {warnings})",
  },
  "cli.notReady": {
    kk: "{file}: дайын емес — {errors} қате, {warnings} ескерту",
    ru: "{file}: не готов — ошибок: {errors}, предупреждений: {warnings}",
    en: "{file}: not ready — errors: {errors}, warnings: {warnings}",
  },
  "cli.stamp.absent": {
    kk: "Тексеру белгісі жоқ",
    ru: "Отметки о проверке нет",
    en: "Not stamped as validated",
  },
  "cli.stamp.valid": {
    kk: "Тексеру белгісі жарамды ({at})",
    ru: "Отметка о проверке действительна ({at})",
    en: "Validation stamp valid ({at})",
  },
  "cli.stamp.changed": {
    kk: "Тексерілгеннен кейін деректер өзгерген ({at})",
    ru: "Данные изменены после проверки ({at})",
    en: "Data changed after validation ({at})",
  },
  "cli.needsInputs": {
    kk: "біріктірілетін файлдарды немесе қалталарды көрсетіңіз",
    ru: "укажите файлы или папки для свода",
    en: "give the files or folders to consolidate",
  },
  "cli.needsSummaryLang": {
    kk: "--lang kk немесе ru болуы керек",
    ru: "--lang должен быть kk или ru",
    en: "--lang must be kk or ru",
  },
  "cli.rosterUnusable": {
    kk: "{file} тізімін пайдалану мүмкін емес: {reason}",
    ru: "Список {file} нельзя использовать: {reason}",
    en: "The roster {file} cannot be used: {reason}",
  },
  "cli.progress.reading": { kk: "Файлдарды оқу", ru: "Чтение файлов", en: "Reading files" },
  "cli.progress.writing": { kk: "Жиынтықты жазу", ru: "Запись свода", en: "Writing the summary" },
  "cli.ledger.counts": {
    kk: "Қабылданды: {accepted}, қабылданбады: {rejected}, ауыстырылды: {superseded}, тапсырмағандар: {missing}",
    ru: "Принято: {accepted}, отклонено: {rejected}, заменено: {superseded}, не сдали: {missing}",
    en: "Accepted: {accepted}, rejected: {rejected}, superseded: {superseded}, missing: {missing}",
  },
  "cli.ledger.rejected": { kk: "Қабылданбағандар:", ru: "Отклонены:", en: "Rejected:" },
  "cli.ledger.superseded": { kk: "Ауыстырылғандар:", ru: "Заменены:", en: "Superseded:" },
  "cli.ledger.missing": { kk: "Тапсырмағандар:", ru: "Не сдали:", en: "Missing:" },
  "cli.wholeFile": { kk: "Бүкіл файл", ru: "Весь файл", en: "Whole file" },
  "cli.severity.error": { kk: "қате", ru: "ошибка", en: "error" },
  "cli.severity.warning": { kk: "ескерту", ru: "предупр.", en: "warning" },
} satisfies Record<string, Labels>;
