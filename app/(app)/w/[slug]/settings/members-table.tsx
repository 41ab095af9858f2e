"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { roleLabels, workspaceRoles, type WorkspaceRole } from "@/lib/workspace-roles";
import { changeMemberRoleAction, leaveWorkspaceAction, removeMemberAction } from "@/lib/server/actions/workspaces";
import { TableHead } from "@/app/_components/table-head";

interface MemberRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}

export function MembersTable({ workspaceId, currentUserId, members }: { workspaceId: string; currentUserId: string; members: MemberRow[] }) {
  return (
    <table>
      <caption className="visually-hidden">Workspace members</caption>
      <TableHead columns={["Name", "Email", "Role"]} actions />
      <tbody>
        {members.map((member) => (
          <MemberRowView key={member.membershipId} workspaceId={workspaceId} member={member} isYou={member.userId === currentUserId} />
        ))}
      </tbody>
    </table>
  );
}

function MemberRowView({ workspaceId, member, isYou }: { workspaceId: string; member: MemberRow; isYou: boolean }) {
  const [roleState, roleAction] = useActionState(changeMemberRoleAction, initialFormState);
  // Removing yourself is leaving: it ends on the workspace list, not on a settings page you can no longer see.
  const [removeState, removeAction] = useActionState(isYou ? leaveWorkspaceAction : removeMemberAction, initialFormState);
  return (
    <tr>
      <td>
        {member.name} {isYou ? <span className="badge">you</span> : null}
      </td>
      <td>{member.email}</td>
      <td>
        <form action={roleAction} className="inline-form">
          <input type="hidden" name="workspaceId" value={workspaceId} />
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <label className="visually-hidden" htmlFor={`role-${member.membershipId}`}>
            Role for {member.name}
          </label>
          <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role}>
            {workspaceRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          <SubmitButton className="button" pendingText="Saving…">
            Change role
          </SubmitButton>
        </form>
        <FormMessage state={roleState} />
      </td>
      <td>
        <form
          action={removeAction}
          onSubmit={(event) => {
            const question = isYou ? "Leave this workspace?" : `Remove ${member.name} from this workspace?`;
            if (!window.confirm(question)) event.preventDefault();
          }}
        >
          <input type="hidden" name="workspaceId" value={workspaceId} />
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <SubmitButton className="button danger" pendingText="Removing…">
            {isYou ? "Leave" : "Remove"}
          </SubmitButton>
        </form>
        <FormMessage state={removeState} />
      </td>
    </tr>
  );
}
