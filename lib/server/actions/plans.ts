"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import { buildCatalogRole, effectivePlan } from "@/lib/plans/effective-plan";
import { previewBriefChange } from "@/lib/plans/brief-change";
import {
  ChangeSummarySchema,
  CreateCommentSchema,
  CreatePlanSchema,
  DuplicatePlanSchema,
  PlanNameSchema,
  PlanNotesSchema,
  PlanOverridesSchema,
  PlanTransitionActionSchema,
  VersionNumberSchema,
} from "@/lib/schemas/plan";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { WorkspaceSlugSchema } from "@/lib/schemas/workspace";
import { type ConflictView, conflictViewOf, formStateFromError } from "@/lib/server/actions/form-errors";
import { requirePlanInWorkspace } from "@/lib/server/actions/plan-in-workspace";
import { addComment } from "@/lib/server/data/plan-comments";
import { getVersion, restoreVersion } from "@/lib/server/data/plan-versions";
import { transitionPlan } from "@/lib/server/data/plan-workflow";
import { createPlan, duplicateAsScenario, updatePlan } from "@/lib/server/data/plans";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { briefFieldErrors, briefInputFromFields, echoBriefFields, readBriefFields } from "@/lib/ui/brief-form";
import type { FormLike } from "@/lib/ui/brief-form";
import {
  editFieldErrors,
  editFormValues,
  mergeEditForm,
  overridesFromEditForm,
  type EditBase,
  type EditFormSnapshot,
} from "@/lib/ui/plan-edit-form";

/**
 * Server actions of the team-plans UI. All alike: session → parse (zod) → data layer, which
 * checks the actor's role again on every call → revalidate or redirect. Hidden buttons are a
 * convenience; these checks are the boundary.
 */

const IdSchema = z.string({ error: "That plan does not exist." }).min(1).max(64);
const EditDetailsSchema = z.object({ name: PlanNameSchema, notes: PlanNotesSchema, summary: ChangeSummarySchema });

/** The other save behind a 409, as the conflict panel shows it. */
export interface PlanFormState extends FormState {
  conflict?: ConflictView;
}

export interface BriefPreviewView {
  /** The brief that was previewed; "apply" only goes ahead for this exact brief. */
  fingerprint: string;
  changes: { text: string; source?: string }[];
  changesWithoutOverrides: string[];
  kept: string[];
  lapsed: { description: string; reason: string }[];
}

export interface BriefChangeFormState extends PlanFormState {
  preview?: BriefPreviewView;
}

/** A 409 keeps what the user typed and says who changed what; other errors go the usual way. */
function planErrorState(error: unknown, values: Record<string, string>, mapFields: (errors?: Record<string, string[]>) => Record<string, string[]>): PlanFormState {
  const state = formStateFromError(error, values);
  const conflict = conflictViewOf(error);
  return {
    ...state,
    fieldErrors: state.fieldErrors ? mapFields(state.fieldErrors) : undefined,
    ...(conflict ? { conflict } : {}),
  };
}

/**
 * Hidden inputs the page wrote (slug, plan id, versions, the button's action): a bad one is a
 * stale or tampered form, not a field the user can fix, so no visible field is blamed for it.
 */
function parseHidden<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "This form is out of date; reload the page and try again.");
  return parsed.data;
}

function slugFrom(formData: FormData): string {
  return parseHidden(WorkspaceSlugSchema, formData.get("slug"));
}

function planPath(slug: string, planId: string): string {
  return `/w/${slug}/plans/${planId}`;
}

function revalidatePlans(): void {
  revalidatePath("/w/[slug]", "layout");
}

export async function createPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = readBriefFields(formData);
  const values = { ...echoFormValues(formData), ...echoBriefFields(fields) };
  let path: string;
  try {
    const user = await requireUser();
    const slug = slugFrom(formData);
    const access = await getWorkspaceAccess({ userId: user.id }, slug);
    const input = parseOrThrow(CreatePlanSchema, {
      name: formData.get("name") ?? "",
      brief: briefInputFromFields(fields),
      notes: formData.get("notes") ?? undefined,
    });
    const plan = await createPlan({ userId: user.id }, access.workspaceId, input);
    path = planPath(access.slug, plan.id);
  } catch (error) {
    const state = formStateFromError(error, values);
    return { ...state, fieldErrors: state.fieldErrors ? briefFieldErrors(state.fieldErrors) : undefined };
  }
  revalidatePlans();
  redirect(`${path}?saved=created`);
}

