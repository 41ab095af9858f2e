import "server-only";
import type { EffectivePlan } from "@/lib/plans/effective-plan";
import type { PlanCosts } from "@/lib/plans/plan-costs";

/**
 * The team table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled). Spreadsheets run a cell that starts with = + - @ (or a tab or CR
 * before one) as a formula, so such cells get a leading apostrophe (OWASP "CSV injection").
 */

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const planCsvHeaders = [
  "Role",
  "Role id",
  "Headcount",
  "Seniority",
  "Seniority mix",
  "Required skills",
  "Preferred skills",
  "Tools",
  "Phases",
  "O*NET-SOC code",
  "Salary currency",
  "Salary min (per person per year)",
  "Salary max (per person per year)",
  "Annual cost min",
  "Annual cost max",
] as const;

export function renderPlanCsv(plan: EffectivePlan, costs: PlanCosts): string {
  const phaseNames = new Map(plan.phases.map((phase) => [phase.id, phase.name]));
  const rows = plan.team.map((role) => {
    const cost = costs.perRole.find((entry) => entry.roleId === role.roleId);
    return [
      role.title,
      role.roleId,
      role.headcount,
      role.seniority,
      role.seniorityMix.map((mix) => `${mix.count} ${mix.level}`).join("; "),
      role.skills.required.join("; "),
      role.skills.preferred.join("; "),
      role.tools.join("; "),
      role.phases.map((phaseId) => phaseNames.get(phaseId) ?? phaseId).join("; "),
      role.occupationCode,
      role.salaryBand?.currency ?? null,
      role.salaryBand?.min ?? null,
      role.salaryBand?.max ?? null,
      cost?.annual?.min ?? null,
      cost?.annual?.max ?? null,
    ];
  });
  return toCsv([[...planCsvHeaders], ...rows]);
}
