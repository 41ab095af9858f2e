import { z } from "@/lib/schemas/zod";
import { nulMessage, withoutNul } from "@/lib/schemas/text";
import { workspaceRoles } from "@/lib/workspace-roles";

export { roleLabels, workspaceRoles, type WorkspaceRole } from "@/lib/workspace-roles";
export const WorkspaceRoleSchema = z.enum(workspaceRoles, { error: "Choose one of: owner, manager, hr, viewer." });

export const WorkspaceNameSchema = z
  .string({ error: "Enter a workspace name." })
  .trim()
  .min(2, "Use at least 2 characters for the workspace name.")
  .max(80, "Keep the workspace name under 80 characters.")
  .regex(withoutNul, nulMessage);

export const CreateWorkspaceSchema = z.object({ name: WorkspaceNameSchema });
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceSchema>;

export const RenameWorkspaceSchema = z.object({ name: WorkspaceNameSchema });

export const WorkspaceSlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "That is not a workspace address.");

export const CreateInvitationSchema = z.object({
  role: WorkspaceRoleSchema,
  expiresInDays: z.coerce
    .number({ error: "Choose how many days the link stays valid." })
    .int("Use a whole number of days.")
    .min(1, "A link must stay valid for at least 1 day.")
    .max(30, "A link can stay valid for at most 30 days.")
    .default(7),
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationSchema>;

export const ChangeMemberRoleSchema = z.object({
  membershipId: z.string().min(1).max(64),
  role: WorkspaceRoleSchema,
});

export const MembershipIdSchema = z.object({ membershipId: z.string().min(1).max(64) });

/** Invitation tokens are 32 random bytes, base64url: 43 characters. */
export const InvitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
