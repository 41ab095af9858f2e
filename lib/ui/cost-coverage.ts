/**
 * What a plan's cost figure covers, for every place it appears away from the plan page (the
 * list, compare): a cost that leaves out roles without a salary band is a floor of the team's
 * cost, never the team's cost, so it must say so beside the figure.
 */
export function costCoverageNote(costedHeadcount: number | null, headcount: number): string | null {
  if (costedHeadcount === null) return "Coverage not recorded: may leave roles out; open the plan to check";
  if (costedHeadcount >= headcount) return null;
  return `Partial: ${costedHeadcount} of ${headcount} ${headcount === 1 ? "person" : "people"} costed`;
}
