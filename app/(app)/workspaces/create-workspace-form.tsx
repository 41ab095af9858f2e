"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { createWorkspaceAction } from "@/lib/server/actions/workspaces";

export function CreateWorkspaceForm() {
  const [state, formAction] = useActionState(createWorkspaceAction, initialFormState);
  return (
    <form action={formAction} noValidate className="card">
      <FormMessage state={state} />
      <Field name="name" label="Workspace name" hint="Usually your company or team, e.g. “Acme Data Team”." state={state} required maxLength={80} />
      <SubmitButton pendingText="Creating…">Create workspace</SubmitButton>
    </form>
  );
}
