import { z } from "@/lib/schemas/zod";
import { nulMessage, withoutNul } from "@/lib/schemas/text";
import { ProjectBriefSchema, archetypeIds } from "@/lib/schemas/project-brief";
import { TeamDraftSchema, phaseIds, roleIds, seniorityLevels } from "@/lib/schemas/team-draft";
import { wholeNumberFromText } from "@/lib/schemas/whole-number";

/**
 * Team plans: what forms, server actions and the JSON API accept. A plan's saved content is the
 * brief, the engine's draft for it, the user's overrides on top, and notes; the effective plan
 * (draft + overrides) is computed by lib/plans/effective-plan.ts, never stored.
 * Messages are full sentences because forms show them next to the field.
 */

export const planLimits = {
  nameMax: 120,
  notesMax: 10_000,
  summaryMax: 500,
  commentMax: 5_000,
  roleHeadcountMax: 100,
  skillMax: 80,
  skillsPerListMax: 50,
  /** Phases may be moved up to ten years out; beyond that a plan is not a plan. */
  monthMax: 120,
} as const;

function isUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

const SkillListSchema = z
  .array(
    z
      .string({ error: "Each skill must be text." })
      .trim()
      .min(1, "A skill cannot be empty.")
      .max(planLimits.skillMax, `Keep each skill under ${planLimits.skillMax} characters.`)
      .regex(withoutNul, nulMessage),
    { error: "Skills must be a list." },
  )
  .max(planLimits.skillsPerListMax, `List at most ${planLimits.skillsPerListMax} skills.`)
  .refine(isUnique, "List each skill at most once.");

export const RoleOverrideSchema = z.strictObject(
  {
    headcount: z
      .number({ error: "Headcount must be a whole number from 1 to 100." })
      .int("Headcount must be a whole number from 1 to 100.")
      .min(1, "Headcount must be at least 1; remove the role instead to drop it.")
      .max(planLimits.roleHeadcountMax, "Headcount must be 100 or fewer.")
      .optional(),
    seniority: z.enum(seniorityLevels, { error: `Choose a seniority: ${seniorityLevels.join(", ")}.` }).optional(),
    skills: z
      .strictObject({ required: SkillListSchema, preferred: SkillListSchema }, { error: "Skills need a required and a preferred list." })
      .optional(),
  },
  { error: "A role override takes only headcount, seniority and skills." },
);
export type RoleOverride = z.infer<typeof RoleOverrideSchema>;

const monthSchema = (what: string) =>
  z
    .number({ error: `The ${what} must be a whole number of months from 1 to ${planLimits.monthMax}.` })
    .int(`The ${what} must be a whole number of months from 1 to ${planLimits.monthMax}.`)
    .min(1, `The ${what} must be at least month 1.`)
    .max(planLimits.monthMax, `The ${what} must be ${planLimits.monthMax} months or fewer.`);

export const PhaseOverrideSchema = z.strictObject(
  { startMonth: monthSchema("start month").optional(), durationMonths: monthSchema("duration").optional() },
  { error: "A phase override takes only startMonth and durationMonths." },
);
export type PhaseOverride = z.infer<typeof PhaseOverrideSchema>;

const RoleIdListSchema = z
  .array(z.enum(roleIds, { error: `Choose roles from: ${roleIds.join(", ")}.` }), { error: "Roles must be a list." })
  .refine(isUnique, "List each role at most once.");

/**
 * What the user changed on top of the engine's draft. Each override is kept until the user drops
 * it, including across brief changes; overrides that no longer fit the draft (e.g. a role the
 * engine now staffs itself was "added") are reported by previewBriefChange and ignored.
 */
export const PlanOverridesSchema = z
  .strictObject(
    {
      roles: z.partialRecord(z.enum(roleIds), RoleOverrideSchema).default({}),
      /** Roles the engine did not staff that the user put on the team (built from catalog defaults). */
      addedRoles: RoleIdListSchema.default([]),
      /** Roles the engine staffed that the user took off the team (and out of every phase). */
      removedRoles: RoleIdListSchema.default([]),
      phases: z.partialRecord(z.enum(phaseIds), PhaseOverrideSchema).default({}),
    },
    { error: "Overrides take only roles, addedRoles, removedRoles and phases." },
  )
  .superRefine((overrides, context) => {
    const both = overrides.addedRoles.filter((roleId) => overrides.removedRoles.includes(roleId));
    if (both.length > 0) {
      context.addIssue({
        code: "custom",
        path: ["removedRoles"],
        message: `A role cannot be both added and removed: ${both.join(", ")}.`,
      });
    }
  });
export type PlanOverrides = z.output<typeof PlanOverridesSchema>;
export type PlanOverridesInput = z.input<typeof PlanOverridesSchema>;

export const emptyOverrides = (): PlanOverrides => ({ roles: {}, addedRoles: [], removedRoles: [], phases: {} });

