"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { addCommentAction } from "@/lib/server/actions/plans";

export function CommentForm({ planId }: { planId: string }) {
  const [state, formAction] = useActionState(addCommentAction, initialFormState);
  const errors = state.fieldErrors?.body;
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="planId" value={planId} />
      <div className="field">
        <label htmlFor="comment-body">Add a comment</label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          maxLength={5000}
          defaultValue={state.values?.body ?? ""}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "comment-body-error" : undefined}
        />
        <p className="field-error" id="comment-body-error" aria-live="polite">
          {errors?.join(" ")}
        </p>
      </div>
      <FormMessage state={state} />
      <SubmitButton className="button" pendingText="Posting…">
        Post comment
      </SubmitButton>
    </form>
  );
}
