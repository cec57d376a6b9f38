import { conflicts } from "../forms";
import { sha256Hex } from "../stamp/sha256";
import type { Value } from "./org-unit";

const NAME_KEYS = ["person1_name", "person2_name"] as const;
const nameColumns = NAME_KEYS.map((key) => conflicts.columns.findIndex((c) => c.key === key));

/** `Сейтқали Айгүл Маратқызы` -> `С.А.М.`; `Иванов И.И.` -> `И.И.И.` */
function initials(name: string): string {
  return name
    .split(/[\s.]+/u)
    .filter((part) => part !== "")
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join("");
}

/** `Surname I.O.`: how the same person is often written elsewhere in the row. */
function shortForm(name: string): string | null {
  const [surname, ...rest] = name.trim().split(/\s+/u);
  return surname && rest.length > 0 ? `${surname} ${rest.map((p) => `${p.charAt(0)}.`).join("")}` : null;
}

/**
 * A person's name for sending upward: initials and a short hash of the full name within the
 * organization, so the same person still reads as the same in every row. It hides names from
 * casual reading; it is not anonymization (a known name can be hashed and compared).
 */
export async function pseudonym(name: string, bin: string): Promise<string> {
  const normalized = name.trim().replace(/\s+/gu, " ").toLowerCase();
  const hash = await sha256Hex(`${bin}\u0000${normalized}`);
  return `${initials(name)} #${hash.slice(0, 6)}`;
}

/** A conflict-of-interest row with both persons' names replaced, also where other cells repeat them. */
export async function redactConflictRow(row: readonly Value[], bin: string): Promise<Value[]> {
  const out = [...row];
  for (const i of nameColumns) {
    const name = row[i];
    if (typeof name !== "string" || name.trim() === "") continue;
    const token = await pseudonym(name, bin);
    const forms = [name.trim(), shortForm(name)].filter((f): f is string => f !== null && f.length > 2);
    out.forEach((value, j) => {
      if (j === i) out[j] = token;
      else if (typeof value === "string" && !nameColumns.includes(j))
        out[j] = forms.reduce((text, form) => text.split(form).join(token), value);
    });
  }
  return out;
}