export const PlanNotesSchema = z
  .string({ error: "Notes must be text." })
  .max(planLimits.notesMax, "Keep the notes to 10,000 characters or fewer.")
  .regex(withoutNul, nulMessage);

/**
 * Which role-library version a plan took for a role, and the library band it picked then for
 * the plan's location and currency (null when none fitted). The band is copied in so a saved
 * version keeps its cost when the library changes later; effective-plan.ts uses it in place of
 * the engine's band while it still fits the brief.
 */
export const PlanLibraryEntrySchema = z.strictObject({
  roleDescriptionId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  salaryBand: z
    .strictObject({
      location: z.string().max(100),
      currency: z.string().length(3),
      min: z.number().int().min(0),
      max: z.number().int().min(0),
      source: z.string().max(200),
    })
    .nullable(),
});
export type PlanLibraryEntry = z.infer<typeof PlanLibraryEntrySchema>;

/** One saved state of a plan, as stored in PlanVersion.content. */
export const PlanContentSchema = z.strictObject({
  brief: ProjectBriefSchema,
  draft: TeamDraftSchema,
  overrides: PlanOverridesSchema,
  notes: PlanNotesSchema.default(""),
  /** Role-library versions taken, by role; absent on plans that never took one (and on old versions). */
  library: z.partialRecord(z.enum(roleIds), PlanLibraryEntrySchema).optional(),
});
export type PlanContent = z.output<typeof PlanContentSchema>;

export const PlanNameSchema = z
  .string({ error: "Give the plan a name." })
  .trim()
  .min(1, "Give the plan a name.")
  .max(planLimits.nameMax, "Keep the plan name to 120 characters or fewer.")
  .regex(withoutNul, nulMessage);

export const CreatePlanSchema = z.strictObject({
  name: PlanNameSchema,
  brief: ProjectBriefSchema,
  overrides: PlanOverridesSchema.optional(),
  notes: PlanNotesSchema.optional(),
});
export type CreatePlanInput = z.output<typeof CreatePlanSchema>;

export const ChangeSummarySchema = z
  .string({ error: "The change note must be text." })
  .trim()
  .max(planLimits.summaryMax, "Keep the change note to 500 characters or fewer.")
  .regex(withoutNul, nulMessage);

export const UpdatePlanSchema = z
  .strictObject({
    name: PlanNameSchema.optional(),
    /** A new brief re-runs the engine; see keepOverrides. */
    brief: ProjectBriefSchema.optional(),
    /** Replaces the overrides as a whole (send the full set the user wants kept). */
    overrides: PlanOverridesSchema.optional(),
    notes: PlanNotesSchema.optional(),
    /** The user's own note on this change, put in front of the automatic summary. */
    summary: ChangeSummarySchema.optional(),
    /** With a new brief and no new overrides: keep the current overrides (default) or drop them. */
    keepOverrides: z.boolean({ error: "Say yes or no to keeping your changes." }).default(true),
  })
  .refine(
    (input) => input.name !== undefined || input.brief !== undefined || input.overrides !== undefined || input.notes !== undefined,
    { message: "Nothing to save: change the name, brief, overrides or notes." },
  );
export type UpdatePlanInput = z.output<typeof UpdatePlanSchema>;
export type UpdatePlanRequest = z.input<typeof UpdatePlanSchema>;

export const planStatuses = ["DRAFT", "IN_REVIEW", "APPROVED", "ARCHIVED"] as const;
export const PlanStatusSchema = z.enum(planStatuses, { error: `Choose a status: ${planStatuses.join(", ")}.` });
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const planStatusLabels: Record<PlanStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  ARCHIVED: "Archived",
};

/**
 * The workflow. `submit` DRAFT → IN_REVIEW; `approve` IN_REVIEW → APPROVED; `return-to-draft`
 * IN_REVIEW or APPROVED → DRAFT (changes requested, or approval withdrawn); `archive` any live
 * status → ARCHIVED; `unarchive` ARCHIVED → DRAFT (an old approval does not come back). Saving
 * an edit to an APPROVED plan moves it to IN_REVIEW on its own. All need a manager or owner.
 */
export const planTransitionActions = ["submit", "approve", "return-to-draft", "archive", "unarchive"] as const;
export const PlanTransitionActionSchema = z.enum(planTransitionActions, {
  error: `Choose an action: ${planTransitionActions.join(", ")}.`,
});
export type PlanTransitionAction = z.infer<typeof PlanTransitionActionSchema>;

export const planTransitions: Record<PlanTransitionAction, { from: readonly PlanStatus[]; to: PlanStatus; label: string }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", label: "Submit for review" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", label: "Approve" },
  "return-to-draft": { from: ["IN_REVIEW", "APPROVED"], to: "DRAFT", label: "Return to draft" },
  archive: { from: ["DRAFT", "IN_REVIEW", "APPROVED"], to: "ARCHIVED", label: "Archive" },
  unarchive: { from: ["ARCHIVED"], to: "DRAFT", label: "Unarchive" },
};

