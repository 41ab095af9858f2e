import { roleCatalog } from "@/lib/engine/catalog/roles";
import { getSkillName, getToolName } from "@/lib/engine/catalog/skills";
import { payBandRules } from "@/lib/engine/rules/pay";
import type { RoleDescriptionContent, SeniorityExpectation } from "@/lib/schemas/role-library";
import type { RoleId, SeniorityLevel } from "@/lib/schemas/team-draft";

/**
 * The role library entry a workspace starts with, built from the engine's catalog: the same
 * titles, O*NET-SOC codes, skills, tools and sourced salary bands the engine drafts with. Pure,
 * so the CLI, the browser and tests can build job descriptions without a database; the
 * workspace's curated library (lib/server/data/role-library.ts) replaces it where HR has edited.
 */

/**
 * Typical years of experience per level. Teamwright's own assumption (no source gives numbers),
 * kept deliberately wide: the inclusive-language check flags asks beyond `max`, so a narrow band
 * would push HR towards asking for less than the level needs.
 */
export const defaultTypicalYears: Record<SeniorityLevel, { min: number; max: number }> = {
  junior: { min: 0, max: 2 },
  mid: { min: 2, max: 5 },
  senior: { min: 5, max: 8 },
  lead: { min: 7, max: 12 },
};

const levelExpectations: Record<SeniorityLevel, string> = {
  junior: "Delivers well-defined tasks with guidance and review from more experienced colleagues, and grows quickly through them.",
  mid: "Owns features end to end with little supervision, makes sound technical choices and reviews others' work.",
  senior: "Shapes the technical approach of the team's work, unblocks others, mentors and is trusted with the hardest problems.",
  lead: "Sets technical direction across the project, plans the work with stakeholders and grows the people on the team.",
};

/** Written for Teamwright; HR replaces it with the company's own wording in the role library. */
export const defaultEqualOpportunityStatement =
  "We welcome applications from everyone and make hiring decisions on skills and experience alone, without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability or veteran status. Tell us about any adjustments you need during the process.";

const roleResponsibilities: Record<RoleId, readonly string[]> = {
  "data-scientist": [
    "Turn questions from the business into analyses and models, and explain the results to non-technical colleagues",
    "Keep the data and model choices documented so others can reproduce them",
  ],
  "ml-engineer": [
    "Take models from experiment to production and own their lifecycle",
    "Build and maintain the pipelines that train, test and deploy models",
  ],
  "ai-engineer": [
    "Build AI-powered features into the product and keep them fast, reliable and affordable",
    "Choose and integrate models (hosted, pre-trained or in-house) for each use",
  ],
  "data-engineer": [
    "Collect and prepare the data the models need and keep it flowing",
    "Watch data quality and fix problems at the source",
  ],
  "mlops-engineer": [
    "Run CI/CD, serving infrastructure and monitoring for models",
    "Make deployments repeatable and rollbacks safe",
  ],
};

/** The library entry for an engine role when the workspace has not curated one. */
export function defaultRoleDescription(roleId: RoleId): RoleDescriptionContent {
  const role = roleCatalog.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`Unknown role ${roleId}`);
  const seniorityLevels: SeniorityExpectation[] = (["junior", "mid", "senior", "lead"] as const).map((level) => ({
    level,
    expectations: levelExpectations[level],
    typicalYears: { ...defaultTypicalYears[level] },
  }));
  return {
    title: role.title,
    engineRoleId: role.id,
    occupationCode: role.occupationCode,
    summary: role.summary,
    responsibilities: [...roleResponsibilities[roleId]],
    skills: { required: role.required.map(getSkillName), preferred: role.preferred.map(getSkillName) },
    tools: role.tools.map(getToolName),
    seniorityLevels,
    salaryBands: payBandRules
      .filter((rule) => rule.role === roleId)
      .map((rule) => ({ location: rule.country, currency: rule.currency, min: rule.min, max: rule.max, source: `[${rule.sources.join("][")}] ${rule.country} median` })),
    benefits: "",
    equalOpportunityStatement: defaultEqualOpportunityStatement,
  };
}
