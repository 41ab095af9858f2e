import type { PhaseId } from "@/lib/schemas/team-draft";

export interface PhaseDefinition {
  readonly id: PhaseId;
  readonly name: string;
  /**
   * Months the phase usually takes on its own (a Teamwright assumption, tagged "heuristic" where
   * it is cited). The plan's usual length is the sum over its sequential phases.
   */
  readonly baselineMonths: number;
  /** Sequential phases follow one another; ongoing phases run alongside, to the end. */
  readonly schedule: "sequential" | "ongoing";
}

/** Phases in the order a project goes through them. */
export const phaseCatalog: readonly PhaseDefinition[] = [
  { id: "data-collection", name: "Data collection and preprocessing", baselineMonths: 1, schedule: "sequential" },
  { id: "exploration", name: "Data exploration", baselineMonths: 1, schedule: "sequential" },
  { id: "model-development", name: "Model development", baselineMonths: 2, schedule: "sequential" },
  { id: "evaluation-safety", name: "Evaluation, safety and compliance", baselineMonths: 1, schedule: "sequential" },
  { id: "optimization", name: "Optimisation", baselineMonths: 1, schedule: "sequential" },
  { id: "deployment", name: "Deployment", baselineMonths: 1, schedule: "sequential" },
  { id: "integration", name: "Integration", baselineMonths: 1, schedule: "sequential" },
  { id: "monitoring", name: "Monitoring and maintenance", baselineMonths: 1, schedule: "sequential" },
  { id: "reporting", name: "Reporting to stakeholders", baselineMonths: 0, schedule: "ongoing" },
];

const byId = new Map<PhaseId, PhaseDefinition>(phaseCatalog.map((phase) => [phase.id, phase]));
// Phases are sorted several times per draft; a scan of the catalog per comparison added up.
const orderById = new Map<PhaseId, number>(phaseCatalog.map((phase, index) => [phase.id, index]));

/** The catalog entry of a phase; throws on an unknown id (a programming error, not user input). */
export function getPhase(id: PhaseId): PhaseDefinition {
  const phase = byId.get(id);
  if (!phase) throw new Error(`Unknown phase ${id}`);
  return phase;
}

/** Catalog position of a phase, the order a project goes through them. */
export function getPhaseOrder(id: PhaseId): number {
  return orderById.get(id) ?? -1;
}
