import { orderedRules } from "@/lib/engine/rules/index";
import { isUsLocation } from "@/lib/engine/rules/pay";
import type { EffectivePlan, EffectiveRole } from "@/lib/plans/effective-plan";
import { jdLimits, type JdSalary, type JobDescriptionContent } from "@/lib/schemas/job-description";
import type { RoleDescriptionContent } from "@/lib/schemas/role-library";
import type { PhaseId, RoleId, SeniorityLevel } from "@/lib/schemas/team-draft";
import { defaultRoleDescription, defaultTypicalYears } from "./default-role-description";
import { describeJobPostingLocationGap, listJobPostingLocationGaps } from "./job-posting-location";
import { parseLocation } from "./location";
import { listPayTransparencyJurisdictions } from "./pay-transparency";

/**
 * Builds a job-description draft for one role of a plan from the plan (phases, skills,
 * seniority, location) and the role library entry (wording, bands, benefits, EEO statement).
 * Pure and deterministic: the same plan and library give the same draft, in the browser, on
 * the server and in the CLI.
 */

export type JdWarningCode = "pay-transparency" | "requirement-inflation" | "location-missing" | "location-unclear";

export interface JdWarning {
  code: JdWarningCode;
  message: string;
}

export type SalarySource = "library" | "engine" | "none";

export interface BuiltJobDescription {
  content: JobDescriptionContent;
  /** What the draft needs before it is published; advice, never a block on export. */
  warnings: JdWarning[];
  /** Where the salary came from, for the editor's note. */
  salarySource: SalarySource;
  /** Required skills moved to preferred by the cap (in order). */
  movedToPreferred: string[];
}

/** The plan asked for a role it does not staff; `staffed` names the ones it does. */
export class RoleNotStaffedError extends Error {
  readonly staffed: { roleId: RoleId; title: string }[];
  constructor(roleId: string, staffed: { roleId: RoleId; title: string }[]) {
    super(`The plan does not staff "${roleId}"; it staffs ${staffed.map((role) => `${role.roleId} (${role.title})`).join(", ") || "no roles"}.`);
    this.name = "RoleNotStaffedError";
    this.staffed = staffed;
  }
}

const levelPrefix: Record<SeniorityLevel, string> = { junior: "Junior ", mid: "", senior: "Senior ", lead: "Lead " };

/** What each project type is, as a noun phrase for "the team is building …". Teamwright's wording. */
const archetypePhrases: Record<string, string> = {
  recommender: "a recommendation system",
  perception: "a perception system that detects objects from sensor data",
  "conversational-ai": "a conversational AI assistant",
  "fraud-detection": "a fraud-detection system",
  forecasting: "a forecasting system",
  "predictive-analytics": "predictive analytics",
  "content-generation": "a content-generation tool",
  "image-captioning": "an image-captioning system",
  "autonomous-systems": "an autonomous system",
  "analytics-dashboard": "analytics and dashboards",
  "text-analytics": "a text-analytics system",
  "intelligent-automation": "intelligent automation",
};

/** Briefs are quoted only when short: a long brief is internal planning text, not ad copy. */
const quotableBriefMax = 200;