/** Echoes the edit form, with the "add roles" checkboxes (several values under one name) joined. */
function echoEditValues(formData: FormData): Record<string, string> {
  const values = echoFormValues(formData);
  values.addRoles = formData
    .getAll("addRoles")
    .filter((value): value is string => typeof value === "string")
    .join(",");
  return values;
}

/** What the engine proposed for each role at the version the user edited, to tell overrides from suggestions. */
function editBaseFor(content: Parameters<typeof effectivePlan>[0]): EditBase {
  const plan = effectivePlan(content);
  return {
    roles: plan.team.map((role) => {
      const suggested = role.suggested ?? buildCatalogRole(role.roleId, content.draft, content.brief);
      return { roleId: role.roleId, suggested: { headcount: suggested.headcount, seniority: suggested.seniority, skills: suggested.skills } };
    }),
    draftRoleIds: content.draft.team.map((role) => role.roleId),
    phases: content.draft.phases.map((phase) => ({ id: phase.id, startMonth: phase.startMonth, durationMonths: phase.durationMonths })),
    addedRoles: [...content.overrides.addedRoles],
    removedRoles: [...content.overrides.removedRoles],
  };
}

/**
 * Saves the edit form (name, notes, team and phase overrides) on top of `baseVersion`, the version
 * the form was built from. A newer save by someone else is a 409: the form keeps everything typed
 * and shows their change; "save mine over theirs" resubmits with `rebase` set to their version.
 */
export async function updatePlanAction(_previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = echoEditValues(formData);
  let path: string;
  try {
    const user = await requireUser();
    const actor = { userId: user.id };
    const slug = slugFrom(formData);
    const planId = parseHidden(IdSchema, formData.get("planId"));
    const formVersion = parseHidden(VersionNumberSchema, formData.get("baseVersion"));
    const rebase = formData.get("rebase");
    const target = rebase !== null && rebase !== "" ? parseHidden(VersionNumberSchema, rebase) : formVersion;
    await requirePlanInWorkspace(actor, slug, planId);
    const formBase = await getVersion(actor, planId, formVersion);
    let form: FormLike = formData;
    let saveOn = formBase;
    if (target !== formVersion) {
      // "Save my changes on top": what the user did not touch follows the newer version.
      saveOn = await getVersion(actor, planId, target);
      form = mergeEditForm(formData, editFormValues(snapshotOf(formBase)), editFormValues(snapshotOf(saveOn)));
    }
    const details = parseOrThrow(EditDetailsSchema, {
      name: form.getAll("name")[0] ?? "",
      notes: form.getAll("notes")[0] ?? "",
      summary: formData.get("summary") ?? "",
    });
    const overrides = parseOrThrow(PlanOverridesSchema, overridesFromEditForm(form, editBaseFor(saveOn.content)));
    await updatePlan(actor, planId, target, {
      name: details.name,
      notes: details.notes,
      ...(details.summary !== "" ? { summary: details.summary } : {}),
      overrides,
    });
    path = planPath(slug, planId);
  } catch (error) {
    // A rebase that failed again must not stick: the next conflict offers its own version.
    return planErrorState(error, { ...values, rebase: "" }, editFieldErrors);
  }
  revalidatePlans();
  redirect(`${path}?saved=edited`);
}

/** The edit form's values for a stored version: its name, notes and effective team and phases. */
function snapshotOf(version: { name: string; content: Parameters<typeof effectivePlan>[0] }): EditFormSnapshot {
  const plan = effectivePlan(version.content);
  return { name: version.name, notes: version.content.notes, roles: plan.team, phases: plan.phases };
}

/**
 * Changing the brief: "preview" re-runs the engine and shows what would change and which
 * overrides carry over; "apply" saves only the exact brief that was previewed (a brief edited
 * after the preview gets a fresh preview instead of an unseen change).
 */
