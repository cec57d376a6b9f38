import type { Labels } from "../lang";

/**
 * What a finding says and how to fix it, one message per finding code (`finding.<code>`).
 * `{field}` is the label of the finding's column; `{…Field}` another column's label; `{…Date}` a date.
 */
export const findingMessages = {
  "finding.template_missing": {
    kk: "Бұл файл Adal үлгісімен жасалмаған (жасырын «_meta» парағы жоқ). Үлгіні жүктеп алып, деректерді соған көшіріңіз немесе қондырмада «Парақтарды қосу» батырмасын басыңыз.",
    ru: "Этот файл сделан не по шаблону Adal (нет скрытого листа «_meta»). Скачайте шаблон и перенесите данные в него или нажмите «Вставить листы» в надстройке.",
    en: "This file was not made from the Adal template (there is no hidden “_meta” sheet). Download the template and move the data into it, or click “Insert sheets” in the add-in.",
  },
  "finding.template_unexpected": {
    kk: "Бұл ұйымның жұмыс кітабы емес («{template}» үлгісі). Ұйымның толтырылған жұмыс кітабын тексеріңіз.",
    ru: "Это не рабочая книга организации (шаблон «{template}»). Проверьте заполненную рабочую книгу организации.",
    en: "This is not an organization's workbook (template “{template}”). Check an organization's filled workbook.",
  },
  "finding.template_not_roster": {
    kk: "Бұл файл ұйымдар тізімі емес: тізім үлгісінен жасалған тізімді таңдаңыз.",
    ru: "Этот файл не список организаций: выберите список, сделанный по его шаблону.",
    en: "This file is not a roster: choose one made from the roster template.",
  },
  "finding.template_unknown_version": {
    kk: "Үлгінің нұсқасы {version} белгісіз: бағдарлама {supported} нұсқаларын оқиды. Үлгінің жаңа нұсқасын жүктеп алып, деректерді соған көшіріңіз.",
    ru: "Версия шаблона {version} неизвестна: программа читает версии {supported}. Скачайте актуальный шаблон и перенесите данные в него.",
    en: "Template version {version} is unknown: this program reads versions {supported}. Download the current template and move the data into it.",
  },
  "finding.form_missing": {
    kk: "«{formName}» парағы табылмады. Оны үлгіден қайта көшіріңіз, кестені жоймаңыз.",
    ru: "Не найден лист «{formName}». Скопируйте его из шаблона заново и не удаляйте таблицу.",
    en: "The “{formName}” sheet was not found. Copy it again from the template and keep its table.",
  },
  "finding.form_table_missing": {
    kk: "Парақтағы Excel кестесі жоғалған (басқа бағдарламада сақталған болуы мүмкін): деректер парақтың атауы мен тақырып жолы бойынша оқылды. Тексеріп шығыңыз.",
    ru: "На листе потеряна таблица Excel (возможно, файл сохранили в другой программе): данные прочитаны по названию листа и строке заголовков. Проверьте их.",
    en: "The sheet lost its Excel table (perhaps saved by another program): the data was read by the sheet's name and header row. Check it.",
  },
  "finding.columns_changed": {
    kk: "Кестеде {expected} баған болуы керек, ал {found} баған бар. Бағандарды қоспаңыз және жоймаңыз: парақты үлгіден қайта көшіріңіз.",
    ru: "В таблице должно быть столбцов: {expected}, а их {found}. Не добавляйте и не удаляйте столбцы: скопируйте лист из шаблона заново.",
    en: "The table should have {expected} columns but has {found}. Do not add or delete columns: copy the sheet again from the template.",
  },
  "finding.column_moved": {
    kk: "Мұнда «{expectedField}» бағаны тұруы керек: бағандардың ретін өзгертпеңіз.",
    ru: "Здесь должен стоять столбец «{expectedField}»: не меняйте порядок столбцов.",
    en: "The “{expectedField}” column belongs here: do not reorder the columns.",
  },
  "finding.required": {
    kk: "«{field}» толтырылмаған: бұл міндетті.",
    ru: "Не заполнено «{field}»: это обязательно.",
    en: "“{field}” is empty: it is required.",
  },
  "finding.one_of_required": {
    kk: "«{field}» немесе «{otherField}» толтырыңыз.",
    ru: "Заполните «{field}» или «{otherField}».",
    en: "Fill in “{field}” or “{otherField}”.",
  },
  "finding.risk_reason_missing": {
    kk: "Лауазым сыбайлас жемқорлық тәуекеліне ұшыраған деп белгіленген: себебін «{field}» бағанына жазыңыз.",
    ru: "Должность отмечена как подверженная коррупционным рискам: укажите причину в столбце «{field}».",
    en: "The position is marked as exposed to corruption risks: give the reason in “{field}”.",
  },
  "finding.measures_missing": {
    kk: "Туысы тікелей бағынысты: мүдделер қақтығысын реттеу шараларын «{field}» бағанына жазыңыз.",
    ru: "Родственник в прямой подчинённости: укажите принятые меры по урегулированию конфликта интересов в столбце «{field}».",
    en: "The relative is a direct subordinate: describe the measures taken to settle the conflict of interest in “{field}”.",
  },
  "finding.authority_position_missing": {
    kk: "Орындау нысаны — хат: уәкілетті мемлекеттік органның лауазымын «{field}» бағанына жазыңыз.",
    ru: "Форма исполнения — письмо: укажите должность уполномоченного государственного органа в столбце «{field}».",
    en: "The form of execution is a letter: give the position of the authorized state body in “{field}”.",
  },
  "finding.form_empty": {
    kk: "Кесте бос: кемінде бір жолды толтырыңыз.",
    ru: "Таблица пуста: заполните хотя бы одну строку.",
    en: "The table is empty: fill in at least one row.",
  },
  "finding.exceeds_column": {
    kk: "«{field}» мәні «{otherField}» мәнінен ({limit}) аспауы керек.",
    ru: "«{field}» не может быть больше, чем «{otherField}» ({limit}).",
    en: "“{field}” cannot exceed “{otherField}” ({limit}).",
  },
  "finding.total_mismatch": {
    kk: "«{field}» бөліктерінің қосындысына ({expected}) тең емес. Формуланы қалпына келтіріңіз немесе сандарды түзетіңіз.",
    ru: "«{field}» не равно сумме составляющих ({expected}). Восстановите формулу или исправьте числа.",
    en: "“{field}” does not equal the sum of its parts ({expected}). Restore the formula or correct the numbers.",
  },
  "finding.date_too_early": {
    kk: "«{field}» күні «{otherField}» күнінен ({otherDate}) ерте болмауы керек. Күнді тексеріңіз.",
    ru: "Дата «{field}» не может быть раньше, чем «{otherField}» ({otherDate}). Проверьте дату.",
    en: "“{field}” cannot be earlier than “{otherField}” ({otherDate}). Check the date.",
  },
  "finding.date_too_late": {
    kk: "«{field}» күні «{otherField}» күнінен ({otherDate}) кеш болмауы керек. Күнді тексеріңіз.",
    ru: "Дата «{field}» не может быть позже, чем «{otherField}» ({otherDate}). Проверьте дату.",
    en: "“{field}” cannot be later than “{otherField}” ({otherDate}). Check the date.",
  },
  "finding.period_too_long": {
    kk: "Талданатын кезең {months} айдан ұзақ: жылды тексеріңіз.",
    ru: "Анализируемый период длиннее {months} месяцев: проверьте год.",
    en: "The period analysed is longer than {months} months: check the year.",
  },
  "finding.announcement_late": {
    kk: "Талдау басталғанға дейін {days} жұмыс күні бұрын жарияланған, кемінде {required} жұмыс күні бұрын жариялау керек.",
    ru: "Объявление сделано за {days} рабочих дн. до начала анализа, а нужно не менее чем за {required} рабочих дней.",
    en: "The announcement came {days} working days before the analysis began; at least {required} are required.",
  },
  "finding.no_group_members": {
    kk: "Жұмыс тобының мүшелері көрсетілмеген: аты-жөндерін «;» арқылы жазыңыз.",
    ru: "Не указаны члены рабочей группы: перечислите ФИО через «;».",
    en: "No members of the working group are given: list their names separated by “;”.",
  },
  "finding.measure_missing_in_plan": {
    kk: "Ұсынымды орындау жөніндегі іс-шара көрсетілмеген: іс-шаралар жоспарында бұл тәуекел бойынша іс-шара болмайды.",
    ru: "Не указано мероприятие по исполнению рекомендации: в плане мероприятий по этому риску не будет мероприятия.",
    en: "No measure carries out the recommendation: the action plan will have none for this risk.",
  },
  "finding.outside_period": {
    kk: "Шарттың күні талданатын кезеңнен ({fromDate} – {toDate}) тыс. Күнді немесе кезеңді тексеріңіз.",
    ru: "Дата договора вне анализируемого периода ({fromDate} – {toDate}). Проверьте дату или период.",
    en: "The contract date is outside the period analysed ({fromDate} – {toDate}). Check the date or the period.",
  },
  "finding.amount_zero": {
    kk: "Шарттың сомасы 0. Соманы енгізіңіз.",
    ru: "Сумма договора равна 0. Введите сумму.",
    en: "The contract amount is 0. Type the amount.",
  },
  "finding.duplicate_row": {
    kk: "Бұл жол {firstRow}-жолды қайталайды. Артығын жойыңыз немесе айырмашылығын көрсетіңіз.",
    ru: "Эта строка повторяет строку {firstRow}. Удалите повтор или уточните различие.",
    en: "This row repeats row {firstRow}. Delete the repeat or make the difference clear.",
  },
  "finding.same_person": {
    kk: "Қызметкер мен туысы — бір адам. Туысының аты-жөнін жазыңыз.",
    ru: "Работник и родственник — одно лицо. Укажите ФИО родственника.",
    en: "The employee and the relative are the same person. Give the relative's name.",
  },
  "finding.position_reads_like_appointment": {
    kk: "Бұл лауазымның атауына емес, тағайындау туралы жазбаға ұқсайды. Тек лауазымды жазыңыз (мысалы, «Мұғалім»), ал кім тағайындағанын «Кім тағайындады» бағанына жазыңыз.",
    ru: "Это похоже не на должность, а на запись о назначении. Укажите только должность (например, «Учитель»), а кто назначил — в столбце «Кем назначен».",
    en: "This reads like a note about an appointment, not a position. Give the position only (e.g. “Teacher”) and who appointed the person under “Appointed by”.",
  },
  "finding.direction_missing": {
    kk: "{direction}-бағыттың жолы жоқ. Тоғыз бағыттың әрқайсысына жауап беріңіз: жолды үлгіден қайта көшіріңіз.",
    ru: "Нет строки направления {direction}. Ответьте по каждому из девяти направлений: скопируйте строку из шаблона заново.",
    en: "The row of direction {direction} is missing. Answer for each of the nine directions: copy the row again from the template.",
  },
  "finding.risks_found_but_none_listed": {
    kk: "{direction}-бағыт бойынша тәуекелдер анықталды деп көрсетілген, бірақ «{otherSheet}» парағында бұл бағыттың тәуекелі жоқ. Тәуекелді қосыңыз немесе «Жоқ» таңдаңыз.",
    ru: "По направлению {direction} указано, что риски выявлены, но на листе «{otherSheet}» нет ни одного риска этого направления. Добавьте риск или выберите «Нет».",
    en: "Direction {direction} says risks were found, but the “{otherSheet}” sheet lists none for it. Add the risk or choose “No”.",
  },
  "finding.risks_listed_but_not_found": {
    kk: "«{otherSheet}» парағында {direction}-бағыттың тәуекелі бар ({otherCell}), бірақ мұнда «Жоқ» деп көрсетілген. «Иә» таңдаңыз немесе тәуекелдің бағытын тексеріңіз.",
    ru: "На листе «{otherSheet}» есть риск направления {direction} ({otherCell}), а здесь указано «Нет». Выберите «Да» или проверьте направление риска.",
    en: "The “{otherSheet}” sheet lists a risk of direction {direction} ({otherCell}), but this says “No”. Choose “Yes” or check the risk's direction.",
  },
  "finding.subordination_but_no_risks": {
    kk: "«{otherSheet}» парағында тікелей бағыныстағы туыстар бар ({count}, алғашқысы {otherCell}), ал 2-бағыт бойынша тәуекелдер анықталмаған деп көрсетілген. Не «Иә» таңдап, осы тәуекелді тәуекелдер парағына қосыңыз, не бағыныстылық реттелген болса, «Жоқ» қалдырып, «{otherSheet}» парағына шараларды жазыңыз.",
    ru: "На листе «{otherSheet}» есть родственники в прямой подчинённости ({count}, первая — {otherCell}), а по направлению 2 риски не выявлены. Либо выберите «Да» и добавьте этот риск на лист рисков, либо, если подчинённость урегулирована, оставьте «Нет» и впишите меры на листе «{otherSheet}».",
    en: "The “{otherSheet}” sheet has relatives in direct subordination ({count}, the first at {otherCell}), yet direction 2 says no risks were found. Either choose “Yes” and add that risk on the risks sheet, or, if the subordination is settled, keep “No” and enter the measures on the “{otherSheet}” sheet.",
  },
  "finding.late_services_but_no_risks": {
    kk: "«{otherSheet}» парағында мерзімі бұзылған қызметтер бар ({count}, алғашқысы {otherCell}), ал 3-бағыт бойынша тәуекелдер анықталмаған деп көрсетілген. Не «Иә» таңдап, тәуекелді тәуекелдер парағына қосыңыз, не «{otherSheet}» парағындағы мерзімдерді тексеріңіз.",
    ru: "На листе «{otherSheet}» есть услуги с нарушением сроков ({count}, первая — {otherCell}), а по направлению 3 риски не выявлены. Либо выберите «Да» и добавьте риск на лист рисков, либо проверьте сроки на листе «{otherSheet}».",
    en: "The “{otherSheet}” sheet has services delivered late ({count}, the first at {otherCell}), yet direction 3 says no risks were found. Either choose “Yes” and add the risk on the risks sheet, or check the dates on the “{otherSheet}” sheet.",
  },
  "finding.risk_positions_but_no_risks": {
    kk: "«{otherSheet}» парағында тәуекелге ұшыраған лауазымдар бар ({count}, алғашқысы {otherCell}), ал 1-бағыт бойынша тәуекелдер анықталмаған деп көрсетілген. Не «Иә» таңдап, тәуекелді тәуекелдер парағына қосыңыз, не «{otherSheet}» парағында лауазымдардың тәуекел белгісін алып тастаңыз.",
    ru: "На листе «{otherSheet}» есть должности, подверженные рискам ({count}, первая — {otherCell}), а по направлению 1 риски не выявлены. Либо выберите «Да» и добавьте риск на лист рисков, либо снимите отметку риска с должностей на листе «{otherSheet}».",
    en: "The “{otherSheet}” sheet has positions exposed to risks ({count}, the first at {otherCell}), yet direction 1 says no risks were found. Either choose “Yes” and add the risk on the risks sheet, or clear the positions' risk mark on the “{otherSheet}” sheet.",
  },
  "finding.contracts_but_not_analysed": {
    kk: "«{otherSheet}» парағында шарттар бар ({count}), ал 7-бағыт талданбаған деп көрсетілген. «Иә» таңдап, қорытындыны жазыңыз.",
    ru: "На листе «{otherSheet}» есть договоры ({count}), а направление 7 отмечено как не анализированное. Выберите «Да» и напишите вывод.",
    en: "The “{otherSheet}” sheet lists contracts ({count}), yet direction 7 is marked as not analysed. Choose “Yes” and write the conclusion.",
  },
  "finding.cannot_open": {
    kk: "Файлды ашу мүмкін болмады ({detail}). Жолын және оқуға рұқсатын тексеріңіз.",
    ru: "Не удалось открыть файл ({detail}). Проверьте путь и права на чтение.",
    en: "Could not open the file ({detail}). Check its path and that it can be read.",
  },
  "finding.check_failed": {
    kk: "Файлды тексеру кезінде бағдарламада ішкі қате болды ({detail}). Файлды әзірлеушілерге жіберіңіз.",
    ru: "При проверке файла в программе произошла внутренняя ошибка ({detail}). Отправьте файл разработчикам.",
    en: "The program failed inside while checking this file ({detail}). Please send the file to the developers.",
  },
  "finding.summary_org_twice": {
    kk: "Жиынтықта {bin} БСН ұйымы екі рет берілген. Жиынтықты бағдарламада қайта жасаңыз.",
    ru: "В своде организация с БИН {bin} указана дважды. Сформируйте свод в программе заново.",
    en: "The summary lists the organization with BIN {bin} twice. Make the summary again with the program.",
  },
  "finding.summary_row_without_org": {
    kk: "Бұл жолдың ұйымы «Ұйымдар» кестесінде жоқ. Жиынтықты бағдарламада қайта жасаңыз.",
    ru: "Организации этой строки нет в таблице «Организации». Сформируйте свод в программе заново.",
    en: "This row's organization is not in the Organizations table. Make the summary again with the program.",
  },
} satisfies Record<string, Labels>;
