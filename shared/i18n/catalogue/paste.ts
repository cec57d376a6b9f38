import type { Labels } from "../lang";

/** The task pane's paste of many rows at once (Fill, the contracts). */
export const pasteMessages = {
  "pane.paste.open": {
    kk: "Excel-ден немесе 1С-тен жолдарды қою",
    ru: "Вставить строки из Excel или 1С",
    en: "Paste rows from Excel or 1C",
  },
  "pane.paste.title": { kk: "Жолдарды қою", ru: "Вставка строк", en: "Pasting rows" },
  "pane.paste.block": { kk: "Қойылған жолдар", ru: "Вставленные строки", en: "Pasted rows" },
  "pane.paste.hint": {
    kk: "Excel-де немесе 1С-те жолдарды белгілеп, көшіріп (Ctrl+C), осында қойыңыз (Ctrl+V). Тақырып жолы болмаса, бағандар мына ретпен: {columns}.",
    ru: "Выделите строки в Excel или 1С, скопируйте (Ctrl+C) и вставьте сюда (Ctrl+V). Без строки заголовков столбцы идут в таком порядке: {columns}.",
    en: "Select the rows in Excel or 1C, copy them (Ctrl+C) and paste them here (Ctrl+V). Without a header row, the columns go in this order: {columns}.",
  },
  "pane.paste.withHeader": {
    kk: "Бірінші жол — тақырып: бағандар атауы бойынша алынды.",
    ru: "Первая строка — заголовки: столбцы сопоставлены по названиям.",
    en: "The first row is a header: columns were matched by their names.",
  },
  "pane.paste.noHeader": {
    kk: "Тақырып жолы жоқ: бағандар нысандағы ретпен алынды.",
    ru: "Строки заголовков нет: столбцы взяты в порядке формы.",
    en: "No header row: columns were taken in the form's order.",
  },
  "pane.paste.columns": { kk: "Не оқылды", ru: "Что прочитано", en: "What was read" },
  "pane.paste.column": {
    kk: "{column}: {count} мән, мысалы «{sample}»",
    ru: "{column}: значений {count}, например «{sample}»",
    en: "{column}: {count} values, such as “{sample}”",
  },
  "pane.paste.columnEmpty": {
    kk: "{column}: мән жоқ",
    ru: "{column}: значений нет",
    en: "{column}: no values",
  },
  "pane.paste.columnNumbered": {
    kk: "{column}: кесте жолдарын өзі нөмірлейді, бұл баған оқылмайды",
    ru: "{column}: таблица нумерует строки сама, этот столбец не читается",
    en: "{column}: the table numbers its rows itself; this column is not read",
  },
  "pane.paste.columnUnknown": {
    kk: "{number}-баған «{header}»: нысанда мұндай баған жоқ, {count} мән оқылмайды",
    ru: "Столбец {number} «{header}»: в форме такого нет, значений не прочитано: {count}",
    en: "Column {number} “{header}”: not a column of the form; {count} values not read",
  },
  "pane.paste.columnExtra": {
    kk: "{number}-баған: нысанның бағандарынан тыс, {count} мән оқылмайды",
    ru: "Столбец {number}: за пределами столбцов формы, значений не прочитано: {count}",
    en: "Column {number}: beyond the form's columns; {count} values not read",
  },
  "pane.paste.columnMissing": {
    kk: "{column}: бұл баған қойылған жолдарда жоқ, ал ол міндетті",
    ru: "{column}: такого столбца во вставленных строках нет, а он обязателен",
    en: "{column}: not among the pasted columns, and it is required",
  },
  "pane.paste.counts": {
    kk: "Оқылған жолдар: {rows}; қосуға дайын: {good}; қатесі бар: {bad}.",
    ru: "Прочитано строк: {rows}; готовы к добавлению: {good}; с ошибками: {bad}.",
    en: "Rows read: {rows}; ready to add: {good}; with errors: {bad}.",
  },
  "pane.paste.errors": {
    kk: "Қатесі бар жолдар (қосылмайды)",
    ru: "Строки с ошибками (не добавляются)",
    en: "Rows with errors (not added)",
  },
  "pane.paste.warnings": {
    kk: "Ескертулер (жолдар қосылады)",
    ru: "Предупреждения (строки добавляются)",
    en: "Warnings (the rows are added)",
  },
  "pane.paste.finding": {
    kk: "{line}-жол, «{column}»: {message}",
    ru: "Строка {line}, «{column}»: {message}",
    en: "Row {line}, “{column}”: {message}",
  },
  "pane.paste.fixHint": {
    kk: "Жолдарды жоғарыдағы өрісте түзетіңіз: олар қайта оқылады. Немесе тек дұрыс жолдарды қосыңыз: қатесі барлары өрісте қалады.",
    ru: "Исправьте строки в поле выше — они прочитаются заново. Или добавьте только верные строки: строки с ошибками останутся в поле.",
    en: "Fix the rows in the box above and they are read again. Or add only the good rows: the rows with errors stay in the box.",
  },
  "pane.paste.add": { kk: "Жазбаларды қосу: {count}", ru: "Добавить записи: {count}", en: "Add {count} entries" },
  "pane.paste.addGood": {
    kk: "Тек дұрыс жазбаларды қосу: {count}",
    ru: "Добавить только верные записи: {count}",
    en: "Add only the {count} good entries",
  },
  "pane.paste.clear": { kk: "Өрісті тазарту", ru: "Очистить поле", en: "Clear the box" },
  "pane.paste.close": { kk: "Жабу", ru: "Закрыть", en: "Close" },
  "pane.paste.added": {
    kk: "«{sheet}» парағына {count} жазба қосылды (№ {first}–{last}).",
    ru: "На лист «{sheet}» добавлено записей: {count} (№ {first}–{last}).",
    en: "{count} entries added to the sheet “{sheet}” (No. {first}–{last}).",
  },
  "pane.paste.left": {
    kk: "Қатесі бар жолдар өрісте қалды ({count}): түзетіп, оларды да қосыңыз.",
    ru: "Строки с ошибками остались в поле ({count}): исправьте и добавьте их тоже.",
    en: "The rows with errors stay in the box ({count}): fix them and add them too.",
  },
} satisfies Record<string, Labels>;
