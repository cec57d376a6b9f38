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
  consolidate ФАЙЛ|ҚАЛТА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--department АТАУЫ] [--json] [--redact]
                                                 жұмыс кітаптарын (немесе бөлімдердің жиынтықтарын) бір жиынтыққа біріктіру
  report ФАЙЛ --out ФАЙЛ.docx [--lang kk|ru] [--title АТАУЫ]
                                                 талдамалық анықтама (жұмыс кітабынан) немесе бөлімнің жиынтық ақпараты (жиынтықтан)
  help                                           осы анықтаманы көрсету
  --version                                      Adal нұсқасы және үлгі нұсқасы

Әр команданың өз анықтамасы бар: adal validate --help
Мысалы: adal template --lang kk --out vakr-kk.xlsx`,
    ru: `Использование: adal <команда> [параметры]

Команды:
  template --lang kk|ru [--roster] --out ФАЙЛ   записать пустую стандартную рабочую книгу
  templates --out-dir ПАПКА                      записать все шаблоны (kk, ru, список организаций)
  validate ФАЙЛ|ПАПКА... [--json] [--lang kk|ru|en]
                                                 проверить заполненные рабочие книги (папка: её файлы .xlsx)
  consolidate ФАЙЛ|ПАПКА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--department НАЗВАНИЕ] [--json] [--redact]
                                                 свести рабочие книги (или своды отделов) в одну сводную книгу
  report ФАЙЛ --out ФАЙЛ.docx [--lang kk|ru] [--title НАЗВАНИЕ]
                                                 аналитическая справка (из рабочей книги) или сводная информация отдела (из свода)
  help                                           показать эту справку
  --version                                      версия Adal и версия шаблона

У каждой команды своя справка: adal validate --help
Пример: adal template --lang ru --out vakr-ru.xlsx`,
    en: `Usage: adal <command> [options]

Commands:
  template --lang kk|ru [--roster] --out FILE   write an empty standardized workbook
  templates --out-dir DIR                        write every template (kk, ru, roster)
  validate FILE|FOLDER... [--json] [--lang kk|ru|en]
                                                 check filled workbooks (a folder: its .xlsx files)
  consolidate FILE|FOLDER... --out FILE [--roster FILE] [--lang kk|ru] [--department NAME] [--json] [--redact]
                                                 consolidate workbooks (or departments' summaries) into one summary
  report FILE --out FILE.docx [--lang kk|ru] [--title NAME]
                                                 the analytical report (from a workbook) or the department's report (from a summary)
  help                                           show this help
  --version                                      Adal's version and the template's version

Each command has its own help: adal validate --help
Example: adal template --lang kk --out vakr-kk.xlsx`,
  },
  "cli.help.template": {
    kk: `Пайдалану: adal template --lang kk|ru [--roster] --out ФАЙЛ

Бос стандартты жұмыс кітабын жазады: ұйымның жұмыс кітабын, ал --roster берілсе, бөлімнің ұйымдар тізімін.
  --lang kk|ru   жұмыс кітабының тілі
  --roster       ұйымның жұмыс кітабының орнына ұйымдар тізімі
  --out ФАЙЛ     қайда жазу (қалтасы жоқ болса, жасалады)
Шығу коды: 0 жазылды, 1 жазу мүмкін болмады, 2 параметрлер дұрыс емес.`,
    ru: `Использование: adal template --lang kk|ru [--roster] --out ФАЙЛ

Записывает пустую стандартную рабочую книгу: книгу организации, а с --roster — список организаций отдела.
  --lang kk|ru   язык рабочей книги
  --roster       список организаций вместо книги организации
  --out ФАЙЛ     куда записать (папка создаётся, если её нет)
Код выхода: 0 записано, 1 записать не удалось, 2 неверные параметры.`,
    en: `Usage: adal template --lang kk|ru [--roster] --out FILE

Writes an empty standardized workbook: an organization's workbook, or with --roster a department's roster.
  --lang kk|ru   the workbook's language
  --roster       the roster instead of an organization's workbook
  --out FILE     where to write it (its folder is made when missing)
Exit code: 0 written, 1 it could not be written, 2 wrong arguments.`,
  },
  "cli.help.templates": {
    kk: `Пайдалану: adal templates --out-dir ҚАЛТА

Төрт үлгіні қалтаға жазады: ұйымның жұмыс кітабы мен ұйымдар тізімі, қазақ және орыс тілінде.
Шығу коды: 0 жазылды, 1 бір файлды жазу мүмкін болмады, 2 параметрлер дұрыс емес.`,
    ru: `Использование: adal templates --out-dir ПАПКА

Записывает в папку четыре шаблона: книгу организации и список организаций, на казахском и на русском.
Код выхода: 0 записано, 1 какой-то файл записать не удалось, 2 неверные параметры.`,
    en: `Usage: adal templates --out-dir DIR

Writes the four templates into the folder: an organization's workbook and the roster, in Kazakh and in Russian.
Exit code: 0 written, 1 a file could not be written, 2 wrong arguments.`,
  },
  "cli.help.validate": {
    kk: `Пайдалану: adal validate ФАЙЛ|ҚАЛТА... [--json] [--lang kk|ru|en]

Толтырылған жұмыс кітаптарын тексереді (қалта: ондағы және ішкі қалталарындағы .xlsx файлдары). Әр файлдың қорытындысы мен табылған қателерін шығарады: алдымен дайын еместерін, соңында санын.
  --json          нәтиже машина оқитын түрде
  --lang kk|ru|en хабарламалардың тілі (әйтпесе командалық жолдың тілі)
Шығу коды: 0 барлық файл дайын, 1 дайын емес немесе оқылмаған файл бар, 2 параметрлер дұрыс емес.`,
    ru: `Использование: adal validate ФАЙЛ|ПАПКА... [--json] [--lang kk|ru|en]

Проверяет заполненные рабочие книги (папка: файлы .xlsx в ней и в её подпапках). Выводит заключение и найденные ошибки по каждому файлу: сначала неготовые, в конце — итог.
  --json          результат в формате JSON
  --lang kk|ru|en язык сообщений (иначе язык командной строки)
Код выхода: 0 все файлы готовы, 1 есть неготовый или непрочитанный файл, 2 неверные параметры.`,
    en: `Usage: adal validate FILE|FOLDER... [--json] [--lang kk|ru|en]

Checks filled workbooks (a folder: the .xlsx files in it and its subfolders). Prints each file's verdict and findings, the files that are not ready first, then the counts.
  --json          the result as JSON
  --lang kk|ru|en the messages' language (else the command line's)
