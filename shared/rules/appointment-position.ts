import { conflicts } from "../forms";
import { foldText } from "../values";
import { findingAt } from "../findings/finding-at";
import { formOf } from "../findings/workbook-data";
import { defineRule } from "./rule";

const POSITIONS = ["person1_position", "person2_position"] as const;

// Compared on folded text (Kazakh letters folded, lower case): "назначен", "тағайындалды", "приказ №".
const APPOINTMENT_WORDS = /назнач|тагайында|приказ|буйрык|болып/;
// A position's first word in the instrumental case (JS `\b` knows no Cyrillic, hence the lookahead) ("Директором школы назначена ...") tells an appointment.
const INSTRUMENTAL_FIRST_WORD =
  /^(директор|заместител|учител|воспитател|бухгалтер|руководител|заведующ|педагог|методист|секретар|психолог|завхоз|специалист|инспектор)\S*(ом|ем|ём|ой|ей|им|ым)(?=[\s,.]|$)/;

/** Whether a "position" reads like the story of an appointment rather than the position's title. */
function readsLikeAppointment(text: string): boolean {
  const folded = foldText(text);
  return APPOINTMENT_WORDS.test(folded) || INSTRUMENTAL_FIRST_WORD.test(folded);
}

export const appointmentPosition = defineRule(["position_reads_like_appointment"], function* (workbook) {
  const data = formOf(workbook, conflicts);
  for (const row of data?.rows ?? []) {
    for (const key of POSITIONS) {
      const text = row.values[key];
      if (typeof text === "string" && readsLikeAppointment(text))
        yield findingAt(data!, row, key, "position_reads_like_appointment");
    }
  }
});
