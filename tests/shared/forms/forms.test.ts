import {
  conflicts,
  contracts,
  directions,
  LISTS,
  passport,
  risks,
  roster,
  services,
  staffing,
  TEMPLATES,
  formAt,
  CONTRACT_VERSION,
  type FormDef,
} from "../../../shared/forms";
import { allDirections, orgs } from "../../../shared/forms/summary";
import { defineForm } from "../../../shared/forms/form";
import { PassportData } from "../../../shared/forms/passport";
import { rosterOfWidth } from "../../../shared/forms/roster";
import { StaffingRow } from "../../../shared/forms/staffing";

// What version 2 appends to a form's columns (a vertical form's fields), after version 1's.
const ADDED_IN_2: Readonly<Record<string, readonly string[]>> = {
  Directions: ["recommendation"],
  Risks: ["measure"],
  Passport: ["head_position", "head_name", "place"],
};

// The column order of FORMS.md: columns are identified by position, so this is the contract.
describe("the workbook contract, version 1 and what version 2 appends", () => {
  it.each([
    [
      staffing,
      [
        "no",
        "position",
        "category",
        "units",
        "occupied",
        "hired",
        "dismissed",
        "dismissed_negative",
        "risk_position",
        "risk_reason",
      ],
    ],
    [
      conflicts,
      [
        "no",
        "person1_name",
        "person1_position",
        "person2_name",
        "person2_position",
        "kinship",
        "direct_subordination",
        "appointed_by",
        "measures",
      ],
    ],
    [services, ["no", "service", "via_portal", "via_is", "on_paper", "total", "late", "refusals", "complaints"]],
    [
      contracts,
      [
        "no",
        "contract_no",
        "contract_date",
        "counterparty",
        "counterparty_bin",
        "subject",
        "method",
        "amount",
        "funding",
        "notes",
      ],
    ],
    [
      risks,
      [
        "no",
        "direction",
        "risk",
        "justification",
        "recommendation",
        "form",
        "authority_position",
        "responsible",
        "deadline",
        "status",
      ],
    ],
    [directions, ["code", "direction", "analysed", "risks_found", "conclusion"]],
    [passport, ["field", "label", "value"]],
  ] as const)("lays out $id with its columns in order", (form, keys) => {
    expect(formAt(form, 1)?.columns.map((c) => c.key)).toEqual(keys);
    const added = form.layout === "fields" ? [] : (ADDED_IN_2[form.id] ?? []);
    expect(form.columns.map((c) => c.key)).toEqual([...keys, ...added]);
  });

  it("lays out the Roster with the contract's four columns, then its optional ones, and a table of the four alone as the first templates made it", () => {
    const first = ["bin", "org_name", "org_type", "district"];
    const optional = ["org_name_other", "district_other", "responsible", "contact_email", "contact_phone"];
    expect(roster.columns.map((c) => c.key)).toEqual([...first, ...optional]);
    expect(
      rosterOfWidth(9)
        .columns.filter((c) => c.required)
        .map((c) => c.key),
    ).toEqual(["bin", "org_name"]);
    expect(rosterOfWidth(4).columns.map((c) => c.key)).toEqual(first);
    expect(rosterOfWidth(9)).toBe(roster);
  });

  it("lists the Passport's fields in order", () => {
    const v1 = formAt(passport, 1);
    expect(v1?.layout === "fields" && v1.fields.map((f) => f.key)).toEqual([
      "org_name_ru",
      "org_name_kk",
      "bin",
      "org_type",
      "region",
      "district",
      "parent_bin",
      "period_from",
      "period_to",
      "analysis_from",
      "analysis_to",
      "order_no",
      "order_date",
      "group_head",
      "group_members",
      "responsible",
      "announcement_date",
      "discussion_date",
      "report_date",
      "report_url",
      "contact_email",
      "contact_phone",
    ]);
    expect(passport.fields.map((f) => f.key).slice(v1?.layout === "fields" ? v1.fields.length : 0)).toEqual(
      ADDED_IN_2.Passport,
    );
  });

  it("requires the head who approves the report in version 2 only", () => {
    const required = (form: FormDef | null) =>
      form?.layout === "fields" ? form.fields.filter((f) => f.required).map((f) => f.key) : [];
    expect(required(passport)).toEqual(expect.arrayContaining(["head_position", "head_name"]));
    expect(required(formAt(passport, 1))).not.toContain("head_name");
  });

  it("reads a workbook of the current version by the forms themselves, and a table version 2 added in no version 1 file", () => {
    expect(formAt(risks, CONTRACT_VERSION)).toBe(risks);
    expect(formAt(staffing, 1)).toBe(staffing);
    expect(formAt(allDirections, 1)).toBeNull();
    expect(formAt(orgs, 1)?.columns.map((c) => c.key)).not.toContain("head_name");
  });

  it("refuses a form whose later version inserts a column before an older one", () => {
    expect(() =>
      defineForm({
        id: "Inserted",
        layout: "rows",
        capacity: 1,
        sheet: { kk: "a", ru: "a", en: "a" },
        title: { kk: "a", ru: "a", en: "a" },
        columns: [
          { key: "new", type: "text", since: 2, labels: { kk: "a", ru: "a", en: "a" } },
          { key: "old", type: "text", labels: { kk: "b", ru: "b", en: "b" } },
        ],
      }),
    ).toThrow(/old stands after a column of a later version/);
  });

  it("holds the seven forms of an organization's workbook in sheet order, and the roster apart", () => {
    expect(TEMPLATES.vakr.forms.map((f) => f.id)).toEqual([
      "Passport",
      "Directions",
      "Staffing",
      "Conflicts",
      "Services",
      "Contracts",
      "Risks",
    ]);
    expect(TEMPLATES.roster.forms.map((f) => f.id)).toEqual(["Roster"]);
  });

  it.each([
    [
      "orgType",
      ["school", "kindergarten", "extracurricular", "college", "special_needs", "boarding", "department", "other"],
    ],
    ["staffCategory", ["management", "teaching", "administrative", "support"]],
    ["kinship", ["spouse", "parent", "child", "sibling", "grandparent", "grandchild", "in_law", "other"]],
    [
      "procurementMethod",
      [
        "open_tender",
        "auction",
        "price_offers",
        "single_source",
        "e_shop",
        "commodity_exchange",
        "outside_procurement",
        "other",
      ],
    ],
    ["funding", ["local_budget", "republican_budget", "paid_services", "sponsorship", "other"]],
    ["executionForm", ["internal_act", "legal_act_proposal", "letter", "training", "control", "other"]],
    ["status", ["planned", "in_progress", "done", "not_done"]],
    ["direction", ["1", "2", "3", "4", "5", "6", "7", "8", "9"]],
  ] as const)("gives the list %s its codes", (id, codes) => {
    expect(LISTS[id].items.map((i) => i.code)).toEqual(codes);
  });

  it("names the kinship synonyms real registers use", () => {
    const synonyms = LISTS.kinship.items.flatMap((i) => i.synonyms);
    for (const word of [
      "муж",
      "жена",
      "мать",
      "отец",
      "сын",
      "дочь",
      "брат",
      "сестра",
      "күйеуі",
      "әйелі",
      "анасы",
      "әкесі",
      "ұлы",
      "қызы",
    ]) {
      expect(synonyms).toContain(word);
    }
  });

  it("computes the Services total from the three channels", () => {
    expect(services.columns.find((c) => c.key === "total")?.sumOf).toEqual(["via_portal", "via_is", "on_paper"]);
  });
});

