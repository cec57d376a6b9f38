import fc from "fast-check";
import { decide } from "../../../shared/consolidate/decide";
import { digestOf } from "../../../shared/consolidate/digest";
import type { Examined } from "../../../shared/consolidate/examined";
import { planConsolidation } from "../../../shared/consolidate/plan";

const identity = { names: { kk: "", ru: "" }, org_type: null, region: null, district: null, parent_bin: null };
const digest = (bin: string) =>
  digestOf({
    bin,
    identity: { ...identity, period_from: null, period_to: null },
    warnings: 0,
    sourceFile: "",
    sourceSha256: "",
    details: {},
  });

function file(name: string, bins: string[], extra: Partial<Examined> = {}): Examined {
  return {
    file: name,
    size: 1,
    modified: 0,
    sha256: name,
    kind: "workbook",
    lang: "ru",
    version: "1",
    stamp: null,
    validatedAt: null,
    errors: 0,
    warnings: 0,
    problems: [],
    bin: bins[0] ?? null,
    names: null,
    units: bins.map((bin) => ({
      bin,
      names: { kk: "", ru: bin },
      rows: {},
      digest: digest(bin),
      packed: new Uint8Array(),
    })),
    ...extra,
  };
}

const outcomes = (files: Examined[]) => decide(files).map((d) => [d.examined.file, d.outcome]);

describe("deciding each file's outcome", () => {
  it("accepts a file without errors and rejects one with errors or without organizations", () => {
    expect(outcomes([file("a", ["1"]), file("b", ["2"], { errors: 2 }), file("c", [])])).toEqual([
      ["a", "accepted"],
      ["b", "rejected"],
      ["c", "rejected"],
    ]);
  });

  it("takes the later file time of two files of one organization", () => {
    expect(outcomes([file("new", ["1"], { modified: 20 }), file("old", ["1"], { modified: 10 })])).toEqual([
      ["new", "accepted"],
      ["old", "superseded"],
    ]);
  });

  it("prefers the later validation stamp to the file time", () => {
    const early = file("early-stamp", ["1"], { modified: 99, validatedAt: "2026-02-01T10:00:00.000Z" });
    const late = file("late-stamp", ["1"], { modified: 1, validatedAt: "2026-02-03T10:00:00.000Z" });
    expect(outcomes([early, late])).toEqual([
      ["early-stamp", "superseded"],
      ["late-stamp", "accepted"],
    ]);
  });

  it("never lets a file with errors supersede a good one", () => {
    expect(outcomes([file("good", ["1"]), file("later-bad", ["1"], { modified: 50, errors: 1 })])).toEqual([
      ["good", "accepted"],
      ["later-bad", "rejected"],
    ]);
  });

  it("breaks a tie by name, whatever the order given", () => {
    const a = file("a", ["1"]);
    const b = file("b", ["1"]);
    expect(outcomes([a, b])).toEqual([
      ["a", "superseded"],
      ["b", "accepted"],
    ]);
    expect(outcomes([b, a])).toEqual([
      ["b", "accepted"],
      ["a", "superseded"],
    ]);
  });

  it("accepts a summary whose organizations are partly sent again later, naming who superseded which", () => {
    const [summary] = decide([file("summary", ["1", "2"], { kind: "summary" }), file("later", ["2"], { modified: 9 })]);
    expect(summary?.outcome).toBe("accepted");
    expect(summary?.kept).toEqual([0]);
    expect(summary?.supersededBy).toEqual([{ bin: "2", file: "later" }]);
  });
});

describe("the order files are given in", () => {
  it("never changes an outcome, also for files of one name and content that differ only in time", () => {
    const same = { sha256: "same-bytes", validatedAt: "2026-02-01T10:00:00.000Z" };
    const files = [
      file("school.xlsx", ["1"], { ...same, modified: 10 }),
      file("school.xlsx", ["1"], { ...same, modified: 30 }),
      file("school.xlsx", ["1"], { ...same, modified: 20 }),
      file("other.xlsx", ["2"], { modified: 5 }),
      file("other-copy.xlsx", ["2"], { modified: 5 }),
    ];
    const key = (plan: ReturnType<typeof planConsolidation>) =>
      plan.decisions.map((d) => [d.examined.file, d.examined.modified, d.outcome]);
    const expected = key(planConsolidation(files));
    expect(expected.filter(([, , outcome]) => outcome === "accepted")).toEqual([
      ["other.xlsx", 5, "accepted"],
      ["school.xlsx", 30, "accepted"],
    ]);
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (shuffled) => {
        expect(key(planConsolidation(shuffled))).toEqual(expected);
      }),
    );
  });
});
