"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import {
  ChangeMemberRoleSchema,
  CreateInvitationSchema,
  CreateWorkspaceSchema,
  MembershipIdSchema,
  RenameWorkspaceSchema,
} from "@/lib/schemas/workspace";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/server/data/invitations";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/server/data/members";
import { createWorkspace, renameWorkspace } from "@/lib/server/data/workspaces";
import { requireUser } from "@/lib/server/session";
import { z } from "zod";

const WorkspaceIdSchema = z.string().min(1).max(64);

function workspaceIdFrom(formData: FormData): string {
  return parseOrThrow(WorkspaceIdSchema, formData.get("workspaceId"));
}

export async function createWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  let slug: string;
  try {
    const user = await requireUser();
    const input = parseOrThrow(CreateWorkspaceSchema, { name: formData.get("name") });
    slug = (await createWorkspace({ userId: user.id }, input)).slug;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/w/${slug}`);
}

export async function renameWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const { name } = parseOrThrow(RenameWorkspaceSchema, { name: formData.get("name") });
    await renameWorkspace({ userId: user.id }, workspaceIdFrom(formData), name);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Workspace renamed.", values };
}

export interface InvitationFormState extends FormState {
  invitationUrl?: string;
}

export async function createInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const input = parseOrThrow(CreateInvitationSchema, {
      role: formData.get("role"),
      expiresInDays: formData.get("expiresInDays") ?? undefined,
    });
    const { token } = await createInvitation({ userId: user.id }, workspaceIdFrom(formData), input);
    revalidatePath("/w/[slug]/settings", "page");
    return {
      status: "success",
      message: "Invitation link created. Copy it now: it is shown only once.",
      invitationUrl: `/invite/${token}`,
      values,
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const invitationId = parseOrThrow(z.string().min(1).max(64), formData.get("invitationId"));
    await revokeInvitation({ userId: user.id }, workspaceIdFrom(formData), invitationId);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/w/[slug]/settings", "page");
  return { status: "success", message: "Invitation revoked." };
}

export async function changeMemberRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const input = parseOrThrow(ChangeMemberRoleSchema, {
      membershipId: formData.get("membershipId"),
      role: formData.get("role"),
    });
    await changeMemberRole({ userId: user.id }, workspaceIdFrom(formData), input.membershipId, input.role);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/w/[slug]/settings", "page");
  return { status: "success", message: "Role updated." };
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const { membershipId } = parseOrThrow(MembershipIdSchema, { membershipId: formData.get("membershipId") });
    await removeMember({ userId: user.id }, workspaceIdFrom(formData), membershipId);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/w/[slug]/settings", "page");
  return { status: "success", message: "Member removed." };
}

export async function leaveWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    await leaveWorkspace({ userId: user.id }, workspaceIdFrom(formData));
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect("/workspaces");
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  let slug: string;
  try {
    const token = String(formData.get("token") ?? "");
    const user = await requireUser(`/invite/${encodeURIComponent(token)}`);
    slug = (await acceptInvitation({ userId: user.id }, token)).slug;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/w/${slug}`);
}
