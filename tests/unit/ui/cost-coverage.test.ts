import { describe, expect, it } from "vitest";
import { costCoverageNote } from "@/lib/ui/cost-coverage";

describe("costCoverageNote", () => {
  it.each([
    [3, 3, null],
    [1, 3, "Partial: 1 of 3 people costed"],
    [0, 1, "Partial: 0 of 1 person costed"],
    [null, 2, "Coverage not recorded: may leave roles out; open the plan to check"],
  ] as const)("costed %s of %s → %s", (costed, headcount, note) => {
    expect(costCoverageNote(costed, headcount)).toBe(note);
  });
});