/** The status an action leads to from `status`, or null when the action does not apply there. */
export function nextPlanStatus(status: PlanStatus, action: PlanTransitionAction): PlanStatus | null {
  const transition = planTransitions[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** The actions offered for a plan in `status` (for buttons; the server checks again). */
export function availablePlanActions(status: PlanStatus): PlanTransitionAction[] {
  return planTransitionActions.filter((action) => nextPlanStatus(status, action) !== null);
}

const VersionNumberSchema = wholeNumberFromText(
  z
    .number({ error: "The version must be a whole number from 1." })
    .int("The version must be a whole number from 1.")
    .min(1, "The version must be a whole number from 1.")
    .max(2_147_483_647, "That version does not exist."),
);
export { VersionNumberSchema };

export const TransitionPlanSchema = z.strictObject({
  action: PlanTransitionActionSchema,
  /** The version the user was looking at; when given, a newer save refuses the transition (409). */
  version: VersionNumberSchema.optional(),
});
export type TransitionPlanInput = z.output<typeof TransitionPlanSchema>;

export const RestoreVersionSchema = z.strictObject({
  /** The plan's current version the user saw (compare-and-set, like any other save). */
  baseVersion: VersionNumberSchema,
});

export const DuplicatePlanSchema = z.strictObject({ name: PlanNameSchema });

export const planSorts = ["updated", "name", "headcount", "cost"] as const;
export type PlanSort = (typeof planSorts)[number];
/** Newest, A→Z, largest and most expensive first unless the caller asks otherwise. */
export const defaultSortDirection: Record<PlanSort, "asc" | "desc"> = { updated: "desc", name: "asc", headcount: "desc", cost: "desc" };

/** Query parameters arrive as strings (URLs, form GETs): empty strings count as absent. */
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const ListPlansQuerySchema = z.strictObject({
  q: z.preprocess(
    emptyToUndefined,
    z.string({ error: "Search must be text." }).trim().max(200, "Keep the search to 200 characters or fewer.").regex(withoutNul, nulMessage).optional(),
  ),
  /** Without a status, archived plans are left out; ask for ARCHIVED to see them. */
  status: z.preprocess(emptyToUndefined, PlanStatusSchema.optional()),
  archetype: z.preprocess(
    emptyToUndefined,
    z.enum(archetypeIds, { error: `Choose a project type from: ${archetypeIds.join(", ")}.` }).optional(),
  ),
  sort: z.preprocess(emptyToUndefined, z.enum(planSorts, { error: `Sort by one of: ${planSorts.join(", ")}.` }).default("updated")),
  direction: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"], { error: "The direction must be asc or desc." }).optional()),
  /** Opaque: the `nextCursor` of the previous page, with the same q, filters and sort. */
  cursor: z.preprocess(emptyToUndefined, z.string().max(500, "That page cursor is not valid.").optional()),
  limit: z.preprocess(
    emptyToUndefined,
    wholeNumberFromText(
      z
        .number({ error: "The page size must be a whole number from 1 to 100." })
        .int("The page size must be a whole number from 1 to 100.")
        .min(1, "The page size must be a whole number from 1 to 100.")
        .max(100, "The page size must be a whole number from 1 to 100."),
    ).default(25),
  ),
});
export type ListPlansQuery = z.output<typeof ListPlansQuerySchema>;
export type ListPlansQueryInput = z.input<typeof ListPlansQuerySchema>;

export const CreateCommentSchema = z.strictObject({
  body: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, "Write a comment.")
    .max(planLimits.commentMax, "Keep the comment to 5,000 characters or fewer.")
    .regex(withoutNul, nulMessage),
});
export type CreateCommentInput = z.output<typeof CreateCommentSchema>;

/** Tokens act as a member of one workspace; they can never own it. */
export const apiTokenRoles = ["MANAGER", "HR", "VIEWER"] as const;
export const CreateApiTokenSchema = z.strictObject({
  name: z
    .string({ error: "Name the token after what uses it." })
    .trim()
    .min(1, "Name the token after what uses it.")
    .max(80, "Keep the token name to 80 characters or fewer.")
    .regex(withoutNul, nulMessage),
  role: z.enum(apiTokenRoles, { error: "Choose a role for the token: MANAGER, HR or VIEWER (tokens cannot be owners)." }),
});
export type CreateApiTokenInput = z.output<typeof CreateApiTokenSchema>;

/** API tokens: `tw_` and 32 random bytes in base64url. */
export const ApiTokenSchema = z.string().regex(/^tw_[A-Za-z0-9_-]{43}$/);
