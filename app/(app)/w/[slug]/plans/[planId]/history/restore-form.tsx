"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { restoreVersionAction, type PlanFormState } from "@/lib/server/actions/plans";

/** Restoring is a save (a new version with the old content), so it asks first and can conflict like any save. */
export function RestoreForm({ planId, slug, version, baseVersion }: { planId: string; slug: string; version: number; baseVersion: number }) {
  const [state, formAction] = useActionState<PlanFormState, FormData>(restoreVersionAction, initialFormState);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const question = `Restore version ${version}? It is saved as a new version ${baseVersion + 1}; the versions in between stay in the history.`;
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <SubmitButton className="button" pendingText="Restoring…">
        Restore version {version}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
