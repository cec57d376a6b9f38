import type { Labels } from "../lang";

/** The Excel task pane's own words. */
export const paneMessages = {
  "pane.language": { kk: "Тіл", ru: "Язык", en: "Language" },
  "pane.language.kk": { kk: "қазақ тілі", ru: "казахский", en: "Kazakh" },
  "pane.language.ru": { kk: "орыс тілі", ru: "русский", en: "Russian" },
  "pane.tabs": { kk: "Панель бөлімдері", ru: "Разделы панели", en: "Sections of the pane" },
  "pane.tab.start": { kk: "Бастау", ru: "Начало", en: "Start" },
  "pane.tab.fill": { kk: "Толтыру", ru: "Заполнение", en: "Fill" },
  "pane.tab.validate": { kk: "Тексеру", ru: "Проверка", en: "Validate" },
  "pane.tab.consolidate": { kk: "Біріктіру", ru: "Свод", en: "Consolidate" },
  "pane.failed": {
    kk: "Бірдеңе дұрыс болмады: {detail}",
    ru: "Что-то пошло не так: {detail}",
    en: "Something went wrong: {detail}",
  },
  "pane.workbench": {
    kk: "Сынақ алаңы: панель Excel-де емес, жадтағы жұмыс кітабымен жұмыс істейді.",
    ru: "Тестовый стенд: панель работает с книгой в памяти, а не в Excel.",
    en: "Workbench: the pane works on a workbook in memory, not in Excel.",
  },
  "pane.workbench.open": {
    kk: "Сынақ алаңында жұмыс кітабын ашу",
    ru: "Открыть книгу на стенде",
    en: "Open a workbook in the workbench",
  },
  "pane.workbench.opened": {
    kk: "Сынақ алаңында ашылды: {file}",
    ru: "Открыта на стенде: {file}",
    en: "Opened in the workbench: {file}",
  },

  "pane.loading": { kk: "Adal жүктелуде…", ru: "Adal загружается…", en: "Adal is loading…" },
  "pane.start.steps": { kk: "Жұмыс тәртібі", ru: "Порядок работы", en: "The steps" },
  "pane.start.step.insert": {
    kk: "Осы кітапқа стандартты парақтарды қосыңыз (немесе үлгі файлын ашыңыз).",
    ru: "Вставьте стандартные листы в эту книгу (или откройте файл шаблона).",
    en: "Insert the standardized sheets into this workbook (or open the template file).",
  },
  "pane.start.step.fill": {
    kk: "«Толтыру» қойындысында нысандарды толтырыңыз.",
    ru: "Заполните формы на вкладке «Заполнение».",
    en: "Fill in the forms on the Fill tab.",
  },
  "pane.start.step.validate": {
    kk: "«Тексеру» қойындысында кітапты тексеріңіз: қателер қалмауы тиіс.",
    ru: "Проверьте книгу на вкладке «Проверка»: ошибок остаться не должно.",
    en: "Check the workbook on the Validate tab until no errors remain.",
  },
  "pane.start.step.send": {
    kk: "Кітапты ұсынылған атаумен сақтап, білім бөліміне электрондық поштамен жіберіңіз.",
    ru: "Сохраните книгу под предложенным именем и отправьте её в отдел образования по электронной почте.",
    en: "Save the workbook under the suggested name and e-mail it to the education department.",
  },
  "pane.start.insert.kk": { kk: "Парақтарды қазақша қосу", ru: "Вставить листы на казахском", en: "Insert in Kazakh" },
  "pane.start.insert.ru": { kk: "Парақтарды орысша қосу", ru: "Вставить листы на русском", en: "Insert in Russian" },
  "pane.start.inserted": {
    kk: "Қосылған парақтар саны: {count}. {sheets}",
    ru: "Вставлено листов: {count}. {sheets}",
    en: "Sheets inserted: {count}. {sheets}",
  },
  "pane.start.unsupported": {
    kk: "Excel-дің бұл нұсқасы парақтарды файлдан қоса алмайды ({requirement} қажет). Оның орнына үлгі файлын ашыңыз немесе Excel веб-нұсқасын не Excel-дің жаңа нұсқасын пайдаланыңыз.",
    ru: "Эта версия Excel не умеет вставлять листы из файла (нужен {requirement}). Откройте вместо этого файл шаблона или используйте Excel в браузере либо более новую версию Excel.",
    en: "This version of Excel cannot insert sheets from a file (it needs {requirement}). Open the template file instead, or use Excel on the web or a newer Excel.",
  },
  "pane.start.download": {
    kk: "Үлгіні жүктеу: {file}",
    ru: "Скачать шаблон: {file}",
    en: "Download the template: {file}",
  },
  "pane.start.current": {
    kk: "Бұл кітапта Adal парақтары бар, тілі: {language}.",
    ru: "В этой книге есть листы Adal, язык: {language}.",
    en: "This workbook has the Adal sheets, in {language}.",
  },
  "pane.start.none": {
    kk: "Бұл жұмыс кітабында Adal парақтары әлі жоқ.",
    ru: "В этой книге ещё нет листов Adal.",
    en: "This workbook has no Adal sheets yet.",
  },
  "pane.start.already": {
    kk: "Парақтар осы кітапта бар. Басқа ұйымның жұмыс кітабын бастау үшін жаңа бос кітап ашыңыз.",
    ru: "Листы уже есть в этой книге. Чтобы начать книгу другой организации, откройте новую пустую книгу.",
    en: "The sheets are already here. To start another organization's workbook, open a new blank workbook.",
  },

  "pane.fill.form": { kk: "Не толтырылады", ru: "Что заполнить", en: "What to fill in" },
  "pane.fill.choose": { kk: "Таңдаңыз…", ru: "Выберите…", en: "Choose…" },
  "pane.fill.datePlaceholder": { kk: "кк.аа.жжжж", ru: "дд.мм.гггг", en: "dd.mm.yyyy" },
  "pane.fill.required": { kk: "Толтырыңыз.", ru: "Заполните.", en: "Fill this in." },
  "pane.fill.listsIn": {
    kk: "Тізімдер жұмыс кітабының тілінде: {language}.",
    ru: "Списки — на языке книги: {language}.",
    en: "Lists are in the workbook's language: {language}.",
  },
  "pane.fill.add": { kk: "Жолды қосу", ru: "Добавить строку", en: "Add the row" },
  "pane.fill.added": {
    kk: "«{sheet}» парағына {row}-жол қосылды.",
    ru: "На лист «{sheet}» добавлена строка {row}.",
    en: 'Row {row} added to the sheet "{sheet}".',
  },
  "pane.fill.show": { kk: "Көрсету", ru: "Показать", en: "Show it" },
  "pane.fill.noTable": {
    kk: "Жұмыс кітабында «{table}» кестесі жоқ: алдымен парақтарды қосыңыз («Бастау»).",
    ru: "В книге нет таблицы «{table}»: сначала вставьте листы («Начало»).",
    en: 'The workbook has no table "{table}": insert the sheets first (Start).',
  },
  "pane.fill.fixField": {
    kk: "«{field}» өрісін түзетіңіз: ештеңе жазылған жоқ.",
    ru: "Исправьте поле «{field}»: ничего не записано.",
    en: 'Correct the field "{field}": nothing was written.',
  },
  "pane.fill.saved": {
    kk: "«{sheet}» парағындағы {row}-жол сақталды.",
    ru: "Строка {row} на листе «{sheet}» сохранена.",
    en: 'Row {row} saved on the sheet "{sheet}".',
  },
  "pane.fill.computed": {
    kk: "{column}: {value} (кестеде есептеледі)",
    ru: "{column}: {value} (вычисляется в таблице)",
    en: "{column}: {value} (computed in the table)",
  },
  "pane.fill.saveRow": { kk: "{entry}-жолды сақтау", ru: "Сохранить строку {entry}", en: "Save row {entry}" },
  "pane.fill.cancelEdit": { kk: "Түзетуден бас тарту", ru: "Отменить правку", en: "Cancel editing" },
  "pane.fill.rows": {
    kk: "Кестедегі жолдар: {count}",
    ru: "Строк в таблице: {count}",
    en: "Rows in the table: {count}",
  },
  "pane.fill.noRows": {
    kk: "Кестеде әзірге жол жоқ.",
    ru: "В таблице пока нет строк.",
    en: "The table has no rows yet.",
  },
  "pane.fill.edit": { kk: "Түзету", ru: "Изменить", en: "Edit" },
  "pane.fill.editRow": { kk: "{entry}-жолды түзету", ru: "Изменить строку {entry}", en: "Edit row {entry}" },
  "pane.fill.delete": { kk: "Жою", ru: "Удалить", en: "Delete" },
  "pane.fill.deleteRow": { kk: "{entry}-жолды жою", ru: "Удалить строку {entry}", en: "Delete row {entry}" },
  "pane.fill.confirmDelete": {
    kk: "Иә, {entry}-жолды жою",
    ru: "Да, удалить строку {entry}",
    en: "Yes, delete row {entry}",
  },
  "pane.fill.staffing.totals": {
    kk: "Барлығы: {units} штат бірлігі, {occupied} адам жұмыс істейді; қабылданды {hired}, шықты {dismissed}; кадрлардың тұрақтамауы {turnover}.",
    ru: "Всего: {units} шт. ед., работают {occupied} чел.; принято {hired}, уволено {dismissed}; текучесть кадров {turnover}.",
    en: "In all: {units} staff units, {occupied} employed; {hired} hired, {dismissed} dismissed; staff turnover {turnover}.",
  },
  "pane.fill.noSheets": {
    kk: "Бұл жұмыс кітабында Adal парақтары жоқ: алдымен оларды «Бастау» қойындысында қосыңыз.",
    ru: "В этой книге нет листов Adal: сначала вставьте их на вкладке «Начало».",
    en: "This workbook has no Adal sheets: insert them on the Start tab first.",
  },
  "pane.fill.directions.save": {
    kk: "Бағыттарды жазу",
    ru: "Записать направления",
    en: "Write the directions",
  },
  "pane.fill.directions.saved": {
    kk: "Жазылған мәндер саны: {count}.",
    ru: "Записано значений: {count}.",
    en: "Values written: {count}.",
  },
  "pane.fill.directions.addRisk": {
    kk: "Осы бағыт бойынша тәуекелді қосу",
    ru: "Добавить риск по этому направлению",
    en: "Add a risk of this direction",
  },
  "pane.fill.directions.riskListed": {
    kk: "Осы бағыт бойынша тәуекелдер: {count}.",
    ru: "Рисков по этому направлению: {count}.",
    en: "Risks of this direction: {count}.",
  },
  "pane.fill.partlySaved": {
    kk: "Жазылған мәндер саны: {count}. «{field}» өрісін түзетіңіз: ол жазылған жоқ.",
    ru: "Записано значений: {count}. Исправьте поле «{field}»: оно не записано.",
    en: 'Values written: {count}. Correct the field "{field}": it was not written.',
  },
  "pane.fill.passport.read": { kk: "Жұмыс кітабынан оқу", ru: "Прочитать из книги", en: "Read from the workbook" },
  "pane.fill.passport.discard": {
    kk: "Иә, енгізгенімді тастап, кітаптан оқу",
    ru: "Да, отбросить введённое и прочитать из книги",
    en: "Yes, discard my typing and read the workbook",
  },
  "pane.fill.passport.save": { kk: "Төлқұжатқа жазу", ru: "Записать в паспорт", en: "Write to the Passport" },
  "pane.fill.passport.saved": {
    kk: "Төлқұжатқа жазылған мәндер саны: {count}.",
    ru: "В паспорт записано значений: {count}.",
    en: "Values written to the Passport: {count}.",
  },
  "pane.fill.passport.missing": {
    kk: "Жұмыс кітабында төлқұжат жоқ: алдымен парақтарды қосыңыз («Бастау»).",
    ru: "В книге нет паспорта: сначала вставьте листы («Начало»).",
    en: "The workbook has no Passport: insert the sheets first (Start).",
  },

  "pane.validate.sheetCounts": {
    kk: "қате: {errors}, ескерту: {warnings}",
    ru: "ошибок: {errors}, предупреждений: {warnings}",
    en: "errors: {errors}, warnings: {warnings}",
  },
  "pane.validate.errorsOnly": { kk: "Тек қателер", ru: "Только ошибки", en: "Errors only" },
  "pane.validate.repeated": {
    kk: "{count} жолда: {message}",
    ru: "В {count} строках: {message}",
    en: "{count} rows: {message}",
  },
  "pane.validate.stale": {
    kk: "Тексеруден кейін кітап өзгерді: қайта тексеріңіз.",
    ru: "Книга изменилась после проверки: проверьте её снова.",
    en: "The workbook changed since the check: validate again.",
  },
  "pane.validate.run": { kk: "Жұмыс кітабын тексеру", ru: "Проверить книгу", en: "Validate the workbook" },
  "pane.validate.running": { kk: "Тексерілуде…", ru: "Проверка…", en: "Checking…" },
  "pane.validate.ready": { kk: "Жіберуге дайын", ru: "Готово к отправке", en: "Ready to send" },
  "pane.validate.notReady": {
    kk: "Әзірге дайын емес: қателерді түзетіңіз",
    ru: "Пока не готово: исправьте ошибки",
    en: "Not ready yet: fix the errors",
  },
  "pane.validate.counts": {
    kk: "Қателер: {errors}. Ескертулер: {warnings}.",
    ru: "Ошибок: {errors}. Предупреждений: {warnings}.",
    en: "Errors: {errors}. Warnings: {warnings}.",
  },
  "pane.validate.stamped": {
    kk: "Тексеру белгісі жұмыс кітабына жазылды. Кітапты сақтап, білім бөліміне жіберіңіз.",
    ru: "Отметка о проверке записана в книгу. Сохраните её и отправьте в отдел образования.",
    en: "The validation stamp is written into the workbook. Save it and send it to the education department.",
  },
  "pane.validate.notStamped": {
    kk: "Тексеру белгісі жазылмады: жұмыс кітабында _meta парағы жоқ.",
    ru: "Отметку о проверке записать не удалось: в книге нет листа _meta.",
    en: "The validation stamp could not be written: the workbook has no _meta sheet.",
  },
  "pane.validate.fileName": { kk: "Файлдың атауы:", ru: "Имя файла:", en: "File name:" },
  "pane.validate.findings": { kk: "Табылғандар", ru: "Замечания", en: "Findings" },
  "pane.validate.wholeFile": { kk: "Бүкіл жұмыс кітабы", ru: "Вся книга", en: "The whole workbook" },
  "pane.validate.error": { kk: "Қате", ru: "Ошибка", en: "Error" },
  "pane.validate.warning": { kk: "Ескерту", ru: "Предупреждение", en: "Warning" },
  "pane.validate.cannotSelect": {
    kk: "{cell} ұяшығын көрсету мүмкін емес: оның парағы жасырылған немесе жойылған.",
    ru: "Ячейку {cell} не показать: её лист скрыт или удалён.",
    en: "The cell {cell} cannot be shown: its sheet is hidden or gone.",
  },

  "pane.consolidate.intro": {
    kk: "Білім бөлімі үшін: ұйымдардан келген жұмыс кітаптарын таңдаңыз, Adal әрқайсысын тексеріп, жиынтық жасайды.",
    ru: "Для отдела образования: выберите книги, полученные от организаций, — Adal проверит каждую и составит свод.",
    en: "For the education department: choose the workbooks received from organizations; Adal checks each one and makes the summary.",
  },
  "pane.consolidate.files": {
    kk: "Келген жұмыс кітаптары (.xlsx)",
    ru: "Полученные книги (.xlsx)",
    en: "Received workbooks (.xlsx)",
  },
  "pane.consolidate.chosen": {
    kk: "Таңдалған файлдар: {count}",
    ru: "Выбрано файлов: {count}",
    en: "Files chosen: {count}",
  },
  "pane.consolidate.run": { kk: "Жиынтық жасау", ru: "Составить свод", en: "Make the summary" },
  "pane.consolidate.reading": {
    kk: "Файлдар тексерілуде: {done}/{total}",
    ru: "Проверка файлов: {done} из {total}",
    en: "Checking files: {done} of {total}",
  },
  "pane.consolidate.writing": {
    kk: "Жиынтық жазылуда: {done}/{total} ұйым",
    ru: "Запись свода: {done} из {total} организаций",
    en: "Writing the summary: {done} of {total} organizations",
  },
  "pane.consolidate.counts": {
    kk: "Қабылданды: {accepted}. Қабылданбады: {rejected}. Жаңасымен ауыстырылды: {superseded}. Тапсырмағандар: {missing}.",
    ru: "Принято: {accepted}. Отклонено: {rejected}. Заменено более новыми: {superseded}. Не сдали: {missing}.",
    en: "Accepted: {accepted}. Rejected: {rejected}. Superseded: {superseded}. Missing: {missing}.",
  },
  "pane.consolidate.roster": {
    kk: "Ұйымдар тізімі (міндетті емес)",
    ru: "Список организаций (необязательно)",
    en: "Roster (optional)",
  },
  "pane.consolidate.rosterHint": {
    kk: "Тізім берілсе, жиынтық жұмыс кітабын тапсырмаған ұйымдарды атайды.",
    ru: "Со списком свод назовёт организации, не сдавшие рабочую книгу.",
    en: "With a roster, the summary names the organizations that have not sent a workbook.",
  },
  "pane.consolidate.summaryLang": { kk: "Жиынтықтың тілі", ru: "Язык свода", en: "Summary language" },
  "pane.consolidate.langAuto": {
    kk: "жұмыс кітаптарының көбінің тілі",
    ru: "язык большинства книг",
    en: "the language of most workbooks",
  },
  "pane.consolidate.rosterUnusable": {
    kk: "{file} тізімін пайдалану мүмкін емес: {reason}",
    ru: "Список {file} нельзя использовать: {reason}",
    en: "The roster {file} cannot be used: {reason}",
  },
  "pane.consolidate.missing": { kk: "Тапсырмағандар", ru: "Не сдали", en: "Missing" },
  "pane.consolidate.ledger": { kk: "Файлдар", ru: "Файлы", en: "Files" },
  "pane.consolidate.download": { kk: "Жиынтықты жүктеу", ru: "Скачать свод", en: "Download the summary" },
  "pane.consolidate.clearFiles": { kk: "Файлдарды тазалау", ru: "Очистить список файлов", en: "Clear the files" },
  "pane.consolidate.redact": {
    kk: "Мүдделер қақтығысындағы аты-жөндерді жасыру (кілтті хэш)",
    ru: "Скрыть ФИО в конфликтах интересов (хэш с ключом)",
    en: "Hide the names in conflicts of interest (keyed hash)",
  },
  "pane.consolidate.insertAgain": {
    kk: "Иә, жиынтықты екінші рет қосу (парақтар «(2)» деп қосылады)",
    ru: "Да, вставить свод ещё раз (листы добавятся с «(2)»)",
    en: 'Yes, insert the summary again (the sheets are added with "(2)")',
  },
  "pane.consolidate.insert": {
    kk: "Жиынтықты жаңа парақтар ретінде қосу",
    ru: "Вставить свод новыми листами",
    en: "Insert the summary as new sheets",
  },

  "pane.legacy": {
    kk: "Excel-дің бұл нұсқасы қондырмаларды {browser} арқылы ашады, ал онда Adal жұмыс істей алмайды. Excel веб-нұсқасын немесе Excel-дің жаңа нұсқасын ({versions}) пайдаланыңыз, не жұмыс кітабын пәрмен жолында тексеріңіз: adal validate.",
    ru: "Эта версия Excel открывает надстройки в {browser}, где Adal не может работать. Используйте Excel в браузере или более новую версию Excel ({versions}) либо проверьте книгу в командной строке: adal validate.",
    en: "This version of Excel opens add-ins in {browser}, where Adal cannot run. Use Excel on the web or a newer Excel ({versions}), or check the workbook on the command line: adal validate.",
  },
} satisfies Record<string, Labels>;
