/** Positions of an organization's staffing table, in Kazakh and Russian, with typical staff units. */

export type StaffCategory = "management" | "teaching" | "administrative" | "support";
export type OrgType = "school" | "kindergarten" | "extracurricular";

export interface Post {
  readonly kk: string;
  readonly ru: string;
  readonly category: StaffCategory;
  /** Staff units an organization of this type typically has for the position. */
  readonly units: readonly number[];
  /** Why the position is exposed to corruption risks, when it is. */
  readonly risk?: { readonly kk: string; readonly ru: string };
  /** Every organization of the type has it. */
  readonly always?: boolean;
}

const post = (
  kk: string,
  ru: string,
  category: StaffCategory,
  units: readonly number[],
  extra: Pick<Post, "risk" | "always"> = {},
): Post => ({ kk, ru, category, units, ...extra });

const DIRECTOR = post("Директор", "Директор", "management", [1], {
  always: true,
  risk: {
    kk: "Бюджет қаражатына билік етеді, жұмысқа қабылдау және босату туралы бұйрықтарға, шарттар мен орындалған жұмыстар актілеріне қол қояды",
    ru: "Распоряжается бюджетными средствами, подписывает приказы о приёме и увольнении, договоры и акты выполненных работ",
  },
});
const DEPUTY_SUPPLY = post(
  "Директордың шаруашылық жөніндегі орынбасары",
  "Заместитель директора по административно-хозяйственной части",
  "management",
  [1],
  {
    risk: {
      kk: "Шарттар бойынша тауарлар мен жұмыстарды қабылдайды, материалдық құндылықтардың сақталуына жауап береді",
      ru: "Принимает товары и работы по договорам, отвечает за сохранность материальных ценностей",
    },
  },
);
const CHIEF_ACCOUNTANT = post("Бас бухгалтер", "Главный бухгалтер", "administrative", [1], {
  always: true,
  risk: {
    kk: "Төлемдерді жүзеге асырады, бюджет қаражатының есебін жүргізеді және сатып алуға құжаттар дайындайды",
    ru: "Осуществляет платежи, ведёт учёт бюджетных средств и готовит документы для закупок",
  },
});
const ACCOUNTANT = post("Бухгалтер", "Бухгалтер", "administrative", [1, 1.5, 2], {
  risk: {
    kk: "Жалақыны есептейді және жұмыс уақытын есепке алу табелін жүргізеді",
    ru: "Начисляет заработную плату и ведёт табель учёта рабочего времени",
  },
});
const PROCUREMENT = post(
  "Мемлекеттік сатып алу жөніндегі маман",
  "Специалист по государственным закупкам",
  "administrative",
  [0.5, 1],
  {
    risk: {
      kk: "Конкурстық құжаттаманы дайындайды, сатып алуды өткізеді және өнім берушілерді анықтайды",
      ru: "Готовит конкурсную документацию, проводит закупки и определяет поставщиков",
    },
  },
);
const HR = post("Кадр жөніндегі маман", "Специалист по кадрам", "administrative", [0.5, 1], {
  risk: {
    kk: "Жұмысқа қабылдауды ресімдейді, жеке істерді жүргізеді, бос лауазымдарға конкурс өткізуге қатысады",
    ru: "Оформляет приём на работу, ведёт личные дела, участвует в проведении конкурса на вакантные должности",
  },
});
const CLERK = post("Іс жүргізуші", "Делопроизводитель", "administrative", [0.5, 1]);
const PROGRAMMER = post("Инженер-бағдарламашы", "Инженер-программист", "administrative", [0.5, 1]);
const STOREKEEPER = post("Шаруашылық меңгерушісі", "Заведующий хозяйством", "support", [1], {
  risk: {
    kk: "Материалдық құндылықтарды қабылдайды және береді, есептен шығару актілерін жасайды",
    ru: "Принимает и выдаёт материальные ценности, составляет акты списания",
  },
});
const PSYCHOLOGIST = post("Педагог-психолог", "Педагог-психолог", "teaching", [0.5, 1, 1.5]);
const SPEECH = post("Логопед", "Логопед", "teaching", [0.5, 1]);
const NURSE = post("Медбике", "Медицинская сестра", "support", [1, 1.5]);
const WATCHMAN = post("Күзетші", "Сторож", "support", [2, 3, 4], { always: true });
const CLEANER = post("Қызметтік үй-жайларды тазалаушы", "Уборщик служебных помещений", "support", [2, 4, 6.5, 8], {
  always: true,
});
const JANITOR = post("Аула сыпырушы", "Дворник", "support", [1, 1.5, 2]);
const HANDYMAN = post(
  "Ғимаратқа кешенді қызмет көрсету жұмысшысы",
  "Рабочий по комплексному обслуживанию здания",
  "support",
  [1, 2],
);
const ELECTRICIAN = post("Электрмонтер", "Электромонтёр", "support", [0.5, 1]);
const PLUMBER = post("Слесарь-сантехник", "Слесарь-сантехник", "support", [0.5, 1]);
const COOK = post("Аспаз", "Повар", "support", [1, 2, 3, 4]);
const KITCHEN = post("Асүй жұмысшысы", "Кухонный рабочий", "support", [1, 2]);
const CLOAKROOM = post("Гардеробшы", "Гардеробщик", "support", [1, 2]);

