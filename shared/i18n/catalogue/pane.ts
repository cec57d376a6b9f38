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

  "pane.start.intro": {
    kk: "Осы жұмыс кітабына стандартты парақтарды қазақ немесе орыс тілінде қосыңыз.",
    ru: "Вставьте стандартные листы в эту книгу на казахском или русском языке.",
    en: "Insert the standardized sheets into this workbook, in Kazakh or in Russian.",
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
    kk: "Бұл жұмыс кітабы: {template} үлгісі, {version}-нұсқа, тілі: {language}.",
    ru: "Эта книга: шаблон {template}, версия {version}, язык: {language}.",
    en: "This workbook: template {template}, version {version}, language: {language}.",
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
  "pane.fill.fix": {
    kk: "Белгіленген өрістерді түзетіңіз: ештеңе жазылған жоқ.",
    ru: "Исправьте отмеченные поля: ничего не записано.",
    en: "Correct the marked fields: nothing was written.",
  },
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
  "pane.fill.passport.read": { kk: "Жұмыс кітабынан оқу", ru: "Прочитать из книги", en: "Read from the workbook" },
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
  "pane.report.analytical": {
    kk: "Талдамалық анықтама (.docx)",
    ru: "Аналитическая справка (.docx)",
    en: "Analytical report (.docx)",
  },
  "pane.report.department": {
    kk: "Бөлімнің жиынтық ақпараты (.docx)",
    ru: "Сводная информация отдела (.docx)",
    en: "Department report (.docx)",
  },
  "pane.report.making": { kk: "Құжат жасалуда…", ru: "Документ составляется…", en: "Drafting the document…" },
  "pane.report.download": { kk: "Жүктеу: {file}", ru: "Скачать: {file}", en: "Download: {file}" },
  "pane.report.blocked": {
    kk: "Жүктеу басталмаса (Excel-дің кейбір терезелері жүктеуге тыйым салады), құжатты командалық жолда жасаңыз: {command}",
    ru: "Если скачивание не начинается (некоторые окна Excel запрещают скачивание), составьте документ в командной строке: {command}",
    en: "If the download does not start (some Excel windows block downloads), draft it on the command line: {command}",
  },
  "pane.report.none": {
    kk: "Бұл жұмыс кітабынан құжат жасау мүмкін емес: {reason}",
    ru: "По этой книге нельзя составить документ: {reason}",
    en: "No document can be drafted from this workbook: {reason}",
  },
  "pane.consolidate.download": { kk: "Жиынтықты жүктеу", ru: "Скачать свод", en: "Download the summary" },
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
  "pane.fault.cell_editing": {
    kk: "Алдымен ұяшықты өңдеуді аяқтаңыз (Enter немесе Esc пернесін басыңыз), содан кейін қайталаңыз.",
    ru: "Сначала закончите редактировать ячейку (нажмите Enter или Esc), затем повторите.",
    en: "Finish editing the cell first (press Enter or Esc), then try again.",
  },
  "pane.fault.too_large": {
    kk: "Бұл сұраныс Excel веб-нұсқасы үшін тым үлкен. Жұмыс кітабын Excel-дің жұмыс үстелі нұсқасында ашыңыз немесе пәрмен жолында тексеріңіз: adal validate.",
    ru: "Этот запрос слишком велик для Excel в браузере. Откройте книгу в настольном Excel или проверьте её в командной строке: adal validate.",
    en: "This request is too large for Excel on the web. Open the workbook in desktop Excel, or check it on the command line: adal validate.",
  },
  "pane.validate.oldHighlights": {
    kk: "Мына парақтардағы бұрынғы белгілер қалды, себебі ондағы шартты пішімдеудің бір ережесін Excel оқи алмады: {sheets}.",
    ru: "На этих листах остались прежние отметки: Excel не смог прочитать одно из правил условного форматирования на них: {sheets}.",
    en: "Earlier highlights were left on these sheets, as Excel could not read one of their conditional formatting rules: {sheets}.",
  },
  "pane.requirement": {
    kk: "«{tab}» бөліміне Excel-дің жаңарақ нұсқасы қажет ({requirement}). Excel веб-нұсқасын пайдаланыңыз немесе жұмыс кітабын пәрмен жолында тексеріңіз: adal validate.",
    ru: "Разделу «{tab}» нужна более новая версия Excel ({requirement}). Используйте Excel в браузере или проверьте книгу в командной строке: adal validate.",
    en: "The {tab} tab needs a newer Excel ({requirement}). Use Excel on the web, or check the workbook on the command line: adal validate.",
  },
  "pane.start.create.kk": {
    kk: "Үлгіден жаңа кітап (қазақша)",
    ru: "Новая книга из шаблона (на казахском)",
    en: "New workbook from the template (Kazakh)",
  },
  "pane.start.create.ru": {
    kk: "Үлгіден жаңа кітап (орысша)",
    ru: "Новая книга из шаблона (на русском)",
    en: "New workbook from the template (Russian)",
  },
  "pane.create.unsupported": {
    kk: "Excel-дің бұл нұсқасы файлдан жаңа кітап аша алмайды ({requirement} қажет). Файлды жүктеп алып, оны ашыңыз.",
    ru: "Эта версия Excel не умеет открывать новую книгу из файла (нужен {requirement}). Скачайте файл и откройте его.",
    en: "This version of Excel cannot open a new workbook from a file (it needs {requirement}). Download the file and open it.",
  },
  "pane.start.created": {
    kk: "Жаңа кітап ашылды: онымен жұмыс істеңіз және Adal панелін сол жерде ашыңыз.",
    ru: "Новая книга открыта: работайте в ней и откройте панель Adal там.",
    en: "A new workbook was opened: work in it, and open the Adal pane there.",
  },
  "pane.start.orInsert": {
    kk: "Немесе парақтарды осы кітапқа қосыңыз (тек онда Adal парақтары мен кестелерінің атаулары болмаса):",
    ru: "Или вставьте листы в эту книгу (только если в ней нет листов и таблиц с именами Adal):",
    en: "Or insert the sheets into this workbook (only when it has no sheets or tables with Adal's names):",
  },
  "pane.start.namesTaken": {
    kk: "Бұл кітапта Adal атаулары бұрыннан бар ({names}): қосылған парақтардың тізімдері мен _meta сәйкес келмес еді. Үлгіден жаңа кітап ашыңыз.",
    ru: "В этой книге уже есть имена Adal ({names}): у вставленных листов разошлись бы списки и _meta. Откройте новую книгу из шаблона.",
    en: "This workbook already has Adal's names ({names}): the inserted sheets' lists and _meta would not line up. Open a new workbook from the template.",
  },
  "pane.start.notRepaired": {
    kk: "Қосылғаннан кейін түзетілмеді: {problems}.",
    ru: "После вставки не удалось исправить: {problems}.",
    en: "After inserting, this could not be repaired: {problems}.",
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
  "pane.about": { kk: "Бағдарлама туралы", ru: "О программе", en: "About" },
  "pane.about.copy": { kk: "Мәтін ретінде көшіру", ru: "Скопировать текстом", en: "Copy as text" },
  "pane.about.copied": { kk: "Көшірілді.", ru: "Скопировано.", en: "Copied." },
  "pane.about.copyFailed": {
    kk: "Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз.",
    ru: "Скопировать не удалось: выделите текст и скопируйте его сами.",
    en: "Could not copy: select the text and copy it yourself.",
  },
  "pane.about.version": { kk: "Adal нұсқасы", ru: "Версия Adal", en: "Adal version" },
  "pane.about.contract": { kk: "Келісім нұсқасы", ru: "Версия контракта", en: "Contract version" },
  "pane.about.host": { kk: "Қолданба", ru: "Приложение", en: "Host" },
  "pane.about.platform": { kk: "Платформа", ru: "Платформа", en: "Platform" },
  "pane.about.office": { kk: "Office нұсқасы", ru: "Версия Office", en: "Office version" },
  "pane.about.apiSets": { kk: "API жиынтықтары", ru: "Наборы API", en: "API sets" },
  "pane.about.displayLanguage": { kk: "Интерфейс тілі", ru: "Язык интерфейса", en: "Display language" },
} satisfies Record<string, Labels>;
