import { getPhase } from "../catalog/phases";
import type { PhaseId } from "../types";

export interface PhaseSlot {
  readonly startMonth: number;
  readonly durationMonths: number;
}

/**
 * Lays the phases over `totalMonths`. Sequential phases share the months in proportion to
 * their usual length, in order; with fewer months than phases they overlap (several phases
 * in one month) rather than vanish. Ongoing phases (reporting) run from exploration, or the
 * start, to the end. Integer arithmetic only, so the result never depends on float rounding.
 */
export function schedulePhases(phaseIds: readonly PhaseId[], totalMonths: number): Map<PhaseId, PhaseSlot> {
  const slots = new Map<PhaseId, PhaseSlot>();
  const sequential = phaseIds.filter((id) => getPhase(id).schedule === "sequential");
  const totalWeight = sequential.reduce((sum, id) => sum + getPhase(id).baselineMonths, 0);

  let cumulative = 0;
  for (const id of sequential) {
    const weight = getPhase(id).baselineMonths;
    const startMonth = Math.floor((cumulative * totalMonths) / totalWeight) + 1;
    cumulative += weight;
    const endMonth = Math.max(startMonth, Math.ceil((cumulative * totalMonths) / totalWeight));
    slots.set(id, { startMonth, durationMonths: endMonth - startMonth + 1 });
  }

  const ongoingStart = slots.get("exploration")?.startMonth ?? 1;
  for (const id of phaseIds) {
    if (getPhase(id).schedule !== "ongoing") continue;
    slots.set(id, { startMonth: ongoingStart, durationMonths: totalMonths - ongoingStart + 1 });
  }
  return slots;
}
