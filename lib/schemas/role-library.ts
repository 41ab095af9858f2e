import { z } from "@/lib/schemas/zod";
import { nulMessage, withoutNul } from "@/lib/schemas/text";
import { roleIds, seniorityLevels } from "@/lib/schemas/team-draft";

/**
 * A role description in a workspace's role library: what HR curates and what job-description
 * drafts and plans draw on. Seeded from the engine's catalog for the five engine roles; HR edits
 * them and adds custom roles. Every field is plain data so versions can be diffed and exported.
 */

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .max(max, `Keep ${label} under ${max.toLocaleString("en-US")} characters.`)
    .regex(withoutNul, nulMessage);

const listOf = (label: string, maxItems: number, maxLength = 200) =>
  z
    .array(text(label, maxLength).min(1, `Remove empty ${label} lines.`), { error: `List the ${label}.` })
    .max(maxItems, `Keep to at most ${maxItems} ${label}.`)
    // Case-insensitive: "Python" and "python" are the same skill to a reader.
    .refine((items) => new Set(items.map((item) => item.toLowerCase())).size === items.length, `List each of the ${label} once.`);

export const SalaryBandEntrySchema = z.strictObject({
  /** Free text as HR writes it: "US", "New York, NY", "Berlin, DE", "Remote (EU)". */
  location: text("the location", 100).min(1, "Name the location this band applies to."),
  currency: z
    .string({ error: "Enter a currency code." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD or EUR."),
  min: z.number({ error: "Enter the lowest yearly salary." }).int("Use whole amounts.").min(0, "Salaries cannot be negative."),
  max: z.number({ error: "Enter the highest yearly salary." }).int("Use whole amounts.").min(0, "Salaries cannot be negative."),
  /** Where the figure comes from: "[C] US median", "2026 HR survey", … */
  source: text("the source", 200).default(""),
}).refine((band) => band.max >= band.min, { message: "The highest salary must be at least the lowest.", path: ["max"] });
export type SalaryBandEntry = z.infer<typeof SalaryBandEntrySchema>;

export const SeniorityExpectationSchema = z.strictObject({
  level: z.enum(seniorityLevels, { error: `Choose a level: ${seniorityLevels.join(", ")}.` }),
  /** What someone at this level is expected to do, in a sentence or two. */
  expectations: text("the expectations", 1_000).min(1, "Describe what this level is expected to do."),
  /** Typical years of experience, used by the inclusive-language check against inflated asks. */
  typicalYears: z
    .strictObject({
      min: z.number({ error: "Enter the fewest typical years as a whole number." }).int("Use whole years.").min(0, "Years cannot be negative.").max(40, "Use 40 years or fewer."),
      max: z.number({ error: "Enter the most typical years as a whole number." }).int("Use whole years.").min(0, "Years cannot be negative.").max(50, "Use 50 years or fewer."),
    })
    .refine((years) => years.max >= years.min, { message: "The most years must be at least the fewest.", path: ["max"] })
    .nullable()
    .default(null),
});
export type SeniorityExpectation = z.infer<typeof SeniorityExpectationSchema>;

export const RoleDescriptionContentSchema = z.strictObject({
  title: text("a title", 120).min(2, "Give the role a title of at least 2 characters."),
  /** The engine role this describes, or null for a custom role. */
  engineRoleId: z.enum(roleIds).nullable(),
  /** O*NET-SOC code for JobPosting.occupationalCategory, e.g. 15-2051.00; empty when unknown. */
  occupationCode: z
    .string()
    .trim()
    .regex(/^(\d{2}-\d{4}\.\d{2})?$/, "Use an O*NET-SOC code like 15-2051.00, or leave it empty.")
    .default(""),
  summary: text("a summary", 2_000).min(1, "Write a short summary of the role."),
  responsibilities: listOf("responsibilities", 30, 400),
  skills: z.strictObject({ required: listOf("required skills", 40), preferred: listOf("preferred skills", 40) }),
  tools: listOf("tools", 40),
  seniorityLevels: z
    .array(SeniorityExpectationSchema)
    .max(seniorityLevels.length, "Describe each level once.")
    .refine((levels) => new Set(levels.map((level) => level.level)).size === levels.length, "Describe each level once."),
  salaryBands: z.array(SalaryBandEntrySchema).max(50, "Keep to at most 50 salary bands."),
  benefits: text("the benefits", 4_000).default(""),
  equalOpportunityStatement: text("the equal-opportunity statement", 2_000).default(""),
});
export type RoleDescriptionContent = z.infer<typeof RoleDescriptionContentSchema>;
export type RoleDescriptionContentInput = z.input<typeof RoleDescriptionContentSchema>;

/** What HR edits: everything but the engine role it describes, which the library keeps itself. */
export const EditableRoleContentSchema = RoleDescriptionContentSchema.omit({ engineRoleId: true });
export type EditableRoleContent = z.infer<typeof EditableRoleContentSchema>;
export type EditableRoleContentInput = z.input<typeof EditableRoleContentSchema>;

/** The editor's own note on a save, put in front of the automatic summary. */
export const RoleChangeNoteSchema = z
  .string({ error: "The change note must be text." })
  .trim()
  .max(500, "Keep the change note to 500 characters or fewer.")
  .regex(withoutNul, nulMessage)
  .default("");

/** An engine role id ("ml-engineer") or "custom-<slug>"; anything else is not a library entry. */
export const RoleKeySchema = z
  .string({ error: "That role does not exist." })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "That role does not exist.");
