"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { contentInputFromForm, formFieldErrors, jdFormFields, type JdFormField } from "@/lib/jd/jd-form";
import { VersionNumberSchema } from "@/lib/schemas/plan";
import { wholeNumberFromText } from "@/lib/schemas/whole-number";
import { WorkspaceSlugSchema } from "@/lib/schemas/workspace";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { requirePlanInWorkspace } from "@/lib/server/actions/plan-in-workspace";
import { regenerateJobDescription, restoreJobDescriptionVersion, saveJobDescription } from "@/lib/server/data/job-descriptions";
import { requireUser } from "@/lib/server/session";

/**
 * The draft editor's save: session → read the form (one item per line) → data layer, which
 * checks the role (owners, managers, HR) and the base version again → redirect to the saved draft.
 */

export interface JdFormState extends FormState {
  conflict?: { currentVersion: number; changedBy: string; changedAt: string; summary: string };
}

const HiddenSchema = z.object({
  planId: z.string().min(1).max(64),
  roleKey: z.string().min(1).max(64),
  slug: WorkspaceSlugSchema,
  // Decimal digits only, as the plan actions read versions (VersionNumberSchema); 0 = never saved.
  baseVersion: wholeNumberFromText(z.number().int().min(0).max(2_147_483_647)),
  /** The plan version the editor's text was generated from (first saves record it). */
  planVersion: VersionNumberSchema.optional(),
});

const ConflictSchema = z.object({ currentVersion: z.number(), changedBy: z.string(), changedAt: z.string(), summary: z.string() });

export async function saveJobDescriptionAction(_previous: JdFormState, formData: FormData): Promise<JdFormState> {
  const values: Record<string, string> = {};
  for (const field of [...jdFormFields, "changeNote"] as const) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  try {
    const user = await requireUser();
    const { planId, roleKey, slug, baseVersion, planVersion } = readHiddenFields(formData);
    await requirePlanInWorkspace({ userId: user.id }, slug, planId);
    const saved = await saveJobDescription(
      { userId: user.id },
      planId,
      roleKey,
      baseVersion,
      { content: contentInputFromForm(values as Partial<Record<JdFormField, string>>, roleKey), summary: values.changeNote ?? "", planVersion },
    );
    showSavedDraft({ planId, roleKey, slug }, saved.version);
  } catch (thrown) {
    const state = withConflict(formStateFromError(thrown, values) as JdFormState, thrown);
    if (thrown instanceof AppError) {
      // The save's own "summary" is the change note; "content.summary" is the role summary field.
      const { summary: changeNote, ...contentErrors } = thrown.fieldErrors ?? {};
      state.fieldErrors = { ...(formFieldErrors(contentErrors) as Record<string, string[]>), ...(changeNote ? { changeNote } : {}) };
    }
    return state;
  }
}

/** A 409 carries who saved which version meanwhile; the form shows it and keeps what the user has. */
function withConflict(state: JdFormState, thrown: unknown): JdFormState {
  const conflict = thrown instanceof AppError && thrown.code === "conflict" ? ConflictSchema.safeParse(thrown.details) : null;
  if (conflict?.success) state.conflict = conflict.data;
  return state;
}

const VersionActionSchema = HiddenSchema.extend({ version: VersionNumberSchema.optional() });

/** The editor's hidden fields (and, for a restore, the version): tampered or stale ones are a 400. */
function readHiddenFields(formData: FormData): z.output<typeof VersionActionSchema> {
  const parsed = VersionActionSchema.safeParse({
    planId: formData.get("planId"),
    roleKey: formData.get("roleKey"),
    slug: formData.get("slug"),
    baseVersion: formData.get("baseVersion"),
    planVersion: formData.get("planVersion") ?? undefined,
    version: formData.get("version") ?? undefined,
  });
  if (!parsed.success) throw new AppError("bad_request", "This form is out of date; reload the page and try again.");
  return parsed.data;
}

/** After a write: the drafts list is stale, and the editor opens the new version with a note. */
function showSavedDraft(target: { planId: string; roleKey: string; slug: string }, version: number): never {
  const path = `/w/${target.slug}/plans/${target.planId}/jobs`;
  revalidatePath(path);
  redirect(`${path}/${target.roleKey}?saved=${version}`);
}

/**
 * "Restore version N" and "Regenerate from the plan": each writes one new version on top of
 * `baseVersion` (the version on screen), so a save made meanwhile is a 409 and nothing changes;
 * the editor, a separate form, keeps the user's unsaved text either way.
 */
async function runVersionAction(formData: FormData, write: (userId: string, input: z.output<typeof VersionActionSchema>) => Promise<{ version: number }>): Promise<JdFormState> {
  try {
    const user = await requireUser();
    const input = readHiddenFields(formData);
    await requirePlanInWorkspace({ userId: user.id }, input.slug, input.planId);
    const saved = await write(user.id, input);
    showSavedDraft(input, saved.version);
  } catch (thrown) {
    return withConflict(formStateFromError(thrown, {}) as JdFormState, thrown);
  }
}

export async function restoreJobDescriptionAction(_previous: JdFormState, formData: FormData): Promise<JdFormState> {
  return runVersionAction(formData, (userId, input) => {
    if (input.version === undefined) throw new AppError("bad_request", "Choose the version to restore.");
    return restoreJobDescriptionVersion({ userId }, input.planId, input.roleKey, input.version, input.baseVersion);
  });
}

export async function regenerateJobDescriptionAction(_previous: JdFormState, formData: FormData): Promise<JdFormState> {
  return runVersionAction(formData, (userId, input) => regenerateJobDescription({ userId }, input.planId, input.roleKey, input.baseVersion));
}
