import { conflicts } from "../../../shared/forms";
import { pseudonym, redactConflictRow } from "../../../shared/consolidate/redact";

const row = (values: Record<string, string | boolean | number>) => conflicts.columns.map((c) => values[c.key] ?? null);

describe("redacting names for sending upward", () => {
  it("writes a person as initials and a short hash of the full name", async () => {
    expect(await pseudonym("Сейтқали Айгүл Маратқызы", "040540000004")).toMatch(/^С\.А\.М\. #[0-9a-f]{6}$/);
    expect(await pseudonym("Иванов И.И.", "040540000004")).toMatch(/^И\.И\.И\. #[0-9a-f]{6}$/);
  });

  it("gives one person the same pseudonym however the name is spaced or cased, and another person another", async () => {
    const bin = "040540000004";
    expect(await pseudonym(" айгүл  Сейтқали ", bin)).toBe(await pseudonym("Айгүл Сейтқали", bin));
    expect(await pseudonym("Айгүл Сейтқали", bin)).not.toBe(await pseudonym("Айгуль Сейткали", bin));
  });

  it("replaces both names of a pair, also where another cell of the row repeats them", async () => {
    const redacted = await redactConflictRow(
      row({
        no: 1,
        person1_name: "Ахметова Айгүл Серікқызы",
        person1_position: "Директор",
        person2_name: "Ахметов Ерлан Болатұлы",
        person2_position: "Завхоз",
        kinship: "spouse",
        direct_subordination: true,
        measures: "Ахметов Е.Б. переведён в другую школу; Ахметова Айгүл Серікқызы уведомила отдел",
      }),
      "040540000004",
    );
    const text = redacted.join(" | ");
    expect(text).not.toMatch(/Ахметов|Айгүл|Ерлан/);
    expect(text).toContain("Директор");
    expect(text).toMatch(/А\.Е\.Б\. #[0-9a-f]{6} переведён/);
  });
});
