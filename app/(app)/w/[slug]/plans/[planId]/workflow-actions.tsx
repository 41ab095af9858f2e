"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { transitionPlanAction, type PlanFormState } from "@/lib/server/actions/plans";

/**
 * Workflow buttons for the transitions open from the plan's status. The version travels with
 * them, so approving content someone changed meanwhile is refused with their change named.
 */
export function WorkflowActions({
  planId,
  version,
  actions,
}: {
  planId: string;
  version: number;
  actions: { action: string; label: string }[];
}) {
  const [state, formAction] = useActionState<PlanFormState, FormData>(transitionPlanAction, initialFormState);
  return (
    <form
      action={formAction}
      className="workflow-actions"
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter instanceof HTMLButtonElement && submitter.value === "archive" && !window.confirm("Archive this plan? It leaves the plan list until someone unarchives it.")) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <div className="inline-form">
        {actions.map(({ action, label }) => (
          <ActionButton key={action} action={action} label={label} />
        ))}
      </div>
      <FormMessage state={state} />
      {state.conflict ? (
        <p className="hint">
          <a href="">Reload the plan</a> to see version {state.conflict.currentVersion} before acting on it.
        </p>
      ) : null}
    </form>
  );
}

function ActionButton({ action, label }: { action: string; label: string }) {
  const primary = action === "approve" || action === "submit";
  return (
    <SubmitButton className={primary ? "button primary" : action === "archive" ? "button danger" : "button"} pendingText="Working…" name="action" value={action}>
      {label}
    </SubmitButton>
  );
}