describe("defineForm", () => {
  const base = {
    id: "Sample",
    layout: "rows",
    capacity: 10,
    sheet: { kk: "Үлгі", ru: "Образец", en: "Sample" },
    title: { kk: "Үлгі", ru: "Образец", en: "Sample" },
  } as const;
  const text = (key: string) => ({ key, type: "text", labels: { kk: "Мәтін", ru: "Текст", en: "Text" } }) as const;

  it("refuses a sheet name longer than Excel allows", () => {
    expect(() =>
      defineForm({ ...base, sheet: { ...base.sheet, ru: "О".repeat(32) }, columns: [text("a"), text("b")] }),
    ).toThrow();
  });

  it("refuses a label missing in one language", () => {
    expect(() =>
      defineForm({
        ...base,
        columns: [text("a"), { key: "b", type: "text", labels: { kk: "Мәтін", ru: "Текст", en: "" } }],
      }),
    ).toThrow();
  });

  it("refuses a list column that names no list", () => {
    expect(() =>
      defineForm({
        ...base,
        columns: [text("a"), { key: "b", type: "list", labels: { kk: "Тізім", ru: "Список", en: "List" } }],
      }),
    ).toThrow();
  });

  it("refuses a bound on a column the form does not have", () => {
    expect(() => defineForm({ ...base, columns: [text("a"), { ...text("b"), atMost: "c" }] })).toThrow(/no column c/);
  });

  it("refuses the same key twice", () => {
    expect(() => defineForm({ ...base, columns: [text("a"), text("a")] })).toThrow(/key a twice/);
  });
});

describe("row schemas", () => {
  it("take only http(s) links and ISO dates where the Passport asks for them", () => {
    const field = (key: string) => PassportData.shape[key as keyof typeof PassportData.shape];
    expect(field("report_url").safeParse("https://sch12.edu.kz/vakr").success).toBe(true);
    expect(field("report_url").safeParse("ftp://sch12.edu.kz").success).toBe(false);
    expect(field("report_date").safeParse("2025-05-30").success).toBe(true);
    expect(field("report_date").safeParse("30.05.2025").success).toBe(false);
    expect(field("report_url").safeParse(null).success).toBe(true);
    expect(field("bin").safeParse(null).success).toBe(false);
  });

  it("accept a clean row and refuse a required value that is missing", () => {
    const row = {
      no: 1,
      position: "Директор",
      category: "management",
      units: 1,
      occupied: 1,
      hired: null,
      dismissed: null,
      dismissed_negative: null,
      risk_position: true,
      risk_reason: "Подписывает договоры",
    };
    expect(StaffingRow.safeParse(row).success).toBe(true);
    expect(StaffingRow.safeParse({ ...row, units: null }).success).toBe(false);
  });
});
