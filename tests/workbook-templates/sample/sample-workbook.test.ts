import { sampleOrg, sampleWorkbook } from "../../../workbook-templates/src/sample";

describe("sampleWorkbook", () => {
  it.each([
    [3, "kk"],
    [4, "ru"],
  ] as const)("gives the same bytes for the same seed (%i, %s)", async (seed, lang) => {
    const first = await sampleWorkbook(seed, { lang });
    const second = await sampleWorkbook(seed, { lang });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("gives other bytes for another seed", async () => {
    const a = await sampleWorkbook(5, { lang: "ru", orgType: "school" });
    const b = await sampleWorkbook(6, { lang: "ru", orgType: "school" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe("sampleOrg", () => {
  it("gives the same data for the same seed and options", () => {
    expect(sampleOrg(11, { lang: "kk" })).toEqual(sampleOrg(11, { lang: "kk" }));
  });

  it("keeps the options it is given", () => {
    const org = sampleOrg(12, { lang: "kk", orgType: "kindergarten" });
    expect(org.lang).toBe("kk");
    expect(org.orgType).toBe("kindergarten");
  });

  it("changes with an option only what the option names: the same organization in the other language", () => {
    const drawn = sampleOrg(13);
    const other = sampleOrg(13, { lang: drawn.lang === "kk" ? "ru" : "kk" });
    expect(other.bin).toBe(drawn.bin);
    expect(other.entries.Contracts?.length).toBe(drawn.entries.Contracts?.length);
    expect(other.entries.Passport?.[0]?.org_name_ru).toBe(drawn.entries.Passport?.[0]?.org_name_ru);
  });

  it("draws both languages and every organization type when left to choose", () => {
    const orgs = Array.from({ length: 60 }, (_, seed) => sampleOrg(seed));
    expect(new Set(orgs.map((o) => o.lang))).toEqual(new Set(["kk", "ru"]));
    expect(new Set(orgs.map((o) => o.orgType))).toEqual(new Set(["school", "kindergarten", "extracurricular"]));
  });
});
