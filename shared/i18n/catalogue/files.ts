import type { Labels } from "../lang";

/**
 * Why a whole file cannot be read: one message per file fault code (`file.<code>`), and for a file that is not
 * a zip, one per kind with its own advice (`file.file_not_zip.<kind>`). Each says what is wrong and what to do.
 */
export const fileMessages = {
  "file.file_empty": {
    kk: "Файл бос (0 байт): ол толық сақталмаған немесе жіберу кезінде бүлінген болуы мүмкін. Жұмыс кітабын Excel-де қайта сақтап, қайта жіберіңіз.",
    ru: "Файл пустой (0 байт): возможно, он не сохранился до конца или повредился при пересылке. Сохраните рабочую книгу в Excel ещё раз и отправьте заново.",
    en: "The file is empty (0 bytes): it may not have been saved completely, or was damaged on the way. Save the workbook in Excel again and send it again.",
  },
  "file.file_not_zip": {
    kk: "Бұл Excel жұмыс кітабы (.xlsx) емес, атауының соңы .xlsx деп өзгертілген басқа файл. Жұмыс кітабыңызды Excel-де ашып, «Excel кітабы (*.xlsx)» ретінде сақтаңыз.",
    ru: "Это не рабочая книга Excel (.xlsx), а файл другого вида, которому дали расширение .xlsx. Откройте свою рабочую книгу в Excel и сохраните её как «Книга Excel (*.xlsx)».",
    en: "This is not an Excel workbook (.xlsx) but another kind of file renamed to .xlsx. Open your workbook in Excel and save it as “Excel Workbook (*.xlsx)”.",
  },
  "file.file_not_zip.csv": {
    kk: "Бұл атауының соңы .xlsx деп өзгертілген мәтіндік файл (CSV). Оны Excel-де ашып, «Excel кітабы (*.xlsx)» ретінде сақтаңыз.",
    ru: "Это текстовый файл (CSV), которому дали расширение .xlsx. Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».",
    en: "This is a text (CSV) file renamed to .xlsx. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  },
  "file.file_not_zip.html": {
    kk: "Бұл атауының соңы .xlsx деп өзгертілген веб-бет (HTML): кейбір бағдарламалар мен сайттар кестелерді осылай түсіреді. Оны Excel-де ашып, «Excel кітабы (*.xlsx)» ретінде сақтаңыз.",
    ru: "Это веб-страница (HTML), которой дали расширение .xlsx: так выгружают таблицы некоторые программы и сайты. Откройте её в Excel и сохраните как «Книга Excel (*.xlsx)».",
    en: "This is a web page (HTML) renamed to .xlsx, as some programs and websites export tables. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
  },
  "file.file_not_zip.pdf": {
    kk: "Бұл Excel жұмыс кітабы емес, PDF құжаты. Басып шығарылған нұсқасын немесе сканын емес, толтырылған .xlsx жұмыс кітабының өзін жіберіңіз.",
    ru: "Это документ PDF, а не рабочая книга Excel. Отправьте саму заполненную рабочую книгу .xlsx, а не её распечатку или скан.",
    en: "This is a PDF document, not an Excel workbook. Send the filled .xlsx workbook itself, not a printout or a scan of it.",
  },
  "file.file_ole": {
    kk: "Файл құпиясөзбен қорғалған немесе Excel 97–2003 ескі пішімінде (.xls) сақталған. Оны Excel-де ашып, құпиясөзсіз «Excel кітабы (*.xlsx)» ретінде сақтаңыз.",
    ru: "Файл защищён паролем или сохранён в старом формате Excel 97–2003 (.xls). Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)» без пароля.",
    en: "The file is protected with a password or saved in the old Excel 97–2003 format (.xls). Open it in Excel and save it as “Excel Workbook (*.xlsx)” without a password.",
  },
  "file.file_corrupt": {
    kk: "Файл бүлінген, оны оқу мүмкін емес (толық жүктелмеген немесе көшірілмеген болуы мүмкін). Оны Excel-де ашып көріңіз: ашылса, қайта сақтаңыз, ашылмаса, файлды қайта жіберуді сұраңыз.",
    ru: "Файл повреждён, его не удаётся прочитать (возможно, он скачан или скопирован не полностью). Откройте его в Excel: если открывается, сохраните заново, если нет, попросите прислать файл ещё раз.",
    en: "The file is damaged and cannot be read (it may have been downloaded or copied only in part). Open it in Excel: if it opens, save it again; if not, ask for the file to be sent again.",
  },
  "file.file_not_workbook": {
    kk: "Бұл Excel жұмыс кітабы емес, басқа түрдегі мұрағат немесе құжат (мысалы, мәтіндік құжат). Толтырылған .xlsx жұмыс кітабын жіберіңіз.",
    ru: "Это не рабочая книга Excel, а архив или документ другого вида (например, документ Word). Отправьте заполненную рабочую книгу .xlsx.",
    en: "This is not an Excel workbook but an archive or another kind of document (such as a Word document). Send the filled .xlsx workbook.",
  },
  "file.file_too_large": {
    kk: "Файл тым үлкен: {limitMb} МБ-тан асады. Бұл дұрыс жұмыс кітабы екенін тексеріңіз, артық парақтар мен суреттерді өшіріп, қайта сақтаңыз.",
    ru: "Файл слишком большой: больше {limitMb} МБ. Проверьте, что это нужная рабочая книга, удалите лишние листы и картинки и сохраните её заново.",
    en: "The file is too large: over {limitMb} MB. Check that it is the right workbook, delete extra sheets and pictures, and save it again.",
  },
  "file.file_zip_bomb": {
    kk: "Файл ашылғанда деректер көлемі шектен тыс өседі, зиянды файлдар осылай жасалады. Файл оқылмады. Жіберушіден жұмыс кітабын Excel-де қайта сақтауды сұраңыз.",
    ru: "Файл распаковывается в недопустимо большой объём данных, так устроены вредоносные файлы. Файл не прочитан. Попросите отправителя сохранить рабочую книгу в Excel заново.",
    en: "The file unpacks into an unreasonable amount of data, as harmful files do. It was not read. Ask the sender to save the workbook in Excel again.",
  },
  "file.file_too_many_cells": {
    kk: "Файлда толтырылған ұяшықтар тым көп ({limit} ұяшықтан астам). Бұл дұрыс жұмыс кітабы екенін тексеріп, артық парақтар мен деректерді өшіріңіз.",
    ru: "В файле слишком много заполненных ячеек (больше {limit}). Проверьте, что это нужная рабочая книга, и удалите лишние листы и данные.",
    en: "The file has too many filled cells (over {limit}). Check that it is the right workbook, and delete extra sheets and data.",
  },
  "file.file_xml_dtd": {
    kk: "Файлда шабуылдарда қолданылатын, Excel ешқашан жазбайтын құрылымдар бар. Файл оқылмады. Жіберушіден жұмыс кітабын Excel-де қайта сақтауды сұраңыз.",
    ru: "В файле есть конструкции, которые используют для атак и которые Excel никогда не записывает. Файл не прочитан. Попросите отправителя сохранить рабочую книгу в Excel заново.",
    en: "The file holds constructs used in attacks, which Excel never writes. It was not read. Ask the sender to save the workbook in Excel again.",
  },
  "file.file_xml_malformed": {
    kk: "Файл бүлінген: жұмыс кітабының ішіндегі деректер қатемен жазылған (оны басқа бағдарлама сақтаған болуы мүмкін). Оны Excel-де ашып, қайта сақтаңыз.",
    ru: "Файл повреждён: данные внутри рабочей книги записаны с ошибками (возможно, её сохранила другая программа). Откройте её в Excel и сохраните заново.",
    en: "The file is damaged: the data inside the workbook is written with errors (perhaps another program saved it). Open it in Excel and save it again.",
  },
} satisfies Record<string, Labels>;
