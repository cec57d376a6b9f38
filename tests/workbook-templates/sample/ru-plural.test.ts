import { ruPlural } from "../../../workbook-templates/src/sample/ru-plural";

const people = (n: number | string) => `${n} ${ruPlural(n, "человек", "человека", "человек")}`;
const units = (n: string) => `${n} ${ruPlural(n, "единица", "единицы", "единиц", "единицы")}`;

describe("Russian words after a number", () => {
  it("takes the singular after 1, 21, 101 but not after 11", () => {
    expect([1, 21, 101, 11].map(people)).toEqual(["1 человек", "21 человек", "101 человек", "11 человек"]);
    expect(ruPlural(1, "уволен", "уволено", "уволено")).toBe("уволен");
  });

  it("takes the few form after 2-4, 22-24 but not after 12-14, the many form after 0 and 5-20", () => {
    expect([63, 2, 24, 12, 14].map(people)).toEqual([
      "63 человека",
      "2 человека",
      "24 человека",
      "12 человек",
      "14 человек",
    ]);
    expect(ruPlural(0, "работник", "работника", "работников")).toBe("работников");
    expect(ruPlural(17, "работник", "работника", "работников")).toBe("работников");
  });

  it("takes the genitive singular after a decimal, written with a comma or a point", () => {
    expect([units("69,5"), units("69.5"), units("70"), units("71")]).toEqual([
      "69,5 единицы",
      "69.5 единицы",
      "70 единиц",
      "71 единица",
    ]);
  });
});
