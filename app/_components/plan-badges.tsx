import { planStatusLabels, type PlanStatus } from "@/lib/schemas/plan";

/** Server-rendered only: the labels live with the plan schema (zod), which client bundles should not pull in. */
export function StatusBadge({ status }: { status: PlanStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{planStatusLabels[status]}</span>;
}

/** Marks a value the user changed by hand, saying what the engine had proposed. */
export function EditedBadge({ engineValue }: { engineValue?: string }) {
  return (
    <span className="badge edited">
      edited{engineValue !== undefined ? <span className="edited-was"> (engine: {engineValue})</span> : null}
    </span>
  );
}
