"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { renameWorkspaceAction } from "@/lib/server/actions/workspaces";

export function RenameWorkspaceForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const [state, formAction] = useActionState(renameWorkspaceAction, initialFormState);
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <FormMessage state={state} />
      <Field name="name" label="Workspace name" defaultValue={name} state={state} required maxLength={80} />
      <SubmitButton pendingText="Saving…">Save name</SubmitButton>
    </form>
  );
}
