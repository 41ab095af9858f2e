"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { leaveWorkspaceAction } from "@/lib/server/actions/workspaces";

export function LeaveWorkspaceForm({ workspaceId }: { workspaceId: string }) {
  const [state, formAction] = useActionState(leaveWorkspaceAction, initialFormState);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm("Leave this workspace? You will need a new invitation to come back.")) event.preventDefault();
      }}
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <FormMessage state={state} />
      <SubmitButton className="button danger" pendingText="Leaving…">
        Leave workspace
      </SubmitButton>
    </form>
  );
}
