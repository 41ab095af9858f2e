import type { PhaseId, RoleId, TeamRole } from "@/lib/schemas/team-draft";
import type { EffectivePlan } from "@/lib/plans/effective-plan";

/** An amount in the plan's currency, as a range because salary bands are ranges. */
export interface CostRange {
  min: number;
  max: number;
}

export interface RoleCost {
  roleId: RoleId;
  title: string;
  headcount: number;
  band: TeamRole["salaryBand"];
  /** First and last month the role's people are employed (start of first phase to end of last). */
  firstMonth: number | null;
  lastMonth: number | null;
  months: number;
  /** headcount × band per year; null without a band. */
  annual: CostRange | null;
  /** Cost over the months employed; null without a band. */
  total: CostRange | null;
}

export interface PlanCosts {
  currency: string;
  /** Yearly run rate of the whole team (roles with a band only); null when no role has one. */
  annual: CostRange | null;
  /** Cost over the timeline (roles with a band only); null when no role has one. */
  total: CostRange | null;
  perRole: RoleCost[];
  /** `unpriced`: roles working in the phase whose pay is unknown, so `cost` understates it. */
  perPhase: { phaseId: PhaseId; name: string; startMonth: number; endMonth: number; cost: CostRange; unpriced: RoleId[] }[];
  /** Months a role is employed between two of its phases, working none: paid, but in no phase. */
  betweenPhases: CostRange;
  /** Project quarters: Q1 = months 1–3, Q2 = months 4–6, … up to the last month of the timeline. */
  perQuarter: { quarter: number; startMonth: number; endMonth: number; cost: CostRange; unpriced: RoleId[] }[];
  /** Roles left out of every figure above because no salary band is known: never counted as zero silently. */
  rolesWithoutBand: { roleId: RoleId; title: string; headcount: number; reason: string }[];
  /** People in the figures (roles with a band in the plan's currency), of the team's headcount. */
  costedHeadcount: number;
  /** True when every role on the team is in the figures. */
  complete: boolean;
}

const zero = (): CostRange => ({ min: 0, max: 0 });
const round = (range: CostRange): CostRange => ({ min: Math.round(range.min), max: Math.round(range.max) });

/**
 * Rolls the team's salary bands up into the yearly run rate and the project's cost in total, per
 * phase and per quarter. A role's people are employed from the start of its first phase to the
 * end of its last; a month in which it works several phases splits that month's cost evenly
 * among them. Figures are whole currency units, rounded once at the end.
 */
export function planCosts(plan: EffectivePlan): PlanCosts {
  const months = Math.max(0, plan.timelineMonths);
  const monthly: CostRange[] = Array.from({ length: months }, zero);
  const perPhase = new Map<PhaseId, CostRange>(plan.phases.map((phase) => [phase.id, zero()]));
  const betweenPhases = zero();
  const perRole: RoleCost[] = [];
  const rolesWithoutBand: PlanCosts["rolesWithoutBand"] = [];
  const annualSum = zero();
  let anyBand = false;
  // Which unpriced roles are employed in each month and work each phase, so a phase or quarter
  // staffed only by them reads "not known" rather than a misleading $0.
  const unpricedByMonth: RoleId[][] = Array.from({ length: months }, () => []);
  const unpricedByPhase = new Map<PhaseId, RoleId[]>(plan.phases.map((phase) => [phase.id, []]));

  for (const role of plan.team) {
    const phases = plan.phases.filter((phase) => phase.staffing.some((entry) => entry.roleId === role.roleId));
    const firstMonth = phases.length > 0 ? Math.min(...phases.map((phase) => phase.startMonth)) : null;
    const lastMonth = phases.length > 0 ? Math.max(...phases.map((phase) => phase.endMonth)) : null;
    const employedMonths = firstMonth !== null && lastMonth !== null ? lastMonth - firstMonth + 1 : 0;
    const band = role.salaryBand;
    const usable = band !== null && band.currency === plan.currency;
    if (!usable) {
      rolesWithoutBand.push({
        roleId: role.roleId,
        title: role.title,
        headcount: role.headcount,
        reason:
          band === null
            ? `No salary band is known for ${role.title}.`
            : `${role.title}'s band is in ${band.currency}, not the plan's ${plan.currency}.`,
      });
      perRole.push({ roleId: role.roleId, title: role.title, headcount: role.headcount, band, firstMonth, lastMonth, months: employedMonths, annual: null, total: null });
      for (const phase of phases) unpricedByPhase.get(phase.id)?.push(role.roleId);
      if (firstMonth !== null && lastMonth !== null) {
        for (let month = firstMonth; month <= lastMonth; month++) unpricedByMonth[month - 1]?.push(role.roleId);
      }
      continue;
    }
    const roleAnnual = { min: role.headcount * band.min, max: role.headcount * band.max };
    add(annualSum, roleAnnual, 1);
    anyBand = true;
    const perMonth = { min: roleAnnual.min / 12, max: roleAnnual.max / 12 };
    if (firstMonth !== null && lastMonth !== null) {
      for (let month = firstMonth; month <= lastMonth; month++) {
        const slot = monthly[month - 1];
        if (slot) add(slot, perMonth, 1);
        const working = phases.filter((phase) => phase.startMonth <= month && month <= phase.endMonth);
        if (working.length === 0) {
          add(betweenPhases, perMonth, 1);
          continue;
        }
        for (const phase of working) {
          const bucket = perPhase.get(phase.id);
          if (bucket) add(bucket, perMonth, 1 / working.length);
        }
      }
    }
    perRole.push({
      roleId: role.roleId,
      title: role.title,
      headcount: role.headcount,
      band,
      firstMonth,
      lastMonth,
      months: employedMonths,
      annual: roleAnnual,
      total: round({ min: perMonth.min * employedMonths, max: perMonth.max * employedMonths }),
    });
  }

  const perQuarter: PlanCosts["perQuarter"] = [];
  for (let start = 1; start <= months; start += 3) {
    const cost = zero();
    const unpriced = new Set<RoleId>();
    for (let month = start; month < start + 3 && month <= months; month++) {
      add(cost, monthly[month - 1] ?? zero(), 1);
      for (const roleId of unpricedByMonth[month - 1] ?? []) unpriced.add(roleId);
    }
    perQuarter.push({
      quarter: (start - 1) / 3 + 1,
      startMonth: start,
      endMonth: Math.min(start + 2, months),
      cost: round(cost),
      unpriced: plan.team.map((role) => role.roleId).filter((roleId) => unpriced.has(roleId)),
    });
  }
  const total = monthly.reduce((sum, month) => add(sum, month, 1), zero());

  return {
    currency: plan.currency,
    annual: anyBand ? annualSum : null,
    total: anyBand ? round(total) : null,
    perRole,
    perPhase: plan.phases.map((phase) => ({
      phaseId: phase.id,
      name: phase.name,
      startMonth: phase.startMonth,
      endMonth: phase.endMonth,
      cost: round(perPhase.get(phase.id) ?? zero()),
      unpriced: unpricedByPhase.get(phase.id) ?? [],
    })),
    betweenPhases: round(betweenPhases),
    perQuarter,
    rolesWithoutBand,
    costedHeadcount: plan.team.reduce((sum, role) => sum + role.headcount, 0) - rolesWithoutBand.reduce((sum, role) => sum + role.headcount, 0),
    complete: rolesWithoutBand.length === 0,
  };
}

function add(target: CostRange, amount: CostRange, share: number): CostRange {
  target.min += amount.min * share;
  target.max += amount.max * share;
  return target;
}