export function buildJobDescription(plan: EffectivePlan, roleId: string, library?: RoleDescriptionContent): BuiltJobDescription {
  const role = plan.team.find((candidate) => candidate.roleId === roleId);
  if (!role) throw new RoleNotStaffedError(roleId, plan.team.map((candidate) => ({ roleId: candidate.roleId, title: candidate.title })));
  const entry = library ?? defaultRoleDescription(role.roleId);

  const { required, preferred, moved } = capRequiredSkills(
    mergeLists(role.skills.required, entry.skills.required),
    mergeLists(role.skills.preferred, entry.skills.preferred),
  );
  const levelEntry = entry.seniorityLevels.find((level) => level.level === role.seniority);
  const { salary, source: salarySource } = pickSalary(role, entry, plan);
  const parsedLocation = parseLocation(plan.brief.location);
  const { understood, ...location } = parsedLocation;

  const content: JobDescriptionContent = {
    roleId: role.roleId,
    title: `${levelPrefix[role.seniority]}${entry.title}`.slice(0, jdLimits.titleMax),
    projectSummary: summariseProject(plan, role),
    summary: entry.summary,
    responsibilities: mergeLists(roleResponsibilities(plan, role), entry.responsibilities).slice(0, 30),
    skills: { required, preferred: preferred.slice(0, jdLimits.listMax) },
    tools: mergeLists(role.tools, entry.tools).slice(0, jdLimits.listMax),
    seniority: {
      level: role.seniority,
      expectations: levelEntry?.expectations ?? "",
      typicalYears: levelEntry ? levelEntry.typicalYears : { ...defaultTypicalYears[role.seniority] },
    },
    salary,
    location,
    employmentType: "FULL_TIME",
    occupationCode: entry.occupationCode || role.occupationCode,
    benefits: entry.benefits
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
      .filter((line) => line !== ""),
    equalOpportunityStatement: entry.equalOpportunityStatement,
  };

  const warnings = jobDescriptionWarnings(content);
  if (moved.length > 0) {
    warnings.unshift({
      code: "requirement-inflation",
      message: `Moved ${moved.length} required ${moved.length === 1 ? "skill" : "skills"} to preferred (${moved.join("; ")}): more than ${jdLimits.requiredSkillsAdvised} must-haves reads as a wish list and discourages qualified people who do not tick every box from applying.`,
    });
  }
  if (plan.brief.location !== undefined && !understood) {
    warnings.push({ code: "location-unclear", message: `Check the location: Teamwright could not fully read “${plan.brief.location}” into city, region and country.` });
  }
  return { content, warnings, salarySource, movedToPreferred: moved };
}

/** Warnings that follow from the content alone, so the editor can recompute them as the user types. */
export function jobDescriptionWarnings(content: JobDescriptionContent): JdWarning[] {
  const warnings: JdWarning[] = [];
  if (content.salary === null) {
    warnings.push({
      code: "pay-transparency",
      message: `No salary range is set. ${listPayTransparencyJurisdictions()} require a pay range in job postings; add one before publishing.`,
    });
  }
  if (content.skills.required.length > jdLimits.requiredSkillsAdvised) {
    warnings.push({
      code: "requirement-inflation",
      message: `${content.skills.required.length} required skills: keep must-haves to ${jdLimits.requiredSkillsAdvised} or fewer and move the rest to preferred.`,
    });
  }
  // One warning per JSON-LD property a job search engine will miss, named exactly.
  for (const gap of listJobPostingLocationGaps(content.location)) {
    warnings.push({ code: "location-missing", message: describeJobPostingLocationGap(gap) });
  }
  return warnings;
}

/** Case-insensitive union, first list's order first. */
function mergeLists(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const item of [...first, ...second]) {
    const key = item.trim().toLowerCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    merged.push(item.trim());
  }
  return merged;
}

/** At most eight must-haves; the rest lead the preferred list, so nothing is silently dropped. */
export function capRequiredSkills(required: string[], preferred: string[]): { required: string[]; preferred: string[]; moved: string[] } {
  const kept = required.slice(0, jdLimits.requiredSkillsAdvised);
  const moved = required.slice(jdLimits.requiredSkillsAdvised);
  const keptKeys = new Set(kept.map((skill) => skill.toLowerCase()));
  return { required: kept, preferred: mergeLists(moved, preferred).filter((skill) => !keptKeys.has(skill.toLowerCase())), moved };
}

function pickSalary(role: EffectiveRole, entry: RoleDescriptionContent, plan: EffectivePlan): { salary: JdSalary | null; source: SalarySource } {
  const location = plan.brief.location;
  const band = entry.salaryBands.find((candidate) => candidate.currency === plan.currency && bandCoversLocation(candidate.location, location));
  if (band) return { salary: { currency: band.currency, min: band.min, max: band.max, source: `Role library: ${band.location}${band.source ? ` (${band.source})` : ""}` }, source: "library" };
  if (role.salaryBand && role.salaryBand.currency === plan.currency) {
    const { currency, min, max, source } = role.salaryBand;
    return { salary: { currency, min, max, source: `Teamwright engine [${source.split(",").join("][")}]` }, source: "engine" };
  }
  return { salary: null, source: "none" };
}

