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
} satisfies Record<string, Labels>;