export async function briefChangeAction(_previous: BriefChangeFormState, formData: FormData): Promise<BriefChangeFormState> {
  const fields = readBriefFields(formData);
  const values = { ...echoFormValues(formData), ...echoBriefFields(fields), keepOverrides: formData.get("keepOverrides") === "on" ? "on" : "" };
  let path: string;
  try {
    const user = await requireUser();
    const actor = { userId: user.id };
    const slug = slugFrom(formData);
    const planId = parseHidden(IdSchema, formData.get("planId"));
    const baseVersion = parseHidden(VersionNumberSchema, formData.get("baseVersion"));
    await requirePlanInWorkspace(actor, slug, planId);
    const brief = parseOrThrow(ProjectBriefSchema, briefInputFromFields(fields));
    const fingerprint = JSON.stringify(brief);
    const keepOverrides = formData.get("keepOverrides") === "on";
    if (formData.get("intent") !== "apply" || formData.get("previewed") !== fingerprint) {
      const base = await getVersion(actor, planId, baseVersion);
      const preview = previewBriefChange(base.content, brief);
      return {
        status: "success",
        message:
          preview.changes.length === 0
            ? "This brief gives the same plan: nothing would change."
            : `Preview: ${preview.changes.length} ${preview.changes.length === 1 ? "change" : "changes"}. Nothing is saved until you apply it.`,
        values,
        preview: {
          fingerprint,
          changes: preview.changes.map((change) => ({ text: change.text, ...("source" in change ? { source: change.source } : {}) })),
          changesWithoutOverrides: preview.changesWithoutOverrides.map((change) => change.text),
          kept: preview.keptOverrides.map((status) => status.description),
          lapsed: preview.lapsedOverrides.map((status) => ({ description: status.description, reason: status.reason ?? "" })),
        },
      };
    }
    await updatePlan(actor, planId, baseVersion, { brief, keepOverrides });
    path = planPath(slug, planId);
  } catch (error) {
    return planErrorState(error, values, briefFieldErrors);
  }
  revalidatePlans();
  redirect(`${path}?saved=brief`);
}

const transitionMessages: Record<z.infer<typeof PlanTransitionActionSchema>, string> = {
  submit: "Submitted for review.",
  approve: "Plan approved.",
  "return-to-draft": "Returned to draft.",
  archive: "Plan archived.",
  unarchive: "Plan unarchived: it is a draft again.",
};

export async function transitionPlanAction(_previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const planId = parseHidden(IdSchema, formData.get("planId"));
    const action = parseHidden(PlanTransitionActionSchema, formData.get("action"));
    const version = parseHidden(VersionNumberSchema, formData.get("version"));
    await transitionPlan({ userId: user.id }, planId, action, version);
    revalidatePlans();
    return { status: "success", message: transitionMessages[action], values };
  } catch (error) {
    return planErrorState(error, values, (errors) => errors ?? {});
  }
}

export async function duplicatePlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  let path: string;
  try {
    const user = await requireUser();
    const slug = slugFrom(formData);
    const planId = parseHidden(IdSchema, formData.get("planId"));
    const { name } = parseOrThrow(DuplicatePlanSchema, { name: formData.get("name") ?? "" });
    await requirePlanInWorkspace({ userId: user.id }, slug, planId);
    const scenario = await duplicateAsScenario({ userId: user.id }, planId, name);
    path = planPath(slug, scenario.id);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePlans();
  redirect(`${path}?saved=scenario`);
}

/** Restoring writes a new version with the old content; the plan page then shows it. */
export async function restoreVersionAction(_previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const values = echoFormValues(formData);
  let path: string;
  let version: number;
  try {
    const user = await requireUser();
    const slug = slugFrom(formData);
    const planId = parseHidden(IdSchema, formData.get("planId"));
    version = parseHidden(VersionNumberSchema, formData.get("version"));
    const baseVersion = parseHidden(VersionNumberSchema, formData.get("baseVersion"));
    await requirePlanInWorkspace({ userId: user.id }, slug, planId);
    await restoreVersion({ userId: user.id }, planId, version, baseVersion);
    path = planPath(slug, planId);
  } catch (error) {
    return planErrorState(error, values, (errors) => errors ?? {});
  }
  revalidatePlans();
  redirect(`${path}?saved=restored-${version}`);
}

export async function addCommentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const planId = parseHidden(IdSchema, formData.get("planId"));
    const input = parseOrThrow(CreateCommentSchema, { body: formData.get("body") ?? "" });
    await addComment({ userId: user.id }, planId, input);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePlans();
  // The comment is saved: clear the box (no values echoed) and say so.
  return { status: "success", message: "Comment added." };
}