/**
 * A library band applies when its location names the plan's location or its country. A plan
 * without a location is priced as US by the engine (rule pay.assumed-us), so US bands apply to it.
 */
function bandCoversLocation(bandLocation: string, planLocation: string | undefined): boolean {
  const band = bandLocation.trim().toLowerCase();
  if (planLocation === undefined) return band === "us" || band === "usa" || band === "united states";
  const plan = planLocation.trim().toLowerCase();
  if (band === plan) return true;
  const bandCountry = parseLocation(bandLocation).country;
  const planParsed = parseLocation(planLocation);
  // A country-wide band ("US", "Germany") covers every place in that country.
  if (bandCountry !== "" && parseLocation(bandLocation).locality === "" && bandCountry === planParsed.country) return true;
  if (bandCountry === "US" && parseLocation(bandLocation).locality === "" && isUsLocation(planLocation)) return true;
  return false;
}

function roleResponsibilities(plan: EffectivePlan, role: EffectiveRole): string[] {
  const responsibilities: string[] = [];
  for (const phase of plan.phases) {
    const staffing = phase.staffing.find((entry) => entry.roleId === role.roleId);
    if (!staffing) continue;
    const own = activitiesFromRules(phase.id, role.roleId, staffing.rationale.map((why) => why.ruleId)).filter((activity) => phase.activities.includes(activity));
    if (own.length > 0) responsibilities.push(...own);
    else if (staffing.involvement === "lead") responsibilities.push(...phase.activities);
    else responsibilities.push(`Support the team in ${phase.name.charAt(0).toLowerCase()}${phase.name.slice(1)}`);
  }
  return responsibilities;
}

const rulesById = new Map(orderedRules.map((rule) => [rule.id, rule]));

/** The activities the rules that staffed this role on this phase gave it: what the role itself does there. */
function activitiesFromRules(phaseId: PhaseId, roleId: RoleId, ruleIds: string[]): string[] {
  const activities: string[] = [];
  for (const ruleId of ruleIds) {
    for (const effect of rulesById.get(ruleId)?.effects ?? []) {
      if (effect.kind !== "staff" || effect.phase !== phaseId) continue;
      const targets: readonly RoleId[] = typeof effect.role === "string" ? [effect.role] : effect.role;
      if (targets.includes(roleId)) activities.push(...effect.activities);
    }
  }
  return [...new Set(activities)];
}

function summariseProject(plan: EffectivePlan, role: EffectiveRole): string {
  const archetype = plan.archetypes.find((id) => archetypePhrases[id] !== undefined);
  const what = archetype ? archetypePhrases[archetype] : "an AI product";
  const others = plan.headcount - role.headcount;
  const team = others > 0 ? `a team of ${plan.headcount}` : "the project";
  const phases = plan.phases.filter((phase) => phase.staffing.some((entry) => entry.roleId === role.roleId)).map((phase) => phase.name.toLowerCase());
  const sentences = [
    `You will join ${team} building ${what} over about ${plan.timelineMonths} ${plan.timelineMonths === 1 ? "month" : "months"}.`,
    phases.length > 0 ? `This role works on ${joinWords(phases)}.` : "",
  ];
  const firstSentence = /^[^.!?\n]+[.!?]?/.exec(plan.brief.description.trim())?.[0]?.trim() ?? "";
  if (firstSentence.length > 0 && firstSentence.length <= quotableBriefMax && plan.brief.description.trim().length <= quotableBriefMax * 2) {
    sentences.push(`In the hiring team's words: “${firstSentence.replace(/[.!?]$/, "")}.”`);
  }
  return sentences.filter((sentence) => sentence !== "").join(" ");
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
