import { type Column, services } from "../../../shared/forms";
import type { WorkbookLang } from "../../../shared/i18n/lang";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { templateSpec } from "../template-spec";
import { label } from "./cells";
import type { OrgType } from "./positions";
import type { Random } from "./random";

/** Services an organization of the type renders, and about how many requests a year through each channel. */
const SERVICES: Readonly<Record<OrgType, { always: readonly string[]; more: readonly string[] }>> = {
  school: {
    always: ["school_admission", "school_transfer", "free_meals"],
    more: [
      "home_schooling",
      "summer_rest",
      "preschool_queue",
      "preschool_admission",
      "extracurricular_admission",
      "other",
    ],
  },
  kindergarten: { always: ["preschool_admission"], more: ["preschool_queue", "free_meals", "other"] },
  extracurricular: { always: ["extracurricular_admission"], more: ["summer_rest", "other"] },
};

const SCALE: Readonly<Record<string, number>> = {
  school_admission: 90,
  school_transfer: 30,
  home_schooling: 4,
  free_meals: 60,
  summer_rest: 40,
  preschool_queue: 50,
  preschool_admission: 40,
  extracurricular_admission: 120,
  other: 15,
};

let templateTotals: readonly SpecValue[] | undefined;

/** The total's formula as the template has it: kept, with the sum as its result, since exceljs calculates nothing. */
function totalFormula(row: number): string {
  templateTotals ??= (() => {
    const column = (services.columns as readonly Column[]).findIndex((c) => c.sumOf);
    const table = templateSpec("vakr", "ru")
      .sheets.flatMap((s) => s.tables)
      .find((t) => t.name === services.id);
    return (table?.rows ?? []).map((r) => r[column] ?? null);
  })();
  const cell = templateTotals[row];
  if (!cell || typeof cell !== "object") throw new Error(`the Services template has no total formula in row ${row}`);
  return cell.formula;
}

export interface ServicesSample {
  readonly entries: Record<string, SpecValue>[];
  readonly late: number;
}

export function serviceEntries(random: Random, orgType: OrgType, lang: WorkbookLang): ServicesSample {
  const { always, more } = SERVICES[orgType];
  const codes = [...always, ...random.sample(more, random.int(Math.min(1, more.length), more.length))];
  let late = 0;
  const entries = codes.map((code, i) => {
    const scale = SCALE[code] ?? 10;
    const portal = random.int(0, scale);
    const is = random.int(0, scale);
    const paper = random.int(1, Math.max(1, Math.round(scale / 8)));
    const total = portal + is + paper;
    const rowLate = random.chance(0.2) ? random.int(1, Math.min(2, total)) : 0;
    late += rowLate;
    return {
      no: i + 1,
      service: label("service", code, lang),
      via_portal: portal,
      via_is: is,
      on_paper: paper,
      total: { formula: totalFormula(i), result: total },
      late: rowLate,
      refusals: random.chance(0.3) ? random.int(1, Math.min(3, total)) : 0,
      complaints: random.chance(0.1) ? 1 : 0,
    };
  });
  return { entries, late };
}
