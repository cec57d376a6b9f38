import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { label, yesNo } from "./cells";
import { type Person, randomPerson } from "./names";
import { type OrgType, POSTS, type Post } from "./positions";
import type { Random } from "./random";

/** A staffing row as generated: the post, its figures, and who holds it (the first holder, for other forms). */
export interface StaffRow {
  readonly post: Post;
  readonly units: number;
  readonly occupied: number;
  readonly hired: number;
  readonly dismissed: number;
  readonly dismissedNegative: number;
  readonly holder: Person;
}

export function staffRows(random: Random, orgType: OrgType, lang: WorkbookLang): StaffRow[] {
  const { posts, rows } = POSTS[orgType];
  const optional = posts.filter((p) => !p.always);
  const always = posts.length - optional.length;
  const chosen = new Set([...posts.filter((p) => p.always), ...random.sample(optional, random.int(...rows) - always)]);
  // The staffing table keeps the usual order: management first, then teachers, then the others.
  return posts
    .filter((p) => chosen.has(p))
    .map((post) => {
      const units = random.pick(post.units);
      // Teachers carry more than one load, so people are fewer than units; a half unit is still one person.
      const people = units < 1 ? 1 : Math.max(1, Math.round(units / (1 + random.next() * 0.3)));
      const occupied = !post.always && random.chance(0.05) ? 0 : people;
      const turnover = (p: number) => (random.chance(p) ? random.int(1, Math.max(1, Math.ceil(occupied / 4))) : 0);
      const hired = turnover(0.2);
      const dismissed = turnover(0.18);
      const sex = post.category === "support" && random.chance(0.5) ? "m" : undefined;
      return {
        post,
        units,
        occupied,
        hired,
        dismissed,
        dismissedNegative: dismissed > 0 && random.chance(0.2) ? 1 : 0,
        holder: randomPerson(random, lang, sex),
      };
    });
}

export function staffingEntries(rows: readonly StaffRow[], lang: WorkbookLang): Record<string, SpecValue>[] {
  return rows.map((r, i) => ({
    no: i + 1,
    position: r.post[lang],
    category: label("staffCategory", r.post.category, lang),
    units: r.units,
    occupied: r.occupied,
    hired: r.hired,
    dismissed: r.dismissed,
    dismissed_negative: r.dismissedNegative,
    risk_position: yesNo(r.post.risk !== undefined, lang),
    risk_reason: r.post.risk?.[lang] ?? null,
  }));
}
