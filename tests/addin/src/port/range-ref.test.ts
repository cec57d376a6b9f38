import { parseRangeRef } from "../../../../addin/src/port/range-ref";

describe("range references", () => {
  it.each([
    ["A3:J303", { top: 3, left: 1, bottom: 303, right: 10 }],
    ["B7", { top: 7, left: 2, bottom: 7, right: 2 }],
    ["'Сыбайлас жемқорлық тәуекелдері'!A3:J103", { top: 3, left: 1, bottom: 103, right: 10 }],
    ["_meta!$A$1:$B$4", { top: 1, left: 1, bottom: 4, right: 2 }],
  ])("read %s", (ref, rect) => {
    expect(parseRangeRef(ref)).toEqual(rect);
  });

  it.each(["", "A", "A1:", "Sheet1!"])("are not read from %p", (ref) => {
    expect(parseRangeRef(ref)).toBeNull();
  });
});
