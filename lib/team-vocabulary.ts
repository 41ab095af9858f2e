/**
 * The ids of roles, phases and seniority levels, free of zod: client components (the draft
 * editor) import these, and importing them from lib/schemas/team-draft.ts would ship the whole
 * zod runtime to a page that validates nothing in the browser. team-draft.ts builds its schemas
 * from these and re-exports them.
 */

export const roleIds = ["data-scientist", "ml-engineer", "ai-engineer", "data-engineer", "mlops-engineer"] as const;
export type RoleId = (typeof roleIds)[number];

export const phaseIds = [
  "data-collection",
  "exploration",
  "model-development",
  "evaluation-safety",
  "optimization",
  "deployment",
  "integration",
  "monitoring",
  "reporting",
] as const;
export type PhaseId = (typeof phaseIds)[number];

export const seniorityLevels = ["junior", "mid", "senior", "lead"] as const;
export type SeniorityLevel = (typeof seniorityLevels)[number];
