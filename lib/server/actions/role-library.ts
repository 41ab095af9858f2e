"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import { parseRoleForm } from "@/lib/role-library/role-form";
import { RoleKeySchema } from "@/lib/schemas/role-library";
import { wholeNumberFromText } from "@/lib/schemas/whole-number";
import { WorkspaceSlugSchema } from "@/lib/schemas/workspace";
import { type ConflictView, conflictViewOf, formStateFromError } from "@/lib/server/actions/form-errors";
import { requirePlanInWorkspace } from "@/lib/server/actions/plan-in-workspace";
import { takeLibraryUpdates } from "@/lib/server/data/role-library-plans";
import { createCustomRole, setRoleArchived, updateRoleDescription } from "@/lib/server/data/role-library";
import { restoreRoleVersion } from "@/lib/server/data/role-library-versions";
import { getWorkspaceAccess } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";

/**
 * Server actions of the role library: session → parse → data layer (which checks the role
 * again: HR and owners edit) → revalidate or redirect. A failed save hands back what the user
 * typed, field errors named after the form's own fields, and on a 409 the other change.
 */

const VersionSchema = wholeNumberFromText(z.number({ error: "Send the version you edited." }).int().min(1).max(2_147_483_647));
const IdSchema = z.string().min(1).max(64);

export interface RoleFormState extends FormState {
  conflict?: ConflictView;
}

async function workspaceFrom(formData: FormData) {
  const user = await requireUser();
  const slug = parseOrThrow(WorkspaceSlugSchema, formData.get("slug"));
  const access = await getWorkspaceAccess({ userId: user.id }, slug);
  return { actor: { userId: user.id }, access };
}

const rolesPath = (slug: string, suffix = "") => `/w/${slug}/roles${suffix}`;

function revalidateRoles(): void {
  // Plan pages show library titles and "the library changed" notices too.
  revalidatePath("/w/[slug]", "layout");
}

export async function saveRoleDescriptionAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const form = parseRoleForm(formData);
  const values = { ...echoFormValues(formData), ...form.values };
  let path: string;
  try {
    const { actor, access } = await workspaceFrom(formData);
    const roleKey = parseOrThrow(RoleKeySchema, formData.get("roleKey"));
    const baseVersion = parseOrThrow(VersionSchema, formData.get("baseVersion"));
    const saved = await updateRoleDescription(actor, access.workspaceId, roleKey, baseVersion, form.input, form.values.note ?? "");
    path = `${rolesPath(access.slug, `/${saved.roleKey}`)}?saved=${saved.currentVersion}`;
  } catch (error) {
    const state = formStateFromError(error, values);
    const conflict = conflictViewOf(error);
    return {
      ...state,
      fieldErrors: form.mapFieldErrors(state.fieldErrors),
      // Saving again goes on top of the version that won: the user's text stays in the form.
      ...(conflict ? { conflict, values: { ...values, baseVersion: String(conflict.currentVersion) } } : {}),
    };
  }
  revalidateRoles();
  redirect(path);
}

export async function createCustomRoleAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const form = parseRoleForm(formData);
  const values = { ...echoFormValues(formData), ...form.values };
  let path: string;
  try {
    const { actor, access } = await workspaceFrom(formData);
    const created = await createCustomRole(actor, access.workspaceId, form.input, form.values.note ?? "");
    path = `${rolesPath(access.slug, `/${created.roleKey}`)}?saved=created`;
  } catch (error) {
    const state = formStateFromError(error, values);
    return { ...state, fieldErrors: form.mapFieldErrors(state.fieldErrors) };
  }
  revalidateRoles();
  redirect(path);
}

export async function setRoleArchivedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  let path: string;
  try {
    const { actor, access } = await workspaceFrom(formData);
    const roleKey = parseOrThrow(RoleKeySchema, formData.get("roleKey"));
    const archived = formData.get("archived") === "true";
    await setRoleArchived(actor, access.workspaceId, roleKey, archived);
    path = archived ? `${rolesPath(access.slug)}?archived=${encodeURIComponent(roleKey)}` : `${rolesPath(access.slug, `/${roleKey}`)}?saved=unarchived`;
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidateRoles();
  redirect(path);
}

export async function restoreRoleVersionAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const values = echoFormValues(formData);
  let path: string;
  try {
    const { actor, access } = await workspaceFrom(formData);
    const roleKey = parseOrThrow(RoleKeySchema, formData.get("roleKey"));
    const version = parseOrThrow(VersionSchema, formData.get("version"));
    const baseVersion = parseOrThrow(VersionSchema, formData.get("baseVersion"));
    const restored = await restoreRoleVersion(actor, access.workspaceId, roleKey, version, baseVersion);
    path = `${rolesPath(access.slug, `/${restored.roleKey}`)}?saved=restored-${version}`;
  } catch (error) {
    return { ...formStateFromError(error, values), conflict: conflictViewOf(error) };
  }
  revalidateRoles();
  redirect(path);
}

/** On the plan page: take the library's current descriptions (and bands) as a new plan version. */
export async function takeLibraryUpdatesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  let path: string;
  try {
    const { actor, access } = await workspaceFrom(formData);
    const planId = parseOrThrow(IdSchema, formData.get("planId"));
    const baseVersion = parseOrThrow(VersionSchema, formData.get("baseVersion"));
    await requirePlanInWorkspace(actor, access.slug, planId);
    await takeLibraryUpdates(actor, planId, baseVersion);
    path = `/w/${access.slug}/plans/${planId}?saved=library`;
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidateRoles();
  redirect(path);
}