Exit code: 0 every file is ready, 1 a file is not ready or cannot be read, 2 wrong arguments.`,
  },
  "cli.help.consolidate": {
    kk: `Пайдалану: adal consolidate ФАЙЛ|ҚАЛТА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--department АТАУЫ] [--json] [--redact]

Ұйымдардың жұмыс кітаптарын (немесе бөлімдердің жиынтықтарын) бір жиынтыққа біріктіреді және әр файлдың тағдырын көрсетеді.
  --out ФАЙЛ      жиынтық: толық жазылады немесе мүлде жазылмайды (жаңасы дайын болғанша бұрынғы файл сақталады)
  --roster ФАЙЛ   бөлімнің ұйымдар тізімі: кім тапсыруы тиіс
  --lang kk|ru    жиынтықтың тілі (әйтпесе жұмыс кітаптарының көбі толтырылған тіл)
  --department АТАУЫ  бөлімнің атауы: жиынтықтың тақырыбында және әр беттің басында
  --json          нәтиже машина оқитын түрде
  --redact        мүдделер қақтығысы кестесіндегі адамдардың аты-жөнінің орнына бас әріптері мен қысқа хэш
Шығу коды: 0 жиынтық жазылды, 1 жазу мүмкін болмады, 2 параметрлер дұрыс емес.`,
    ru: `Использование: adal consolidate ФАЙЛ|ПАПКА... --out ФАЙЛ [--roster ФАЙЛ] [--lang kk|ru] [--department НАЗВАНИЕ] [--json] [--redact]

Сводит рабочие книги организаций (или своды отделов) в одну сводную книгу и показывает, что стало с каждым файлом.
  --out ФАЙЛ      сводная книга: записывается целиком или никак (прежний файл остаётся, пока новый не готов)
  --roster ФАЙЛ   список организаций отдела: кто должен сдать
  --lang kk|ru    язык свода (иначе язык, на котором заполнено больше книг)
  --department НАЗВАНИЕ  название отдела: в заголовке свода и вверху каждой страницы
  --json          результат в формате JSON
  --redact        имена людей в таблице конфликтов интересов заменяются инициалами и коротким хешем
