import type { Labels } from "../lang";

/** The command line's own words. */
export const cliMessages = {
  "cli.usage": {
    kk: `Пайдалану: adal <команда> [параметрлер]

Командалар:
  template --lang kk|ru [--roster] --out ФАЙЛ   бос стандартты жұмыс кітабын жазу
  templates --out-dir ҚАЛТА                      барлық үлгілерді (kk, ru, тізім) жазу
  help                                           осы анықтаманы көрсету

Мысалы: adal template --lang kk --out vakr-kk.xlsx`,
    ru: `Использование: adal <команда> [параметры]

Команды:
  template --lang kk|ru [--roster] --out ФАЙЛ   записать пустую стандартную рабочую книгу
  templates --out-dir ПАПКА                      записать все шаблоны (kk, ru, список организаций)
  help                                           показать эту справку

Пример: adal template --lang ru --out vakr-ru.xlsx`,
    en: `Usage: adal <command> [options]

Commands:
  template --lang kk|ru [--roster] --out FILE   write an empty standardized workbook
  templates --out-dir DIR                        write every template (kk, ru, roster)
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
  "cli.needsOutDir": { kk: "--out-dir ҚАЛТА көрсетіңіз", ru: "укажите --out-dir ПАПКА", en: "give --out-dir DIR" },
  "cli.cannotWrite": {
    kk: "{file} файлын жазу мүмкін болмады: {reason}",
    ru: "Не удалось записать {file}: {reason}",
    en: "Could not write {file}: {reason}",
  },
} satisfies Record<string, Labels>;
