import { z } from "@/lib/schemas/zod";
import { nulMessage, withoutNul } from "@/lib/schemas/text";
import { employmentTypes, jdLimits, workplaceTypes } from "@/lib/jd/job-description-options";
import { roleIds, seniorityLevels } from "@/lib/team-vocabulary";

/**
 * A job-description draft: what the draft editor edits, what is stored in JobDescription.content
 * (and each immutable JobDescriptionVersion), and what every export format renders. Plain data,
 * one list item per string, so versions diff cleanly and the form can show one item per line.
 * Messages are full sentences because the editor shows them beside the field.
 */

export {
  employmentTypeLabels,
  employmentTypes,
  jdLimits,
  workplaceLabels,
  workplaceTypes,
  type EmploymentType,
  type WorkplaceType,
} from "@/lib/jd/job-description-options";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .max(max, `Keep ${label} to ${max.toLocaleString("en-US")} characters or fewer.`)
    .regex(withoutNul, nulMessage);

const listOf = (label: string, maxItems: number = jdLimits.listMax) =>
  z
    .array(text(`each ${label.replace(/s$/, "")}`, jdLimits.itemMax).min(1, `Remove the empty ${label} lines.`), { error: `List the ${label}, one per line.` })
    .max(maxItems, `Keep to at most ${maxItems} ${label}.`);

export const JdSalarySchema = z
  .strictObject({
    currency: z
      .string({ error: "Enter a currency code such as USD or EUR." })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD or EUR."),
    min: z.number({ error: "Enter the lowest yearly salary as a whole number." }).int("Use whole amounts for the salary.").min(0, "Salaries cannot be negative."),
    max: z.number({ error: "Enter the highest yearly salary as a whole number." }).int("Use whole amounts for the salary.").min(0, "Salaries cannot be negative.").max(100_000_000, "That salary is too high to be a yearly amount."),
    /** Where the figure comes from ("Role library: US", "[C] US median"), shown to HR, not in postings. */
    source: text("the salary source", 200).default(""),
  })
  .refine((salary) => salary.max >= salary.min, { message: "The highest salary must be at least the lowest.", path: ["max"] });
export type JdSalary = z.infer<typeof JdSalarySchema>;

export const JdLocationSchema = z.strictObject({
  workplace: z.enum(workplaceTypes, { error: "Choose on-site, hybrid or remote." }),
  /** City, e.g. "Berlin"; empty when remote or unknown. */
  locality: text("the city", 100).default(""),
  /** State or region, e.g. "NY"; empty when not used. */
  region: text("the region", 100).default(""),
  /** ISO 3166-1 alpha-2 ("US", "DE"): the office's country, or where remote applicants must live. */
  country: z
    .string({ error: "Enter a two-letter country code such as US or DE." })
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, "Use a two-letter country code such as US or DE, or leave it empty.")
    .default(""),
});
export type JdLocation = z.infer<typeof JdLocationSchema>;

export const JdSenioritySchema = z.strictObject({
  level: z.enum(seniorityLevels, { error: `Choose a level: ${seniorityLevels.join(", ")}.` }),
  expectations: text("what this level is expected to do", 1_000).default(""),
  /** Typical years of experience at this level; the inclusive-language check flags asks beyond it. */
  typicalYears: z
    .strictObject({
      min: z.number({ error: "Enter the fewest typical years as a whole number." }).int("Use whole years.").min(0, "Years cannot be negative.").max(40, "Keep typical years to 40 or fewer."),
      max: z.number({ error: "Enter the most typical years as a whole number." }).int("Use whole years.").min(0, "Years cannot be negative.").max(50, "Keep typical years to 50 or fewer."),
    })
    .refine((years) => years.max >= years.min, { message: "The most typical years must be at least the fewest.", path: ["max"] })
    .nullable()
    .default(null),
});
export type JdSeniority = z.infer<typeof JdSenioritySchema>;

export const JobDescriptionContentSchema = z.strictObject(
  {
    /** The plan's role this draft is for (an engine role id). */
    roleId: z.enum(roleIds, { error: `The role must be one of: ${roleIds.join(", ")}.` }),
    title: text("a job title", jdLimits.titleMax).min(2, "Give the job a title of at least 2 characters."),
    /** About the project, in neutral words (never the raw brief when it is long). */
    projectSummary: text("the project summary", jdLimits.summaryMax).default(""),
    /** About the role. */
    summary: text("the role summary", jdLimits.summaryMax).min(1, "Write a short summary of the role."),
    responsibilities: listOf("responsibilities", 30),
    skills: z.strictObject({ required: listOf("required skills"), preferred: listOf("preferred skills") }, { error: "Skills need a required and a preferred list." }),
    tools: listOf("tools"),
    seniority: JdSenioritySchema,
    /** Yearly salary range; null when not set (exports then warn about pay-transparency laws). */
    salary: JdSalarySchema.nullable(),
    location: JdLocationSchema,
    employmentType: z.enum(employmentTypes, { error: `Choose an employment type: ${employmentTypes.join(", ")}.` }),
    /** O*NET-SOC code for JobPosting.occupationalCategory; empty when unknown. */
    occupationCode: z
      .string()
      .trim()
      .regex(/^(\d{2}-\d{4}\.\d{2})?$/, "Use an O*NET-SOC code like 15-2051.00, or leave it empty.")
      .default(""),
    benefits: listOf("benefits", 30),
    equalOpportunityStatement: text("the equal-opportunity statement", jdLimits.statementMax).default(""),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `These fields are not part of a job description: ${issue.keys.join(", ")}.` : "A job description must be an object.") },
);
export type JobDescriptionContent = z.output<typeof JobDescriptionContentSchema>;
export type JobDescriptionContentInput = z.input<typeof JobDescriptionContentSchema>;

/** Saving a draft: the content and the version it was edited from (0 = the generated, never-saved draft). */
export const SaveJobDescriptionSchema = z.strictObject({
  content: JobDescriptionContentSchema,
  summary: text("the change note", 500).default(""),
  /**
   * First save only: the plan version the generated text was read at (the draft's `planVersion`),
   * so a plan edited while the draft was open is still reported as newer than the draft. Without
   * it a first save is taken to come from the plan's current version; later saves keep theirs.
   */
  planVersion: z.int("The plan version must be a whole number.").min(1, "The plan version must be 1 or more.").max(2_147_483_647).optional(),
});
export type SaveJobDescriptionInput = z.input<typeof SaveJobDescriptionSchema>;

export const jdExportFormats = ["md", "html", "txt", "docx", "pdf", "jsonld"] as const;
export type JdExportFormat = (typeof jdExportFormats)[number];
export const JdExportFormatSchema = z.enum(jdExportFormats, { error: `Choose a format: ${jdExportFormats.join(", ")}.` });

export const planExportFormats = ["csv", "json", "pdf"] as const;
export type PlanExportFormat = (typeof planExportFormats)[number];
export const PlanExportFormatSchema = z.enum(planExportFormats, { error: `Choose a format: ${planExportFormats.join(", ")}.` });

/** Role keys in URLs are engine role ids. */
export const RoleKeySchema = z.enum(roleIds, { error: "That role is not on this plan." });