Код выхода: 0 свод записан, 1 записать не удалось, 2 неверные параметры.`,
    en: `Usage: adal consolidate FILE|FOLDER... --out FILE [--roster FILE] [--lang kk|ru] [--department NAME] [--json] [--redact]

Consolidates organizations' workbooks (or departments' summaries) into one summary and says what became of each file.
  --out FILE      the summary: written whole or not at all (the earlier file stays until the new one is complete)
  --roster FILE   the department's roster: who must submit
  --lang kk|ru    the summary's language (else the language most workbooks were filled in)
  --department NAME  the department's name: in the summary's title and every page's header
  --json          the result as JSON
  --redact        persons' names in the conflicts of interest as initials and a short hash
Exit code: 0 the summary was written, 1 it could not be, 2 wrong arguments.`,
  },
  "cli.written": { kk: "Жазылды: {file}", ru: "Записано: {file}", en: "Written: {file}" },
  "cli.unknownCommand": {
    kk: "«{command}» деген команда жоқ. Анықтама: adal --help",
    ru: "Нет команды «{command}». Справка: adal --help",
    en: 'There is no command "{command}". Help: adal --help',
  },
  "cli.badArguments": {
    kk: "Параметрлер дұрыс емес: {reason}. Анықтама: adal {command} --help",
    ru: "Неверные параметры: {reason}. Справка: adal {command} --help",
    en: "Wrong arguments: {reason}. Help: adal {command} --help",
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
    kk: "{file} файлын жазу мүмкін болмады: {reason}. Файл бұрынғы күйінде қалды.",
    ru: "Не удалось записать {file}: {reason}. Файл остался прежним.",
    en: "Could not write {file}: {reason}. The file was left as it was.",
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
  "cli.roster.isWorkbook": {
    kk: "бұл ұйымның жұмыс кітабы, тізім емес.",
    ru: "это рабочая книга организации, а не список.",
    en: "this is an organization's workbook, not a roster.",
  },
  "cli.roster.isSummary": {
    kk: "бұл бөлімнің жиынтығы, тізім емес.",
    ru: "это свод отдела, а не список.",
    en: "this is a department's summary, not a roster.",
  },
  "cli.roster.notOurs": {
    kk: "бұл файл тізім үлгісінен жасалмаған.",
    ru: "этот файл сделан не по шаблону списка.",
    en: "this file was not made from the roster template.",
  },
  "cli.roster.what": {
    kk: "Тізім — есеп тапсыруы тиіс ұйымдардың бөлім жүргізетін тізбесі, ол тізім үлгісінен жасалады: adal template --lang kk --roster --out тізім.xlsx",
    ru: "Список — это перечень организаций, которые должны сдать отчёт, который ведёт отдел; его делают по шаблону списка: adal template --lang ru --roster --out список.xlsx",
    en: "A roster is the department's list of the organizations that must submit, made from the roster template: adal template --lang ru --roster --out roster.xlsx",
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
  "cli.tally": {
    kk: "Файлдар: {files}; дайын: {ready}, дайын емес: {notReady}, оқылмады: {unreadable}",
    ru: "Файлов: {files}; готовы: {ready}, не готовы: {notReady}, не прочитаны: {unreadable}",
    en: "Files: {files}; ready: {ready}, not ready: {notReady}, unreadable: {unreadable}",
  },
  "cli.version": {
    kk: "adal {version}; жұмыс кітабы үлгісінің нұсқасы {contract}",
    ru: "adal {version}; версия шаблона рабочих книг {contract}",
    en: "adal {version}; workbook template version {contract}",
  },
  "cli.unknownOption": {
    kk: "{option} деген параметр жоқ",
    ru: "нет параметра {option}",
    en: "there is no option {option}",
  },
  "cli.optionNeedsValue": {
    kk: "{option} параметріне мән керек",
    ru: "для {option} нужно значение",
    en: "{option} needs a value",
  },
  "cli.unexpectedArgument": {
    kk: "артық аргумент: {argument}",
    ru: "лишний аргумент: {argument}",
    en: "unexpected argument: {argument}",
  },
  "cli.noSuchInput": {
    kk: "{path} деген файл не қалта жоқ",
    ru: "нет файла или папки {path}",
    en: "there is no file or folder {path}",
  },
  "cli.noWorkbooks": {
    kk: "{folder} қалтасында жұмыс кітаптары (.xlsx) табылмады",
    ru: "в папке {folder} не найдено рабочих книг (.xlsx)",
    en: "no workbooks (.xlsx) found in {folder}",
  },
  "cli.outIsInput": {
    kk: "--out {file} — оқылатын файлдардың бірі, жиынтық оның үстіне жазылар еді; басқа --out көрсетіңіз",
    ru: "--out {file} — один из читаемых файлов, свод записался бы поверх него; укажите другой --out",
    en: "--out {file} is one of the files to read, and the summary would overwrite it; give another --out",
  },
  "cli.outIsRoster": {
    kk: "--out {file} — тізім файлы, жиынтық оның үстіне жазылар еді; басқа --out көрсетіңіз",
    ru: "--out {file} — это файл списка, свод записался бы поверх него; укажите другой --out",
    en: "--out {file} is the roster, and the summary would overwrite it; give another --out",
  },
  "cli.busy": {
    kk: "{file} файлын қазір adal-дың басқа іске қосылуы жазып жатыр, сондықтан бұл іске қосылу тоқтады. Басқа іске қосылу жоқ болса (ол үзілген болса), {part} файлын өшіріп, қайта іске қосыңыз.",
    ru: "Файл {file} сейчас записывает другой запуск adal, поэтому этот запуск остановлен. Если другого запуска нет (он был прерван), удалите {part} и запустите снова.",
    en: "Another run of adal is writing {file} right now, so this run stopped. If no other run is going (one was interrupted), delete {part} and run again.",
  },
  "cli.fault.diskFull": { kk: "дискіде орын қалмады", ru: "на диске нет места", en: "the disk is full" },
  "cli.fault.tooBig": {
    kk: "файл жүйе рұқсат ететін өлшемнен асады",
    ru: "файл больше, чем разрешает система",
    en: "the file is larger than the system allows",
  },
  "cli.fault.denied": { kk: "рұқсат жоқ", ru: "нет прав доступа", en: "permission denied" },
  "cli.fault.readOnly": {
    kk: "диск тек оқуға арналған",
    ru: "диск доступен только для чтения",
    en: "the disk is read-only",
  },
  "cli.fault.missing": {
    kk: "мұндай файл не қалта жоқ",
    ru: "такого файла или папки нет",
    en: "there is no such file or folder",
  },
  "cli.fault.notFolder": {
    kk: "жолдың бір бөлігі қалта емес, файл",
    ru: "часть пути — файл, а не папка",
    en: "a part of the path is a file, not a folder",
  },
  "cli.fault.isFolder": { kk: "бұл қалта", ru: "это папка", en: "it is a folder" },
  "cli.fault.io": {
    kk: "енгізу-шығару қатесі: диск немесе онымен байланыс істен шықты",
    ru: "ошибка ввода-вывода: сбой диска или связи с ним",
    en: "an input/output error: the disk or the connection to it failed",
  },
  "cli.fault.loop": {
    kk: "сілтемелер бір-біріне шеңбер бойымен апарады",
    ru: "ссылки ведут по кругу",
    en: "the links lead round in a circle",
  },
  "cli.fault.nameTooLong": { kk: "атауы тым ұзын", ru: "слишком длинное имя", en: "the name is too long" },
  "cli.fault.tooManyOpen": {
    kk: "бір мезгілде тым көп файл ашық",
    ru: "открыто слишком много файлов",
    en: "too many files are open at once",
  },
  "cli.fault.notRegular": {
    kk: "бұл кәдімгі файл емес (арна, сокет немесе құрылғы)",
    ru: "это не обычный файл (канал, сокет или устройство)",
    en: "it is not a regular file (a pipe, a socket or a device)",
  },
  "cli.fault.danglingLink": {
    kk: "бұл жоқ файлға сілтеме",
    ru: "это ссылка на несуществующий файл",
    en: "it is a link to a file that does not exist",
  },
  "cli.fault.other": { kk: "жүйелік қате {code}", ru: "системная ошибка {code}", en: "system error {code}" },
} satisfies Record<string, Labels>;
