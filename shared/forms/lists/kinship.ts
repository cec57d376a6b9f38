import { defineList } from "./list";

/** Kinship of person 2 to person 1; synonyms are the words real registers use. */
export const kinship = defineList({
  id: "kinship",
  items: [
    {
      code: "spouse",
      labels: { kk: "Жұбайы", ru: "Супруг(а)", en: "Spouse" },
      synonyms: ["муж", "жена", "супруг", "супруга", "күйеуі", "әйелі", "зайыбы", "жұбай"],
    },
    {
      code: "parent",
      labels: { kk: "Ата-анасы", ru: "Родитель", en: "Parent" },
      synonyms: ["мать", "отец", "мама", "папа", "анасы", "әкесі", "ана", "әке"],
    },
    {
      code: "child",
      labels: { kk: "Баласы", ru: "Ребёнок", en: "Child" },
      synonyms: ["сын", "дочь", "ұлы", "қызы", "бала"],
    },
    {
      code: "sibling",
      labels: { kk: "Бауыры", ru: "Брат или сестра", en: "Sibling" },
      synonyms: ["брат", "сестра", "ағасы", "інісі", "әпкесі", "апасы", "қарындасы", "сіңлісі", "бауыр"],
    },
    {
      code: "grandparent",
      labels: { kk: "Атасы немесе әжесі", ru: "Дедушка или бабушка", en: "Grandparent" },
      synonyms: ["дедушка", "бабушка", "атасы", "әжесі"],
    },
    {
      code: "grandchild",
      labels: { kk: "Немересі", ru: "Внук или внучка", en: "Grandchild" },
      synonyms: ["внук", "внучка", "немере"],
    },
    {
      code: "in_law",
      labels: { kk: "Жекжаты", ru: "Свойственник", en: "In-law" },
      synonyms: [
        "тёща",
        "тесть",
        "свекровь",
        "свёкор",
        "зять",
        "невестка",
        "сноха",
        "деверь",
        "золовка",
        "шурин",
        "свояк",
        "свояченица",
        "қайын атасы",
        "қайын енесі",
        "келіні",
        "күйеу баласы",
        "жездесі",
        "құдасы",
      ],
    },
    { code: "other", labels: { kk: "Басқа туыстық", ru: "Иное родство", en: "Other kinship" } },
  ],
});
