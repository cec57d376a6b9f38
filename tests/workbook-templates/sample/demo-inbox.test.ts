import { createHash } from "node:crypto";
import { nodeInflate } from "../../../bin/node-inflate";
import { examineFile } from "../../../shared/consolidate/examine";
import type { Examined } from "../../../shared/consolidate/examined";
import { planConsolidation, type Plan } from "../../../shared/consolidate/plan";
import { readRoster } from "../../../shared/consolidate/roster";
import {
  demoInbox,
  type DemoInbox,
  type DemoPlan,
  planDemoInbox,
  writeDemoFile,
} from "../../../workbook-templates/src/sample";

let designed: DemoPlan;
let inbox: DemoInbox;
let examined: Examined[];
let plan: Plan;

// One inbox for every test, written once: 41 workbooks, 17 s of CPU (50 s on a machine shared by many builds).
beforeAll(async () => {
  designed = planDemoInbox();
  inbox = await demoInbox(designed);
  examined = [];
  for (const file of inbox.files) examined.push(await examineFile(file, { inflate: nodeInflate }));
  const roster = readRoster(inbox.roster, { inflate: nodeInflate });
  if (!roster.ok) throw new Error(`the demo's roster is refused: ${JSON.stringify(roster.report.findings)}`);
  plan = planConsolidation(examined, { roster: roster.entries });
}, 300_000);

const namesOf = (outcome: string) =>
  plan.decisions
    .filter((d) => d.outcome === outcome)
    .map((d) => d.examined.file)
    .sort();

describe("demoInbox", () => {
  it("holds about 40 differently named files, in Kazakh and in Russian", () => {
    const names = inbox.files.map((f) => f.name);
    expect(names.length).toBe(41);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.endsWith(".xlsx"))).toBe(true);
    expect(new Set(examined.map((e) => e.lang))).toEqual(new Set(["kk", "ru", null]));
  });

  it("gives each file the outcome it was made for", () => {
    expect(namesOf("accepted")).toEqual([...inbox.design.accepted].sort());
    expect(namesOf("rejected")).toEqual([...inbox.design.rejected].sort());
    expect(namesOf("superseded")).toEqual([...inbox.design.superseded].sort());
    expect([namesOf("accepted").length, namesOf("rejected").length, namesOf("superseded").length]).toEqual([36, 4, 1]);
  });

  it("rejects each faulty file for the mistake made in it", () => {
    const codes = examined
      .filter((e) => e.errors > 0)
      .map((e) => e.problems.map((p) => p.code).join(","))
      .sort();
    expect(codes).toEqual(["file_corrupt", "measures_missing", "not_a_number", "required"]);
  });

  it("lets a few accepted files carry the warnings real ones do", () => {
    const warned = examined.filter((e) => e.errors === 0 && e.warnings > 0);
    expect(warned.length).toBeGreaterThanOrEqual(3);
    expect(warned.length).toBeLessThan(10);
  });

  it("sizes contracts by the kind of organization: a kindergarten's tens, worth tens of millions", () => {
    const units = plan.accepted.map((a) => a.unit);
    const kindergartens = units.filter((u) =>
      /бөбекжай|балабақша|детский сад|ясли/i.test(`${u.names.kk} ${u.names.ru}`),
    );
    expect(kindergartens.length).toBeGreaterThan(5);
    for (const u of kindergartens) {
      expect(u.digest.contracts).toBeGreaterThanOrEqual(10);
      expect(u.digest.contracts).toBeLessThan(100);
      expect(u.digest.contractsAmount).toBeGreaterThan(5_000);
      expect(u.digest.contractsAmount).toBeLessThan(100_000);
    }
  });

  it("takes the later of the two versions one school sent, by its file time", () => {
    const [decision] = plan.decisions.filter((d) => d.outcome === "superseded");
    const later = inbox.files.find((f) => f.name === decision?.supersededBy[0]?.file);
    expect(later?.modified).toBeGreaterThan(decision?.examined.modified ?? Infinity);
  });

  it("lists as missing the organizations with nothing usable, and the one that never sent", () => {
    expect(plan.missing.map((m) => m.bin).sort()).toEqual([...inbox.design.missing].sort());
    const sent = new Set(examined.map((e) => e.bin));
    expect(plan.missing.filter((m) => !sent.has(m.bin))).toHaveLength(1);
    expect(plan.roster).toHaveLength(41);
  });

  it("tells whose the file cut short was, from what survived of it", () => {
    const cut = examined.find((e) => e.problems[0]?.code === "file_corrupt");
    expect(cut?.identifiedBy).toBe("salvaged");
    expect(plan.missing.map((m) => m.bin)).toContain(cut?.bin);
  });

  it("gives the roster each organization's name and district in both languages, and whom to ask", () => {
    for (const entry of plan.roster ?? []) {
      expect(entry.names?.kk && entry.names.ru).toBeTruthy();
      expect(entry.districts).toEqual({ kk: inbox.district.kk, ru: inbox.district.ru });
      expect(Object.values(entry.contacts ?? {}).every(Boolean)).toBe(true);
    }
  });

  it("is the same on every run: the same plan, and the same bytes written from it", async () => {
    // Writing is deterministic for any spec (tests/shared/xlsx): a fresh plan, and two of its files written
    // again, show the inbox does not change between runs without writing all 41 workbooks twice.
    expect(planDemoInbox()).toEqual(designed);
    const digest = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
    for (const i of [0, designed.files.length - 1]) {
      const file = designed.files[i];
      if (!file) throw new Error(`no file ${i}`);
      expect(digest(await writeDemoFile(file))).toBe(digest(inbox.files[i]?.bytes ?? new Uint8Array()));
    }
  });
});