/** The office of a school or an extracurricular centre: accounts, purchases, staff, papers, computers. */
const OFFICE = [CHIEF_ACCOUNTANT, ACCOUNTANT, PROCUREMENT, HR, CLERK, PROGRAMMER];

const SCHOOL: readonly Post[] = [
  DIRECTOR,
  post(
    "Директордың оқу ісі жөніндегі орынбасары",
    "Заместитель директора по учебной работе",
    "management",
    [1, 1.5, 2],
    {
      always: true,
      risk: {
        kk: "Білім алушылардың аралық және қорытынды аттестаттауын ұйымдастырады, педагогтердің оқу жүктемесін бөледі",
        ru: "Организует промежуточную и итоговую аттестацию обучающихся, распределяет учебную нагрузку педагогов",
      },
    },
  ),
  post(
    "Директордың тәрбие ісі жөніндегі орынбасары",
    "Заместитель директора по воспитательной работе",
    "management",
    [1],
    {
      always: true,
    },
  ),
  DEPUTY_SUPPLY,
  post(
    "Директордың ақпараттандыру жөніндегі орынбасары",
    "Заместитель директора по информатизации",
    "management",
    [0.5, 1],
  ),
  post("Бастауыш сынып мұғалімі", "Учитель начальных классов", "teaching", [8, 10.5, 12, 14.25], { always: true }),
  post("Қазақ тілі мен әдебиеті мұғалімі", "Учитель казахского языка и литературы", "teaching", [3, 4.5, 5.25], {
    always: true,
  }),
  post("Орыс тілі мен әдебиеті мұғалімі", "Учитель русского языка и литературы", "teaching", [2.5, 3, 4], {
    always: true,
  }),
  post("Ағылшын тілі мұғалімі", "Учитель английского языка", "teaching", [2, 3, 3.5], { always: true }),
  post("Математика мұғалімі", "Учитель математики", "teaching", [3, 4, 5.5], { always: true }),
  post("Физика мұғалімі", "Учитель физики", "teaching", [1, 1.5, 2]),
  post("Химия мұғалімі", "Учитель химии", "teaching", [1, 1.25]),
  post("Биология мұғалімі", "Учитель биологии", "teaching", [1, 1.5]),
  post("География мұғалімі", "Учитель географии", "teaching", [1, 1.25]),
  post("Тарих мұғалімі", "Учитель истории", "teaching", [1.5, 2, 2.5]),
  post("Информатика мұғалімі", "Учитель информатики", "teaching", [1, 1.5, 2]),
  post("Дене шынықтыру мұғалімі", "Учитель физической культуры", "teaching", [2, 2.5, 3]),
  post("Көркем еңбек мұғалімі", "Учитель художественного труда", "teaching", [1, 1.5]),
  post("Музыка мұғалімі", "Учитель музыки", "teaching", [0.5, 1]),
  post(
    "Алғашқы әскери және технологиялық дайындық оқытушы-ұйымдастырушысы",
    "Преподаватель-организатор начальной военной и технологической подготовки",
    "teaching",
    [1],
  ),
  PSYCHOLOGIST,
  post("Әлеуметтік педагог", "Социальный педагог", "teaching", [0.5, 1]),
  SPEECH,
  post("Педагог-ұйымдастырушы", "Педагог-организатор", "teaching", [1]),
  post("Қосымша білім беру педагогі", "Педагог дополнительного образования", "teaching", [1, 2, 3]),
  post("Тәлімгер", "Вожатый", "teaching", [0.5, 1]),
  post("Кітапханашы", "Библиотекарь", "administrative", [1, 1.5]),
  ...OFFICE,
  post("Зертханашы", "Лаборант", "administrative", [0.5, 1]),
  STOREKEEPER,
  NURSE,
  WATCHMAN,
  CLEANER,
  JANITOR,
  CLOAKROOM,
  HANDYMAN,
  ELECTRICIAN,
  PLUMBER,
  post("Қазандық операторы", "Оператор котельной", "support", [2, 4]),
  COOK,
  KITCHEN,
];

