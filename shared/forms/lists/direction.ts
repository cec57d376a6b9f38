import { defineList } from "./list";

/** The nine directions of the analysis, in the order of the Typical Rules. */
export const direction = defineList({
  id: "direction",
  numericCodes: true,
  items: [
    {
      code: "1",
      labels: {
        kk: "Персоналды басқару, оның ішінде сыбайлас жемқорлық тәуекелдеріне ұшыраған лауазымдарды айқындау",
        ru: "Управление персоналом, в том числе определение должностей, подверженных коррупционным рискам",
        en: "Personnel management, including positions exposed to corruption risks",
      },
    },
    {
      code: "2",
      labels: {
        kk: "Мүдделер қақтығысын реттеу",
        ru: "Урегулирование конфликта интересов",
        en: "Settling conflicts of interest",
      },
    },
    {
      code: "3",
      labels: {
        kk: "Мемлекеттік қызметтер көрсету",
        ru: "Оказание государственных услуг",
        en: "Rendering public services",
      },
    },
    {
      code: "4",
      labels: {
        kk: "Рұқсат беру функцияларын іске асыру",
        ru: "Реализация разрешительных функций",
        en: "Carrying out permit functions",
      },
    },
    {
      code: "5",
      labels: {
        kk: "Бақылау-тексеру функцияларын іске асыру",
        ru: "Реализация контрольных и надзорных функций",
        en: "Carrying out control and supervisory functions",
      },
    },
    {
      code: "6",
      labels: {
        kk: "Бюджет және қаржы қаражатын игеру және бөлу",
        ru: "Освоение и распределение бюджетных и финансовых средств",
        en: "Use and distribution of budget and financial funds",
      },
    },
    {
      code: "7",
      labels: {
        kk: "Жеке және заңды тұлғалармен шарттар жасасу",
        ru: "Заключение договоров с физическими и юридическими лицами",
        en: "Contracts with individuals and legal entities",
      },
    },
    {
      code: "8",
      labels: {
        kk: "Ақпараттық жүйелерді әзірлеу және пайдалану",
        ru: "Разработка и эксплуатация информационных систем",
        en: "Development and operation of information systems",
      },
    },
    {
      code: "9",
      labels: {
        kk: "Ұйымдастырушылық-басқарушылық қызметтен туындайтын өзге де мәселелер",
        ru: "Иные вопросы, вытекающие из организационно-управленческой деятельности",
        en: "Other issues arising from organizational and management activity",
      },
    },
  ],
});
