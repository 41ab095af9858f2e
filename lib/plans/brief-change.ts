import { draftTeam as engineDraftTeam } from "@/lib/engine";
import { diffPlanContents, type PlanChange } from "@/lib/plans/diff-plan-contents";
import { listOverrideStatuses, type OverrideStatus } from "@/lib/plans/effective-plan";
import { emptyOverrides, type PlanContent, type PlanOverrides } from "@/lib/schemas/plan";
import type { ProjectBrief } from "@/lib/schemas/project-brief";
import type { TeamDraft } from "@/lib/schemas/team-draft";

export type DraftTeam = (brief: ProjectBrief) => TeamDraft;

export interface BriefChangePreview {
  /** The engine's draft for the new brief. */
  draft: TeamDraft;
  /** What would change if applied keeping the overrides that still apply. */
  changes: PlanChange[];
  /** What would change if applied dropping every override. */
  changesWithoutOverrides: PlanChange[];
  /** Overrides that still have something to apply to in the new draft (kept by default). */
  keptOverrides: OverrideStatus[];
  /** Overrides the new draft leaves nothing to apply to (dropped on apply), each with a reason. */
  lapsedOverrides: OverrideStatus[];
}

/**
 * Re-runs the engine for a changed brief and shows what would change before anything is saved:
 * the diff against the plan as it is now, and which of the user's overrides carry over.
 */
export function previewBriefChange(content: PlanContent, newBrief: ProjectBrief, draftTeam: DraftTeam = engineDraftTeam): BriefChangePreview {
  const draft = draftTeam(newBrief);
  const kept = applyBriefChange(content, newBrief, draft, { keepOverrides: true });
  const dropped = applyBriefChange(content, newBrief, draft, { keepOverrides: false });
  const statuses = listOverrideStatuses(content.overrides, draft);
  return {
    draft,
    changes: diffPlanContents(content, kept),
    changesWithoutOverrides: diffPlanContents(content, dropped),
    keptOverrides: statuses.filter((status) => status.applies),
    lapsedOverrides: statuses.filter((status) => !status.applies),
  };
}

/**
 * The content after a brief change: the new brief and draft, with the overrides that still
 * apply (keepOverrides) or none. Lapsed overrides are dropped so what is saved is what was shown.
 */
export function applyBriefChange(
  content: PlanContent,
  newBrief: ProjectBrief,
  newDraft: TeamDraft,
  options: { keepOverrides: boolean },
): PlanContent {
  return {
    brief: newBrief,
    draft: newDraft,
    overrides: options.keepOverrides ? pruneOverrides(content.overrides, newDraft) : emptyOverrides(),
    notes: content.notes,
    // The role-library versions the plan took are not overrides: they stay whatever the brief
    // (effective-plan.ts stops using a copied band once it no longer fits the new brief).
    ...(content.library === undefined ? {} : { library: content.library }),
  };
}

/** The overrides that still apply to `draft`; the rest are left out. */
export function pruneOverrides(overrides: PlanOverrides, draft: TeamDraft): PlanOverrides {
  const lapsed = listOverrideStatuses(overrides, draft).filter((status) => !status.applies);
  const isLapsed = (kind: OverrideStatus["kind"], id: string) => lapsed.some((status) => status.kind === kind && status.id === id);
  const roles: PlanOverrides["roles"] = {};
  for (const [roleId, override] of Object.entries(overrides.roles) as [keyof PlanOverrides["roles"], PlanOverrides["roles"][keyof PlanOverrides["roles"]]][]) {
    if (override && !isLapsed("role", roleId)) roles[roleId] = override;
  }
  const phases: PlanOverrides["phases"] = {};
  for (const [phaseId, override] of Object.entries(overrides.phases) as [keyof PlanOverrides["phases"], PlanOverrides["phases"][keyof PlanOverrides["phases"]]][]) {
    if (override && !isLapsed("phase", phaseId)) phases[phaseId] = override;
  }
  return {
    roles,
    addedRoles: overrides.addedRoles.filter((roleId) => !isLapsed("added-role", roleId)),
    removedRoles: overrides.removedRoles.filter((roleId) => !isLapsed("removed-role", roleId)),
    phases,
  };
}
