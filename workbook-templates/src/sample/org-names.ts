import type { OrgType } from "./positions";
import type { Random } from "./random";

type Spelled = readonly [kk: string, ru: string];

const KINDERGARTEN_NAMES: readonly Spelled[] = [
  ["Балапан", "Балапан"],
  ["Ақбота", "Акбота"],
  ["Күншуақ", "Куншуак"],
  ["Ертөстік", "Ертостик"],
  ["Айгөлек", "Айголек"],
  ["Қарлығаш", "Карлыгаш"],
  ["Болашақ", "Болашак"],
  ["Нұршуақ", "Нуршуак"],
];

/**
 * An organization's official name in both languages, with its legal form: КГУ / КММ for a state
 * institution, ГККП / МКҚК for a state enterprise; and a Latin word for its site and mail.
 */
export function orgNames(random: Random, orgType: OrgType, n: number): { kk: string; ru: string; latin: string } {
  switch (orgType) {
    case "school": {
      const [kk, ru] = random.pick<Spelled>([
        ["жалпы білім беретін мектеп", "Общеобразовательная школа"],
        ["мектеп-гимназия", "Школа-гимназия"],
        ["мектеп-лицей", "Школа-лицей"],
      ]);
      return { kk: `«№ ${n} ${kk}» КММ`, ru: `КГУ «${ru} № ${n}»`, latin: `school${n}` };
    }
    case "kindergarten": {
      const [kk, ru] = random.pick(KINDERGARTEN_NAMES);
      return {
        kk: `«№ ${n} „${kk}“ бөбекжай-бақшасы» МКҚК`,
        ru: `ГККП «Ясли-сад № ${n} „${ru}“»`,
        latin: `balabaqsha${n}`,
      };
    }
    case "extracurricular": {
      const [kk, ru] = random.pick<Spelled>([
        ["оқушылар үйі", "Дом школьников"],
        ["балалар музыка мектебі", "Детская музыкальная школа"],
        ["балалар шығармашылық орталығы", "Центр детского творчества"],
      ]);
      return { kk: `«№ ${n} ${kk}» МКҚК`, ru: `ГККП «${ru} № ${n}»`, latin: `dod${n}` };
    }
  }
}
