/**
 * Limits and choice lists of a job-description draft, free of zod, for the draft editor in the
 * browser (see lib/team-vocabulary.ts for why). lib/schemas/job-description.ts builds its schema
 * from these and re-exports them.
 */

export const jdLimits = {
  titleMax: 120,
  summaryMax: 2_000,
  itemMax: 400,
  listMax: 40,
  statementMax: 2_000,
  /** Past this many must-haves a posting reads as a wish list (see lib/jd/README.md). */
  requiredSkillsAdvised: 8,
} as const;

/** schema.org JobPosting employmentType values (Google's list). */
export const employmentTypes = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"] as const;
export type EmploymentType = (typeof employmentTypes)[number];
export const employmentTypeLabels: Record<EmploymentType, string> = {
  FULL_TIME: "Full-time",
  PART_TIME: "Part-time",
  CONTRACTOR: "Contractor",
  TEMPORARY: "Temporary",
  INTERN: "Internship",
  VOLUNTEER: "Volunteer",
  PER_DIEM: "Per diem",
  OTHER: "Other",
};

export const workplaceTypes = ["on-site", "hybrid", "remote"] as const;
export type WorkplaceType = (typeof workplaceTypes)[number];
export const workplaceLabels: Record<WorkplaceType, string> = { "on-site": "On-site", hybrid: "Hybrid", remote: "Remote" };
