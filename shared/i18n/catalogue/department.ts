import type { Labels } from "../lang";

/** The department's view of a consolidation in the pane: loaded with the Consolidate tab, not at first paint. */
export const departmentMessages = {
  "department.needsAction": { kk: "Шара қажет", ru: "Требуют действий", en: "Needs action" },
  "department.nothingToDo": {
    kk: "Барлық файл қабылданды, тізімдегі ұйымдардың бәрі тапсырды.",
    ru: "Все файлы приняты, все организации из списка сдали.",
    en: "Every file was accepted and every organization on the roster has sent.",
  },
  "department.errorCount": { kk: "Қателер саны: {count}", ru: "Ошибок: {count}", en: "Errors: {count}" },
  "department.noContacts": {
    kk: "Паспортта байланыс деректері жоқ.",
    ru: "Контактов в паспорте нет.",
    en: "No contacts in its Passport.",
  },
  "department.copyRemarks": {
    kk: "Осы ұйымға ескертулерді көшіру",
    ru: "Скопировать замечания для этой организации",
    en: "Copy the remarks for this organization",
  },
  "department.copied": {
    kk: "Ескертулер көшірілді: оларды хатқа қойыңыз.",
    ru: "Замечания скопированы: вставьте их в письмо.",
    en: "The remarks were copied: paste them into an e-mail.",
  },
  "department.copyFailed": {
    kk: "Көшіру мүмкін болмады: төмендегі мәтінді белгілеп, көшіріңіз.",
    ru: "Скопировать не удалось: выделите текст ниже и скопируйте его.",
    en: "Could not copy: select the text below and copy it.",
  },
  "department.remarksText": { kk: "Ескертулер мәтіні", ru: "Текст замечаний", en: "The remarks" },
  "department.remarks.greeting": { kk: "Құрметті әріптестер!", ru: "Уважаемые коллеги!", en: "Dear colleagues," },
  "department.remarks.rejected": {
    kk: "Сыбайлас жемқорлық тәуекелдеріне ішкі талдаудың «{file}» файлы қабылданбады, қателер саны: {errors}. Оларды түзетіп, файлды қайта жіберіңіз:",
    ru: "Файл внутреннего анализа коррупционных рисков «{file}» не принят, ошибок: {errors}. Исправьте их и отправьте файл снова:",
    en: "The file “{file}” of the internal analysis of corruption risks was not accepted, errors: {errors}. Please correct them and send the file again:",
  },
  "department.remarks.more": {
    kk: "Қалған қателерді Adal-дағы тексеру көрсетеді.",
    ru: "Остальные ошибки покажет проверка в Adal.",
    en: "Adal's check shows the others.",
  },
  "department.remarks.notReceived": {
    kk: "Сыбайлас жемқорлық тәуекелдеріне ішкі талдаудың жұмыс кітабы сізден келген жоқ. Оны жіберуіңізді сұраймыз.",
    ru: "Рабочая книга внутреннего анализа коррупционных рисков от вас не поступила. Просим её отправить.",
    en: "We have not received your workbook of the internal analysis of corruption risks. Please send it.",
  },
  "department.accepted": {
    kk: "Қабылданған файлдар: {count}",
    ru: "Принятые файлы: {count}",
    en: "Accepted files: {count}",
  },
  "department.superseded": {
    kk: "Жаңасымен ауыстырылған файлдар",
    ru: "Заменённые более новыми файлы",
    en: "Superseded files",
  },
  "department.rosterTemplate": {
    kk: "Ұйымдар тізімінің үлгісі, {language} (.xlsx)",
    ru: "Шаблон списка организаций, {language} (.xlsx)",
    en: "Roster template, {language} (.xlsx)",
  },
  "department.insertedBefore": {
    kk: "Жиынтық бұл жұмыс кітабына бұрын қосылған. Бұрынғы жиынтықтың парақтарын жаңасымен ауыстыру керек пе?",
    ru: "Свод уже вставлен в эту книгу. Заменить листы прежнего свода новыми?",
    en: "A summary was already inserted into this workbook. Replace the earlier summary's sheets with the new ones?",
  },
  "department.replace": {
    kk: "Бұрынғы парақтарды ауыстыру",
    ru: "Заменить прежние листы",
    en: "Replace the earlier sheets",
  },
  "department.name": {
    kk: "Бөлімнің атауы (міндетті емес)",
    ru: "Название отдела (необязательно)",
    en: "The department's name (optional)",
  },
  "department.nameHint": {
    kk: "Жиынтықтың тақырыбында және әр беттің басында тұрады.",
    ru: "Стоит в заголовке свода и вверху каждой страницы.",
    en: "It stands in the summary's title and at the top of every page.",
  },
  "department.cancel": { kk: "Бас тарту", ru: "Отмена", en: "Cancel" },
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
    kk: "тізімнің тілі, ол болмаса жұмыс кітаптарының көбінің тілі",
    ru: "язык перечня, без него — язык большинства книг",
    en: "the roster's language, else that of most workbooks",
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
  "pane.consolidate.insert": {
    kk: "Жиынтықты жаңа парақтар ретінде қосу",
    ru: "Вставить свод новыми листами",
    en: "Insert the summary as new sheets",
  },

  "pane.consolidate.open": {
    kk: "Жиынтықты жаңа кітап ретінде ашу",
    ru: "Открыть свод новой книгой",
    en: "Open the summary as a new workbook",
  },
  "pane.consolidate.opened": {
    kk: "Жиынтық жаңа кітап ретінде ашылды.",
    ru: "Свод открыт новой книгой.",
    en: "The summary was opened as a new workbook.",
  },
  "pane.consolidate.tooLargeToInsert": {
    kk: "Жиынтық ({size} МБ) Excel веб-нұсқасына парақ ретінде қосу үшін тым үлкен: ол жаңа кітап ретінде ашылады.",
    ru: "Свод ({size} МБ) слишком велик, чтобы вставить его листами в Excel в браузере: он открывается новой книгой.",
    en: "The summary ({size} MB) is too large to insert as sheets in Excel on the web: it is opened as a new workbook instead.",
  },
  "pane.consolidate.downloadFailed": {
    kk: "Жүктеу басталмаса, бұл Office терезесі файлдарды жүктеуге рұқсат етпейді: жиынтықты жаңа кітап ретінде ашып, оны сақтаңыз.",
    ru: "Если скачивание не началось, это окно Office не разрешает скачивать файлы: откройте свод новой книгой и сохраните её.",
    en: "If the download did not start, this Office window does not allow downloads: open the summary as a new workbook and save it.",
  },
} satisfies Record<string, Labels>;
