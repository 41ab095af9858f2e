import "server-only";
import type { EffectivePlan } from "@/lib/plans/effective-plan";
import type { PlanCosts } from "@/lib/plans/plan-costs";
import type { PlanContent } from "@/lib/schemas/plan";

/**
 * The whole plan as JSON: what is saved (content: brief, engine draft, overrides, notes), what
 * people see (the effective plan with overrides applied) and the cost roll-up, so another tool
 * can re-import or analyse it without Teamwright's code.
 */

export interface PlanJsonExport {
  format: "teamwright-plan";
  formatVersion: 1;
  exportedAt: string;
  plan: { id: string; name: string; status: string; version: number; workspace: string };
  content: PlanContent;
  effectivePlan: Omit<EffectivePlan, "brief" | "draft" | "notes">;
  costs: PlanCosts;
}

export function buildPlanJson(
  meta: { id: string; name: string; status: string; version: number; workspace: string },
  content: PlanContent,
  plan: EffectivePlan,
  costs: PlanCosts,
  exportedAt: Date,
): PlanJsonExport {
  // brief, draft and notes are already in content; repeating them would double the file.
  const { brief: _brief, draft: _draft, notes: _notes, ...effective } = plan;
  return { format: "teamwright-plan", formatVersion: 1, exportedAt: exportedAt.toISOString(), plan: meta, content, effectivePlan: effective, costs };
}

export function renderPlanJson(...args: Parameters<typeof buildPlanJson>): string {
  return `${JSON.stringify(buildPlanJson(...args), null, 2)}\n`;
}
