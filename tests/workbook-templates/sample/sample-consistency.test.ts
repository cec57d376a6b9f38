import type { WorkbookLang } from "../../../shared/i18n/lang";
import { parseDate } from "../../../shared/values/parse-date";
import type { SpecValue } from "../../../shared/xlsx/workbook-spec";
import { type OrgType, SAMPLE_PERIOD, sampleOrg } from "../../../workbook-templates/src/sample";

const YES: Record<WorkbookLang, string> = { kk: "Иә", ru: "Да" };
const cases = Array.from({ length: 30 }, (_, i) => {
  const orgType: OrgType = (["school", "kindergarten", "extracurricular"] as const)[i % 3] ?? "school";
  return sampleOrg(1000 + i, { lang: i % 2 ? "kk" : "ru", orgType });
});

const iso = (value: SpecValue | undefined) => {
  const parsed = parseDate(typeof value === "number" ? value : null);
  if (!parsed.ok) throw new Error(`not a date: ${String(value)}`);
  return parsed.value;
};
const directionOf = (value: SpecValue | undefined) => String(value).split(".")[0];

describe("sample forms", () => {
  it.each(cases.map((org) => [org.orgType, org.lang, org] as const))(
    "have realistic sizes (%s, %s)",
    (type, _, org) => {
      const size = (form: string) => org.entries[form]?.length ?? 0;
      const staffing: Record<OrgType, [number, number]> = {
        school: [36, 44],
        kindergarten: [20, 26],
        extracurricular: [18, 23],
      };
      const [min, max] = staffing[type];
      expect(size("Staffing")).toBeGreaterThanOrEqual(min);
      expect(size("Staffing")).toBeLessThanOrEqual(max);
      expect(size("Conflicts")).toBeGreaterThanOrEqual(type === "school" ? 7 : 4);
      expect(size("Conflicts")).toBeLessThanOrEqual(12);
      expect(size("Services")).toBeGreaterThanOrEqual(2);
      // Contracts by the kind and size of organization: a kindergarten's tens, a school's up to about two hundred.
      const employed = (org.entries.Staffing ?? []).reduce((n, r) => n + Number(r.occupied ?? 0), 0);
      expect(size("Contracts")).toBeGreaterThanOrEqual(Math.floor(employed * 0.5));
      expect(size("Contracts")).toBeLessThanOrEqual(Math.ceil(employed * 1.4));
      const amount = (org.entries.Contracts ?? []).reduce((n, c) => n + Number(c.amount ?? 0), 0);
      if (type === "kindergarten") expect(amount).toBeLessThan(100_000_000);
      expect(amount).toBeGreaterThan(5_000_000);
      expect(size("Risks")).toBeGreaterThanOrEqual(8);
      expect(size("Risks")).toBeLessThanOrEqual(12);
      for (const risk of org.entries.Risks ?? []) {
        expect(String(risk.justification).length).toBeGreaterThanOrEqual(300);
        expect(String(risk.justification).length).toBeLessThanOrEqual(1000);
      }
    },
  );

  it("find risks in exactly the directions the risks sheet lists, and analyse every direction", () => {
    for (const org of cases) {
      const listed = new Set((org.entries.Risks ?? []).map((r) => directionOf(r.direction)));
      const directions = org.entries.Directions ?? [];
      expect(directions).toHaveLength(9);
      directions.forEach((d, i) => {
        expect(d.analysed).toBe(YES[org.lang]);
        expect(d.risks_found === YES[org.lang]).toBe(listed.has(String(i + 1)));
        expect(String(d.conclusion).length).toBeGreaterThan(10);
      });
    }
  });

  it("name the head who approves the report as signed, with the position of the organization's head", () => {
    const heads: Record<OrgType, Record<WorkbookLang, string>> = {
      school: { kk: "Директор", ru: "Директор" },
      kindergarten: { kk: "Меңгеруші", ru: "Заведующий" },
      extracurricular: { kk: "Директор", ru: "Директор" },
    };
    for (const org of cases) {
      const passport = org.entries.Passport?.[0] ?? {};
      expect(passport.head_position).toBe(heads[org.orgType][org.lang]);
      // «А.Б. Сейтова»: initials, then the surname.
      expect(String(passport.head_name)).toMatch(/^\p{Lu}\.\p{Lu}\. \p{Lu}\p{Ll}+$/u);
      expect(String(passport.place)).toMatch(org.lang === "kk" ? /(қаласы|кенті|ауылы)$/ : /^(г|пос|с)\. /);
    }
  });

  it("give every risk its action plan's measure, and directions their recommendations", () => {
    for (const org of cases) {
      for (const risk of org.entries.Risks ?? []) {
        expect(String(risk.measure).length).toBeGreaterThan(40);
        expect(risk.measure).not.toBe(risk.recommendation);
      }
      const recommended = (org.entries.Directions ?? []).filter((d) => d.recommendation);
      expect(recommended.length).toBeGreaterThanOrEqual(7);
    }
  });

  it("list risks where the other forms call for them, and measures for every direct subordination", () => {
    for (const org of cases) {
      const listed = new Set((org.entries.Risks ?? []).map((r) => directionOf(r.direction)));
      const yes = YES[org.lang];
      expect((org.entries.Staffing ?? []).some((r) => r.risk_position === yes)).toBe(true);
      expect(listed.has("1")).toBe(true);
      const direct = (org.entries.Conflicts ?? []).filter((c) => c.direct_subordination === yes);
      for (const pair of direct) expect(pair.measures).toBeTruthy();
      if (direct.length > 0) expect(listed.has("2")).toBe(true);
      if ((org.entries.Services ?? []).some((s) => Number(s.late) > 0)) expect(listed.has("3")).toBe(true);
    }
  });

  it("give every service's total as the sum of its channels, and distinct services", () => {
    for (const org of cases) {
      const services = org.entries.Services ?? [];
      expect(new Set(services.map((s) => s.service)).size).toBe(services.length);
      for (const s of services) {
        const total = s.total !== null && typeof s.total === "object" ? s.total.result : s.total;
        expect(total).toBe(Number(s.via_portal) + Number(s.via_is) + Number(s.on_paper));
        expect(Number(s.late)).toBeLessThanOrEqual(Number(total));
      }
    }
  });

  it("date the cycle coherently: order, announcement 10+ working days ahead, analysis, report, discussion", () => {
    for (const org of cases) {
      const p = org.entries.Passport?.[0] ?? {};
      expect([iso(p.period_from), iso(p.period_to)]).toEqual([SAMPLE_PERIOD.from, SAMPLE_PERIOD.to]);
      const from = iso(p.analysis_from);
      expect(iso(p.order_date) < iso(p.announcement_date)).toBe(true);
      expect(iso(p.announcement_date) < from).toBe(true);
      let workingDays = 0;
      for (let d = new Date(`${iso(p.announcement_date)}T00:00:00Z`); d.toISOString().slice(0, 10) < from;) {
        d = new Date(d.getTime() + 86_400_000);
        if (d.getUTCDay() % 6 !== 0 && d.toISOString().slice(0, 10) < from) workingDays++;
      }
      expect(workingDays).toBeGreaterThanOrEqual(10);
      expect(from <= iso(p.analysis_to)).toBe(true);
      expect(iso(p.analysis_to) <= iso(p.report_date)).toBe(true);
      expect(iso(p.report_date) < iso(p.discussion_date)).toBe(true);
      for (const c of org.entries.Contracts ?? []) {
        expect(iso(c.contract_date) >= SAMPLE_PERIOD.from && iso(c.contract_date) <= SAMPLE_PERIOD.to).toBe(true);
      }
      for (const r of org.entries.Risks ?? []) expect(iso(r.deadline) >= iso(p.report_date)).toBe(true);
    }
  });
});
