import { planMetaWrite } from "../../../../addin/src/port/plan-meta-write";

describe("planning a write to the Meta table", () => {
  it("updates the rows of keys it has and appends the others in the order given", () => {
    expect(
      planMetaWrite(
        ["template", "version", "lang", "stamp.hash"],
        [
          ["stamp.hash", "ab"],
          ["stamp.tool", "Adal"],
          ["stamp.validatedAt", "2026-03-05T09:30:00.000Z"],
        ],
      ),
    ).toEqual({
      updates: [{ index: 3, value: "ab" }],
      appends: [
        ["stamp.tool", "Adal"],
        ["stamp.validatedAt", "2026-03-05T09:30:00.000Z"],
      ],
    });
  });

  it("keeps the last value of a key given twice", () => {
    expect(
      planMetaWrite(
        [],
        [
          ["k", "1"],
          ["k", "2"],
        ],
      ),
    ).toEqual({ updates: [], appends: [["k", "2"]] });
  });
});
