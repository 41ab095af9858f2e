import { costCoverageNote } from "@/lib/ui/cost-coverage";

/** Beside a plan's cost figure: says when it leaves people out (see costCoverageNote). */
export function CostCoverageNote({ costedHeadcount, headcount, leftOut }: { costedHeadcount: number | null; headcount: number; leftOut?: string[] }) {
  const note = costCoverageNote(costedHeadcount, headcount);
  if (!note) return null;
  return (
    <span className="cost-coverage">
      {note}
      {leftOut && leftOut.length > 0 ? ` (left out: ${leftOut.join(", ")})` : ""}
    </span>
  );
}