const KINDERGARTEN: readonly Post[] = [
  post("Меңгеруші", "Заведующий", "management", [1], {
    always: true,
    risk: {
      kk: "Бюджет қаражатына билік етеді, балалар мен қызметкерлерді қабылдайды, шарттарға қол қояды",
      ru: "Распоряжается бюджетными средствами, принимает детей и работников, подписывает договоры",
    },
  }),
  post("Әдіскер", "Методист", "management", [1], { always: true }),
  post("Тәрбиеші", "Воспитатель", "teaching", [8, 10, 12.5, 14], { always: true }),
  post("Тәрбиешінің көмекшісі", "Помощник воспитателя", "support", [6, 8, 10], { always: true }),
  post("Музыка жетекшісі", "Музыкальный руководитель", "teaching", [1, 1.5]),
  post("Дене шынықтыру нұсқаушысы", "Инструктор по физической культуре", "teaching", [0.5, 1]),
  PSYCHOLOGIST,
  SPEECH,
  post("Қазақ тілі мұғалімі", "Учитель казахского языка", "teaching", [1, 1.5]),
  post("Ағылшын тілі мұғалімі", "Учитель английского языка", "teaching", [0.5, 1]),
  NURSE,
  post("Диеталық медбике", "Диетическая сестра", "support", [0.5, 1], {
    risk: {
      kk: "Мәзір құрастырады және өнім берушілерден азық-түлік қабылдайды",
      ru: "Составляет меню и принимает продукты питания от поставщиков",
    },
  }),
  CHIEF_ACCOUNTANT,
  ACCOUNTANT,
  PROCUREMENT,
  CLERK,
  STOREKEEPER,
  post("Қоймашы", "Кладовщик", "support", [0.5, 1], {
    risk: {
      kk: "Азық-түлікті қабылдайды, сақтайды және асүйге береді",
      ru: "Принимает, хранит и выдаёт на кухню продукты питания",
    },
  }),
  { ...COOK, always: true },
  KITCHEN,
  post("Кастелянша", "Кастелянша", "support", [0.5, 1]),
  post("Кір жуу машинисі", "Машинист по стирке белья", "support", [1, 1.5]),
  WATCHMAN,
  JANITOR,
  HANDYMAN,
  CLEANER,
  PLUMBER,
];

const EXTRACURRICULAR: readonly Post[] = [
  DIRECTOR,
  post(
    "Директордың оқу-тәрбие ісі жөніндегі орынбасары",
    "Заместитель директора по учебно-воспитательной работе",
    "management",
    [1, 2],
    { always: true },
  ),
  DEPUTY_SUPPLY,
  post("Әдіскер", "Методист", "teaching", [1, 2, 3], { always: true }),
  post("Қосымша білім беру педагогі", "Педагог дополнительного образования", "teaching", [10, 15, 22.5], {
    always: true,
    risk: {
      kk: "Үйірмелерге балаларды қабылдайды және сабаққа қатысуды есепке алу журналын жүргізеді",
      ru: "Принимает детей в кружки и ведёт журнал учёта посещаемости занятий",
    },
  }),
  post("Концертмейстер", "Концертмейстер", "teaching", [1, 2]),
  post("Педагог-ұйымдастырушы", "Педагог-организатор", "teaching", [1, 2]),
  post("Хореограф", "Хореограф", "teaching", [1, 2]),
  post("Жаттықтырушы-оқытушы", "Тренер-преподаватель", "teaching", [2, 4]),
  PSYCHOLOGIST,
  ...OFFICE,
  STOREKEEPER,
  WATCHMAN,
  CLEANER,
  JANITOR,
  HANDYMAN,
  CLOAKROOM,
  ELECTRICIAN,
];

/** Positions by organization type, and how many rows a staffing table of that type has. */
export const POSTS: Readonly<Record<OrgType, { posts: readonly Post[]; rows: readonly [number, number] }>> = {
  school: { posts: SCHOOL, rows: [36, 44] },
  kindergarten: { posts: KINDERGARTEN, rows: [20, 26] },
  extracurricular: { posts: EXTRACURRICULAR, rows: [18, 23] },
};
