"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { duplicatePlanAction } from "@/lib/server/actions/plans";

/** Copies the plan into a new draft linked back to it, to explore an alternative safely. */
export function DuplicateForm({ planId, slug, defaultName }: { planId: string; slug: string; defaultName: string }) {
  const [state, formAction] = useActionState(duplicatePlanAction, initialFormState);
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <Field name="name" label="Scenario name" defaultValue={defaultName} state={state} required maxLength={120} hint="A new draft plan starts as a copy of this one; this plan is not changed." />
      <SubmitButton className="button" pendingText="Duplicating…">
        Duplicate as scenario
      </SubmitButton>
    </form>
  );
}
