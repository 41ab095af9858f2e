"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { contentInputFromForm, formFieldErrors, jdFormFields, type JdFormField } from "@/lib/jd/jd-form";
import { WorkspaceSlugSchema } from "@/lib/schemas/workspace";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { requirePlanInWorkspace } from "@/lib/server/actions/plan-in-workspace";
import { saveJobDescription } from "@/lib/server/data/job-descriptions";
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
  baseVersion: z.coerce.number().int().min(0).max(2_147_483_647),
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
    const hidden = HiddenSchema.safeParse({
      planId: formData.get("planId"),
      roleKey: formData.get("roleKey"),
      slug: formData.get("slug"),
      baseVersion: formData.get("baseVersion"),
    });
    if (!hidden.success) throw new AppError("bad_request", "This form is out of date; reload the page and try again.");
    const { planId, roleKey, slug, baseVersion } = hidden.data;
    await requirePlanInWorkspace({ userId: user.id }, slug, planId);
    const saved = await saveJobDescription(
      { userId: user.id },
      planId,
      roleKey,
      baseVersion,
      { content: contentInputFromForm(values as Partial<Record<JdFormField, string>>, roleKey), summary: values.changeNote ?? "" },
    );
    const path = `/w/${slug}/plans/${planId}/jobs`;
    revalidatePath(path);
    redirect(`${path}/${roleKey}?saved=${saved.version}`);
  } catch (thrown) {
    const state = formStateFromError(thrown, values) as JdFormState;
    if (thrown instanceof AppError) {
      // The save's own "summary" is the change note; "content.summary" is the role summary field.
      const { summary: changeNote, ...contentErrors } = thrown.fieldErrors ?? {};
      state.fieldErrors = { ...(formFieldErrors(contentErrors) as Record<string, string[]>), ...(changeNote ? { changeNote } : {}) };
      const conflict = ConflictSchema.safeParse(thrown.details);
      if (thrown.code === "conflict" && conflict.success) state.conflict = conflict.data;
    }
    return state;
  }
}
