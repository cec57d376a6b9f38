import { Column } from "./column";
import { repeatedColumn } from "./common-columns";
import { defineForm, type FormDef } from "./form";
import { passport } from "./passport";

/** Whom to ask about a submission: the Passport's own contact fields, optional here. */
const contact = (key: string, width: number, hint?: Column["hint"]): Column =>
  Column.parse({ ...repeatedColumn(passport.fields, key), width, ...(hint && { hint }) });

/**
 * The department's list of who must submit. After the four columns of the first templates come, optional,
 * each organization's name and district in the roster's other language (so the summary names everyone in
 * its own language) and whom to ask when a workbook does not come.
 */
export const roster = defineForm({
  id: "Roster",
  layout: "rows",
  capacity: 500,
  sheet: { kk: "Ұйымдар тізімі", ru: "Список организаций", en: "Roster" },
  title: {
    kk: "Талдау нәтижелерін тапсыруға тиіс ұйымдар",
    ru: "Организации, которые должны сдать результаты анализа",
    en: "Organizations that must submit their analysis",
  },
  columns: [
    { key: "bin", type: "bin", required: true, labels: { kk: "БСН", ru: "БИН", en: "BIN" }, width: 16 },
    {
      key: "org_name",
      type: "text",
      required: true,
      labels: { kk: "Ұйымның атауы", ru: "Наименование организации", en: "Organization name" },
      width: 50,
      wrap: true,
    },
    {
      key: "org_type",
      type: "list",
      list: "orgType",
      labels: { kk: "Ұйымның түрі", ru: "Тип организации", en: "Organization type" },
      width: 24,
    },
    {
      key: "district",
      type: "text",
      labels: { kk: "Аудан немесе қала", ru: "Район или город", en: "District or city" },
      hint: {
        kk: "Ұйым орналасқан аудан немесе қала.",
        ru: "Район или город, где находится организация.",
        en: "Where the organization is.",
      },
      width: 24,
    },
    {
      key: "org_name_other",
      type: "text",
      labels: {
        kk: "Ұйымның атауы екінші тілде",
        ru: "Наименование на втором языке",
        en: "Organization name in the other language",
      },
      hint: {
        kk: "Қазақша тізімде — орысша, орысша тізімде — қазақша. Жиынтық ұйымды өз тілінде атайды.",
        ru: "В списке на казахском — по-русски, в списке на русском — по-казахски. Свод называет организацию на своём языке.",
        en: "Russian in a Kazakh roster, Kazakh in a Russian one: the summary names the organization in its own language.",
      },
      width: 50,
      wrap: true,
    },
    {
      key: "district_other",
      type: "text",
      labels: {
        kk: "Аудан немесе қала екінші тілде",
        ru: "Район или город на втором языке",
        en: "District or city in the other language",
      },
      hint: {
        kk: "Қазақша тізімде — орысша (мысалы, «город Павлодар»), орысша тізімде — қазақша.",
        ru: "В списке на казахском — по-русски, в списке на русском — по-казахски (например, «Павлодар қаласы»).",
        en: "Russian in a Kazakh roster, Kazakh in a Russian one.",
      },
      width: 24,
    },
    contact("responsible", 30, {
      kk: "Ұйым тапсырмаса, бөлім кімнен сұрайды: лауазымы мен аты-жөні.",
      ru: "Кого отдел спросит, если организация не сдаст: должность и ФИО.",
      en: "Whom the department asks when the organization does not submit: position and name.",
    }),
    contact("contact_email", 28),
    contact("contact_phone", 18),
  ],
});

/** How many columns the first roster templates had: a roster made from them is still read. */
const FIRST_COLUMNS = 4;

/** The roster as a table of `width` columns holds it: the first templates' four, else today's. */
export function rosterOfWidth(width: number): FormDef {
  const form: FormDef = roster;
  return width === FIRST_COLUMNS ? { ...form, columns: form.columns.slice(0, FIRST_COLUMNS) } : form;
}
